/**
 * A full publish renders tens of thousands of pages (52,786 at 10,000 procedures and 11,000
 * FAQs), a few milliseconds each, all CPU: this process renders its share and worker threads
 * the rest, each with its own copy of the renderer and of the content (handed over once, not
 * read from the CMS again). Bodies come back as transferred buffers, in no particular order.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

import type { Renderer, SiteFile } from './renderer.ts'

/** Threads beside this one: one per further core, at most 3 (each holds the content, ~0.5 GB at national size). */
const helperCount = () => Math.min(3, Math.max(0, availableParallelism() - 1))

// An eval'd worker is CommonJS: the renderer (an ES module) is imported dynamically.
const HELPER = `
const { parentPort, workerData } = require('node:worker_threads')
;(async () => {
  const site = await import(workerData.entry)
  site.loadCollections(workerData.collections)
  for (const file of workerData.files) {
    const body = await site.render(file)
    parentPort.postMessage({ file: file.file, body }, [body.buffer])
  }
})().catch((error) => {
  parentPort.postMessage({ error: String((error && error.stack) || error) })
})
`

type Message = { file: string; body: Uint8Array } | { error: string }

/**
 * Render `files` and hand each body to `take` (awaited one at a time, in the order bodies
 * arrive). Rejects on the first failure; the threads are stopped either way.
 */
export async function renderAll(
  renderer: Renderer,
  files: SiteFile[],
  take: (file: string, body: Uint8Array) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const shares = helperCount() + 1
  const shareOf = (index: number) => files.filter((_, at) => at % shares === index)
  let taking = Promise.resolve()
  let failed: unknown
  const queue = (file: string, body: Uint8Array) => {
    taking = taking
      .then(() => (failed ? undefined : take(file, body)))
      .catch((error: unknown) => {
        failed ??= error
      })
  }
  const collections = renderer.site.collections()
  const workers = Array.from({ length: shares - 1 }, (_, index) => {
    const share = shareOf(index + 1)
    const worker = new Worker(HELPER, { eval: true, workerData: { entry: renderer.entry, collections, files: share } })
    signal?.addEventListener('abort', () => void worker.terminate(), { once: true })
    return new Promise<void>((resolve, reject) => {
      let left = share.length
      if (left === 0) resolve()
      worker.on('message', (message: Message) => {
        if ('error' in message) return reject(new Error(`a rendering thread failed: ${message.error}`))
        queue(message.file, message.body)
        if (--left === 0) resolve()
      })
      worker.on('error', reject)
      worker.on('exit', (code) => (left === 0 ? resolve() : reject(new Error(`a rendering thread exited (${code})`))))
    })
      .catch((error: unknown) => {
        failed ??= error
        throw error
      })
      .finally(() => worker.terminate())
  })
  const own = (async () => {
    for (const file of shareOf(0)) {
      signal?.throwIfAborted()
      if (failed) return
      queue(file.file, await renderer.site.render(file))
    }
  })()
  const settled = await Promise.allSettled([own, ...workers])
  await taking
  const rejected = settled.find((result) => result.status === 'rejected')
  if (rejected) throw (rejected as PromiseRejectedResult).reason
  if (failed) throw failed
}
