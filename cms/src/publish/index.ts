/** Publishing for scripts and tests: `@dvc/cms/publish`. */
export { applyBuild } from './apply-build.ts'
export { publishConfig } from './config.ts'
export { type Published, publishSite } from './publish-site.ts'
export { renderSite } from './render-site.ts'
export { localFolderTarget } from './targets/local-folder.ts'
export { s3BucketTarget } from './targets/s3-bucket.ts'
export type { PublishTarget } from './targets/target.ts'
