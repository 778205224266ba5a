/**
 * The static search fallback (Pagefind, for when Meilisearch is unreachable): an index of the
 * pages marked data-pagefind-body (procedures, FAQ lists). Built on its own schedule, a
 * minute at most after a publish (the `search-fallback` task, from the published pages), and
 * by every full publish (from the pages it rendered), always from exactly those pages, so both
 * leave the same index.
 */
import { spawn } from 'node:child_process'
import { link, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { setPriority, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { SiteFile } from './renderer.ts'
import type { PublishTarget } from './targets/target.ts'

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
 * A folder holding the fallback's pages and `pagefind/` beside them, the pages as they are
 * published on the target, never rendered again. A page the target no longer has (removed
 * meanwhile) is left out.
 */
export async function buildSearchFallback(
  files: SiteFile[],
  target: Pick<PublishTarget, 'read' | 'localPath'>,
  signal?: AbortSignal,
) {
  const started = Date.now()
  const dir = await mkdtemp(path.join(tmpdir(), 'dvc-fallback-'))
  // Pages on this machine are linked: the link holds the page as published when it is
  // replaced meanwhile (a put renames a new file over the name). Another file system, or a
  // bucket, is read and written.
  let linking = target.localPath !== undefined
  for (const file of files) {
    signal?.throwIfAborted()
    const copy = path.join(dir, file.file)
    await mkdir(path.dirname(copy), { recursive: true })
    if (linking && target.localPath) {
      const linked = await link(target.localPath(file.file), copy).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return true
          linking = false
          return false
        },
      )
      if (linked) continue
    }
    const body = await target.read(file.file)
    if (body) await writeFile(copy, body)
  }
  const indexing = Date.now()
  await pagefind(dir, signal)
  return { dir, ms: { pages: indexing - started, pagefind: Date.now() - indexing } }
}
