/**
 * The static search fallback (Pagefind, for when Meilisearch is unreachable): an index of the
 * pages marked data-pagefind-body (procedures, FAQ lists). Built on its own schedule, a
 * minute at most after a publish (the `search-fallback` task, from the published pages), and
 * by every full publish (from the pages it rendered), always from exactly those pages, so both
 * leave the same index.
 */
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { setPriority, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { SiteFile } from './renderer.ts'

const rootDir = () => path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

function pagefind(dir: string, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = path.join(rootDir(), 'site', 'scripts', 'pagefind-index.ts')
    const child = spawn(process.execPath, [script, dir], {
      stdio: ['ignore', 'ignore', 'pipe'],
      ...(signal ? { signal } : {}),
    })
    // Background work: pages being published come first on a machine's few cores.
    if (child.pid) setPriority(child.pid, 10)
    let output = ''
    child.stderr.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000)
    })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pagefind exited with ${code}: ${output}`))))
  })
}

/**
 * A folder holding the fallback's pages and `pagefind/` beside them, the pages read by `read`
 * (a full publish's staging folder, or the target: the pages as they are published, never
 * rendered again). A page `read` does not find (removed meanwhile) is left out.
 */
export async function buildSearchFallback(
  files: SiteFile[],
  read: (file: string) => Promise<Uint8Array | null>,
  signal?: AbortSignal,
) {
  const dir = await mkdtemp(path.join(tmpdir(), 'dvc-fallback-'))
  for (const file of files) {
    signal?.throwIfAborted()
    const body = await read(file.file)
    if (!body) continue
    await mkdir(path.dirname(path.join(dir, file.file)), { recursive: true })
    await writeFile(path.join(dir, file.file), body)
  }
  await pagefind(dir, signal)
  return dir
}
