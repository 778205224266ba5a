/** Publishing for scripts and tests: `@dvc/cms/publish`. */
export { applyBuild } from './apply-build.ts'
export { publishConfig } from './config.ts'
export { publishPages, publishSearchFallback } from './publish-pages.ts'
export { fingerprintOf, indexFallback, type Published, publishSite } from './publish-site.ts'
export { type Renderer, type SiteFile, siteRenderer } from './renderer.ts'
export { localFolderTarget } from './targets/local-folder.ts'
export { s3BucketTarget } from './targets/s3-bucket.ts'
export { FINGERPRINT, GONE, MANIFEST, type PublishTarget } from './targets/target.ts'
