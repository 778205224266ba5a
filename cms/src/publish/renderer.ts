/**
 * The site's on-demand renderer (site/src/renderer/entry.ts), built by Astro once per
 * change of the site's code or build-time settings and imported by the process that
 * publishes. The site depends on the CMS, not the reverse: the renderer is found by path
 * and its shape is declared here.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import type { PublishedCollection } from '../jobs/types.ts'

export type SiteFile = { file: string; path: string }
export type ContentRef = { collection: PublishedCollection; id: number }

/** What site/src/renderer/entry.ts exports. */
export type SiteRenderer = {
  load(cmsUrl: string): Promise<void>
  /** The loaded content as read from the CMS (plain data: another thread's renderer takes it). */
  collections(): unknown
  /** Content read elsewhere (`collections()` of another renderer), instead of `load`. */
  loadCollections(collections: unknown): void
  isLoaded(): boolean
  /** Drop the content (memory for what follows a full build). */
  unload(): void
  stamp(): string
  /** `stamp()` of the CMS's current content, asked of the CMS without loading it. */
  cmsStamp(cmsUrl: string): Promise<string>
  files(): SiteFile[]
  fallback(): SiteFile[]
  update(cmsUrl: string, refs: ContentRef[]): Promise<SiteFile[]>
  render(file: SiteFile): Promise<Uint8Array>
  publicPath(ref: ContentRef): string | null
  /** Pages of records the last update unpublished or deleted: path -> the page to go to instead. */
  gone(): Record<string, string>
  /** A record as staff read it, rendered as its own public page; null when it has none. */
  preview(
    cmsUrl: string,
    ref: ContentRef,
    record: { id: number; updatedAt: string },
    locale: 'vi' | 'en',
  ): Promise<{ path: string; html: string } | null>
}

export type Renderer = {
  site: SiteRenderer
  /** The site's code and build-time settings: a different one means every page again. */
  code: string
  /** Astro's client assets (scripts, styles, public files), copied as they are. */
  clientDir: string
  /** The renderer's module (file URL), for rendering threads (render-pool.ts). */
  entry: string
}

// import.meta.dirname is not defined inside Next's server bundle (this module is reachable
// from the config through the queue's tasks): resolved on use, from the module's URL.
const rootDir = () => path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** What the renderer is built from: the site, and what it imports from the other workspaces. */
const INPUTS = [
  'site/src',
  'site/public',
  'site/astro.config.mjs',
  'site/astro.renderer.config.mjs',
  'site/package.json',
  'search/src',
  'cms/src/vocabulary.ts',
  'cms/src/env-rules.ts',
  'package-lock.json',
]

/** Settings the site's configuration reads when it is built (astro.config.mjs: origins, CSP). */
const BUILD_ENV = ['SITE_URL', 'CMS_URL', 'PUBLIC_CMS_URL', 'MEILI_URL', 'PUBLIC_MEILI_URL', 'SEARCH_INDEX_PREFIX']

async function codeHash(root: string, env: Record<string, string | undefined>): Promise<string> {
  const hash = createHash('sha256')
  for (const input of INPUTS) {
    const full = path.join(root, input)
    if (!existsSync(full)) continue
    const entries = (await readdir(full, { recursive: true, withFileTypes: true }).catch(() => null)) ?? []
    const files = entries.length
      ? entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name))
      : [full]
    for (const file of files.sort()) {
      hash.update(path.relative(root, file))
      hash.update(await readFile(file))
    }
  }
  for (const name of BUILD_ENV) hash.update(`${name}=${env[name] ?? ''}\n`)
  return hash.digest('hex').slice(0, 20)
}

function astroBuild(root: string, outDir: string, env: Record<string, string | undefined>): Promise<void> {
  return new Promise((resolve, reject) => {
    const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs')
    const child = spawn(process.execPath, [astro, 'build', '--config', 'astro.renderer.config.mjs'], {
      cwd: path.join(root, 'site'),
      env: { ...env, RENDERER_OUT_DIR: outDir, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the site renderer's build failed (${code}):\n${output.trim()}`)),
    )
  })
}

let current: Promise<Renderer> | undefined
let currentKey = ''

/**
 * The renderer for the site's current code, built first when this code has none yet (into a
 * folder of its own, renamed into place: two processes building at once both succeed). Its
 * runtime settings (CMS_URL, SITE_URL, MEILI_*) are this process's environment plus `env`.
 */
export function siteRenderer(env: Record<string, string> = {}): Promise<Renderer> {
  const merged = { ...process.env, ...env }
  const key = JSON.stringify(BUILD_ENV.map((name) => merged[name] ?? ''))
  if (current && key === currentKey) return current
  currentKey = key
  current = (async () => {
    Object.assign(process.env, env)
    const root = rootDir()
    const code = await codeHash(root, merged)
    const cache = path.join(root, 'node_modules', '.cache', 'dvc-site-renderer')
    const dir = path.join(cache, code)
    if (!existsSync(path.join(dir, 'server', 'entry.mjs'))) {
      await mkdir(cache, { recursive: true })
      const building = `${dir}.building-${process.pid}`
      await rm(building, { recursive: true, force: true })
      await astroBuild(root, building, merged)
      await rename(building, dir).catch(async (error: NodeJS.ErrnoException) => {
        // Another process put the same build in place first.
        if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error
        await rm(building, { recursive: true, force: true })
      })
    }
    const entry = pathToFileURL(path.join(dir, 'server', 'entry.mjs')).href
    const site = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ entry)) as SiteRenderer
    return { site, code, clientDir: path.join(dir, 'client'), entry }
  })()
  current.catch(() => {
    current = undefined
  })
  return current
}
