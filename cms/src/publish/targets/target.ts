/**
 * Where published pages go: a folder the static server serves (default) or an S3-compatible
 * bucket behind a CDN. A target stores whole files; the publisher decides which change.
 */
export type PublishTarget = {
  /** Shown in logs and the admin. */
  readonly name: string
  /** Replace one file so that a reader gets the old or the new one, never part of either. */
  put(file: string, body: Uint8Array): Promise<void>
  /** A file that no longer exists on the site (an unpublished page); missing is fine. */
  remove(file: string): Promise<void>
  /** A file's bytes, or null when it does not exist (the publisher's own records, not pages). */
  read(file: string): Promise<Uint8Array | null>
  /** The manifest of the last publish (file -> content hash), or null when there was none. */
  readManifest(): Promise<Record<string, string> | null>
  writeManifest(manifest: Record<string, string>): Promise<void>
  /**
   * A file's path on this machine, for a target that is a folder here: the search fallback
   * links the pages it indexes instead of copying them (half a gigabyte at national size).
   */
  localPath?(file: string): string
  /** Remove what a publish killed mid-write left behind (temporary files), if the target can have any. */
  sweep?(): Promise<void>
}

/** The manifest's own name; it is not a page and the static server never lists folders. */
export const MANIFEST = '.publish-manifest.json'

/**
 * The record of removed pages (page path -> the page to go to instead), beside the manifest:
 * the static server answers 410 Gone at these paths (scripts/static-server.ts).
 */
export const GONE = '.publish-gone.json'

/** The manifest's entry (not a file) holding what the site was built from: its code and content. */
export const FINGERPRINT = '#fingerprint'

/** Content types of what the site build writes (S3 serves the stored type; the folder's server guesses). */
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  vtt: 'text/vtt; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  webp: 'image/webp',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
  pf_meta: 'application/octet-stream',
}

export function contentType(file: string): string {
  const extension = file.slice(file.lastIndexOf('.') + 1).toLowerCase()
  return TYPES[extension] ?? 'application/octet-stream'
}
