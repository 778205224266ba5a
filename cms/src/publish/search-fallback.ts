/**
 * The static search fallback (Pagefind, for when Meilisearch is unreachable): an index of the
 * pages marked data-pagefind-body (procedures, FAQ lists). Built on its own schedule, a
 * minute at most after a publish (the `search-fallback` task), and by every full publish,
 * always from exactly those pages, so both leave the same index.
 */
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Renderer } from './renderer.ts'

const rootDir = () => path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

function pagefind(dir: string, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = path.join(rootDir(), 'site', 'scripts', 'pagefind-index.ts')
    const child = spawn(process.execPath, [script, dir], {
      stdio: ['ignore', 'ignore', 'pipe'],
      ...(signal ? { signal } : {}),
    })
    let output = ''
    child.stderr.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000)
    })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pagefind exited with ${code}: ${output}`))))
  })
}

/**
 * A folder holding the fallback's pages and `pagefind/` beside them. `rendered`: a folder
 * that already holds the site's pages (a full publish), read instead of rendering again.
 */
export async function buildSearchFallback(renderer: Renderer, signal?: AbortSignal, rendered?: string) {
  const dir = await mkdtemp(path.join(tmpdir(), 'dvc-fallback-'))
  for (const file of renderer.site.fallback()) {
    signal?.throwIfAborted()
    const body = rendered ? await readFile(path.join(rendered, file.file)) : await renderer.site.render(file)
    await mkdir(path.dirname(path.join(dir, file.file)), { recursive: true })
    await writeFile(path.join(dir, file.file), body)
  }
  await pagefind(dir, signal)
  return dir
}
