/**
 * Publishing at national size (issue 11): a running portal server and one queue worker
 * (`npm run worker`, its memory watched) publishing into a temporary folder. Times, from the
 * editor's save (REST, as the admin sends it) to the files on the target:
 * - publish -> live: the procedure's vi and en pages and its sector's list show the change;
 * - unpublish -> gone: both pages removed and recorded as gone (the static server's 410);
 * - a batch: 100 publishes spread over one minute, until all 100 pages are live;
 * - the full build (`npm run build:site`, a process of its own, its memory watched) into the
 *   same folder, after the site's renderer is built (once per change of the site's code).
 * Run through `npm run bench -- --only publish`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { GONE, MANIFEST, siteRenderer } from '@dvc/cms/publish'
import { percentile } from '../../scripts/lib/stats.ts'
import { watchRun } from './process-peak.ts'

export const PUBLISH_TARGETS = Object.freeze({
  liveP95Seconds: 10,
  batchSeconds: 120,
  fallbackSeconds: 300,
  buildSeconds: 90,
  buildMb: 2048,
})

export type PublishBenchOptions = {
  root: string
  cmsUrl: string
  token: string
  env: Record<string, string | undefined>
  samples: number
}

export type PublishRow = {
  what: string
  p50: number
  p95: number
  n: number
  target: string
  /** Peak resident memory of the process tree that did it, where one was watched. */
  peakMb?: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until(check: () => Promise<boolean>, timeoutMs = 600_000): Promise<number> {
  const started = performance.now()
  for (;;) {
    if (await check()) return (performance.now() - started) / 1000
    if (performance.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs / 1000} s`)
    await sleep(100)
  }
}

/** The search fallback's files as the manifest lists them: changes when Pagefind's index does. */
async function fallbackDigest(dir: string): Promise<string> {
  const manifest = JSON.parse((await pageOf(dir, MANIFEST)) ?? '{}') as Record<string, string>
  return Object.entries(manifest)
    .filter(([file]) => file.startsWith('pagefind/'))
    .map(([file, digest]) => `${file}=${digest}`)
    .join('\n')
}

const pageOf = (dir: string, file: string) => readFile(path.join(dir, file), 'utf8').catch(() => null)

/** Is the page recorded as gone, so that the static server answers 410 there? */
async function recordedGone(dir: string, page: string): Promise<boolean> {
  const gone = JSON.parse((await pageOf(dir, GONE)) ?? '{}') as Record<string, string>
  return page in gone
}

const met = (ok: boolean) => (ok ? 'met' : 'MISSED')

/**
 * The worker's log entries of finished jobs and publishes. Payload's logger prints an entry as
 * a head line ("INFO: job done") and its fields indented below it, values as JSON.
 */
function logEntries(lines: string[]): Record<string, unknown>[] {
  const entries: Record<string, unknown>[] = []
  let body: string[] | null = null
  let msg = ''
  const close = () => {
    if (!body) return
    const json = body.map((line) => line.replace(/^ {4}(\w+): /, ', "$1": ')).join('\n')
    try {
      entries.push({ msg, ...(JSON.parse(`{${json.replace(/^, /, '')}}`) as Record<string, unknown>) })
    } catch {
      // Not an entry of ours.
    }
    body = null
  }
  for (const raw of lines) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the logger's colours
    const line = raw.replace(/\u001b\[[0-9;]*m/g, '')
    const head = /\bINFO\b[^:]*: (job done|pages published)\s*$/.exec(line)
    if (head) {
      close()
      msg = head[1] ?? ''
      body = []
    } else if (body && /^ {4}/.test(line)) body.push(line)
    else close()
  }
  close()
  return entries
}

/** Where the worker's time went: job durations, and each publish's phases (read and plan, render, put). */
function jobRows(lines: string[], rows: PublishRow[]) {
  const seconds = new Map<string, number[]>()
  const add = (what: string, ms: number) => seconds.set(what, [...(seconds.get(what) ?? []), ms / 1000])
  for (const entry of logEntries(lines)) {
    if (entry.msg === 'job done' && typeof entry.ms === 'number') add(`worker: ${String(entry.task)} job`, entry.ms)
    const phases = entry.msg === 'pages published' ? (entry.phases as Record<string, unknown> | undefined) : undefined
    for (const [phase, ms] of Object.entries(phases ?? {}))
      if (typeof ms === 'number' && phase !== 'files') add(`worker: publish, ${phase}`, ms)
  }
  for (const [what, list] of seconds) {
    const sorted = list.sort((a, b) => a - b)
    rows.push({ what, p50: percentile(sorted, 50), p95: percentile(sorted, 95), n: sorted.length, target: '' })
  }
}

/** Where the worker's log of the last run is kept. */
const WORKER_LOG = path.join(tmpdir(), 'dvc-bench-publish-worker.log')

export async function benchPublishing(options: PublishBenchOptions): Promise<{ rows: PublishRow[]; workerMb: number }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dvc-bench-publish-'))
  const headers = { 'content-type': 'application/json', authorization: `JWT ${options.token}` }
  const api = async (method: string, url: string, body?: object) => {
    const response = await fetch(`${options.cmsUrl}/api${url}`, {
      method,
      headers,
      ...(body ? { body: JSON.stringify(body) } : {}),
    })
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`)
    return (await response.json()) as { docs?: { id: number; code: string }[] }
  }
  const rows: PublishRow[] = []
  const stop = new AbortController()
  try {
    // The renderer is built once per change of the site's code, not per build: timed apart.
    const rendererStarted = performance.now()
    await siteRenderer({ ...(options.env as Record<string, string>), CMS_URL: options.cmsUrl })
    const renderer = (performance.now() - rendererStarted) / 1000
    rows.push({ what: 'site renderer ready (built or cached)', p50: renderer, p95: renderer, n: 1, target: '' })
    let pagesAt = 0
    let pagesKb = 0
    const build = await watchRun(path.join(options.root, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts', 'site'], {
      cwd: options.root,
      env: { ...process.env, ...options.env, CMS_URL: options.cmsUrl, SITE_OUT_DIR: dir, NODE_ENV: 'production' },
      onLine: (line, treePeakKb) => {
        if (!line.includes('pages live in')) return
        pagesAt = performance.now()
        pagesKb = treePeakKb
      },
    })
    const buildSeconds = build.ms / 1000
    const peaks = build.processes
      .filter((process) => process.peakKb > 100 * 1024)
      .map((process) => `${process.name} ${Math.round(process.peakKb / 1024)} MB`)
    console.log(`full build, each process's peak: ${peaks.join(', ')}`)
    for (const line of build.lines) if (line.includes('search fallback:')) console.log(`full build, ${line.trim()}`)
    // Until its pages are live (the target's figure), then with the search fallback's indexing.
    const buildMb = (pagesKb || build.treePeakKb) / 1024
    // The build's pages are live before the search fallback is indexed from them (its own figure).
    const pagesSeconds = pagesAt ? (pagesAt - (performance.now() - build.ms)) / 1000 : buildSeconds
    rows.push({
      what: 'full build (npm run build:site): pages live',
      p50: pagesSeconds,
      p95: pagesSeconds,
      n: 1,
      target: '',
      peakMb: buildMb,
    })
    rows.push({
      what: 'full build, search fallback included',
      p50: buildSeconds,
      p95: buildSeconds,
      n: 1,
      // The figure is the whole command's.
      target: `< ${PUBLISH_TARGETS.buildSeconds} s, < ${PUBLISH_TARGETS.buildMb / 1024} GB: ${met(buildSeconds < PUBLISH_TARGETS.buildSeconds && build.treePeakKb / 1024 < PUBLISH_TARGETS.buildMb)}`,
      peakMb: build.treePeakKb / 1024,
    })

    // Timed from a running worker: its start (renderer and content loaded) is not a publish.
    let running: () => void = () => {}
    const ready = new Promise<void>((resolve) => {
      running = resolve
    })
    const worker = watchRun(path.join(options.root, 'node_modules', '.bin', 'tsx'), ['scripts/worker.ts'], {
      cwd: options.root,
      env: { ...process.env, ...options.env, PUBLISH_DIR: dir, NODE_ENV: 'production' },
      signal: stop.signal,
      onLine: (line) => {
        if (line.includes('job(s) at a time')) running()
      },
    }).catch(() => null)
    await Promise.race([ready, worker.then(() => Promise.reject(new Error('the worker stopped before it ran')))])

    const { docs = [] } = await api(
      'GET',
      '/procedures?limit=120&depth=0&select[code]=true&where[_status][equals]=published',
    )
    const summary = (what: string, seconds: number[], limit: number) => {
      const sorted = [...seconds].sort((a, b) => a - b)
      const p95 = percentile(sorted, 95)
      rows.push({
        what,
        p50: percentile(sorted, 50),
        p95,
        n: sorted.length,
        target: `p95 < ${limit} s: ${met(p95 < limit)}`,
      })
    }
    const live: number[] = []
    const gone: number[] = []
    for (const [i, doc] of docs.slice(0, options.samples).entries()) {
      const name = `Thủ tục đo xuất bản ${i} ${Date.now()} (dữ liệu tổng hợp)`
      const vi = `thu-tuc/${doc.code}/index.html`
      const en = `en/procedures/${doc.code}/index.html`
      const saved = performance.now()
      await api('PATCH', `/procedures/${doc.id}?locale=vi`, { name, _status: 'published' })
      await until(async () => Boolean((await pageOf(dir, vi))?.includes(name)) && (await pageOf(dir, en)) !== null)
      live.push((performance.now() - saved) / 1000)
      const unpublished = performance.now()
      await api('PATCH', `/procedures/${doc.id}`, { _status: 'draft' })
      await until(
        async () =>
          (await pageOf(dir, vi)) === null &&
          (await pageOf(dir, en)) === null &&
          (await recordedGone(dir, `/thu-tuc/${doc.code}`)) &&
          (await recordedGone(dir, `/en/procedures/${doc.code}`)),
      )
      gone.push((performance.now() - unpublished) / 1000)
      await api('PATCH', `/procedures/${doc.id}`, { _status: 'published' })
    }
    summary('publish -> live (vi, en)', live, PUBLISH_TARGETS.liveP95Seconds)
    summary('unpublish -> gone, 410 (vi, en)', gone, PUBLISH_TARGETS.liveP95Seconds)

    // A ministry's batch: 100 saves spread over one minute.
    const fallbackBefore = await fallbackDigest(dir)
    const batch = docs.slice(0, 100)
    const stamp = Date.now()
    const batchStarted = performance.now()
    for (const [i, doc] of batch.entries()) {
      await api('PATCH', `/procedures/${doc.id}?locale=vi`, { name: `Lô ${stamp} số ${i} (dữ liệu tổng hợp)` })
      await sleep(Math.max(0, batchStarted + ((i + 1) * 60_000) / batch.length - performance.now()))
    }
    await until(async () => {
      for (const [i, doc] of batch.entries()) {
        if (!(await pageOf(dir, `thu-tuc/${doc.code}/index.html`))?.includes(`Lô ${stamp} số ${i} `)) return false
      }
      return true
    })
    const all = (performance.now() - batchStarted) / 1000
    rows.push({
      what: `${batch.length} publishes in 1 min -> all live`,
      p50: all,
      p95: all,
      n: 1,
      target: `< ${PUBLISH_TARGETS.batchSeconds} s: ${met(all < PUBLISH_TARGETS.batchSeconds)}`,
    })
    // The static search fallback (Pagefind) is rebuilt on its own schedule after publishes.
    const fallback = all + (await until(async () => (await fallbackDigest(dir)) !== fallbackBefore))
    rows.push({
      what: 'batch -> search fallback updated',
      p50: fallback,
      p95: fallback,
      n: 1,
      target: `< ${PUBLISH_TARGETS.fallbackSeconds} s: ${met(fallback < PUBLISH_TARGETS.fallbackSeconds)}`,
    })
    stop.abort()
    const watched = await worker
    // Kept for reading a slow publish's phases and pages after the run.
    await writeFile(WORKER_LOG, (watched?.lines ?? []).join('\n'))
    console.log(`the worker's log: ${WORKER_LOG}`)
    const workerMb = (watched?.treePeakKb ?? 0) / 1024
    jobRows(watched?.lines ?? [], rows)
    // The worker's peak over every publish above; the issue names it beside the batch.
    const batchRow = rows.find((row) => row.what.includes('publishes in 1 min'))
    if (batchRow) batchRow.peakMb = workerMb
    return { rows, workerMb }
  } finally {
    stop.abort()
    await rm(dir, { recursive: true, force: true })
  }
}
