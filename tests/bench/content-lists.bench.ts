/**
 * Admin list and REST list at national size (content-model issue): 10,000 procedures and
 * 11,000 FAQs in both locales, synthetic and labelled so. Run through `npm run bench`.
 */
import type { Payload } from 'payload'
import type { Log } from '../../scripts/lib/log.ts'
import { type Timing, timeCalls } from '../../scripts/lib/stats.ts'
import { syntheticFaqs, syntheticProcedures } from '../../scripts/seed/synthetic.ts'

export type ListBenchOptions = { procedures: number; faqs: number; samples: number }

/** Bring the bench database up to the target counts; what exists is kept between runs. */
export async function ensureBenchData(payload: Payload, options: ListBenchOptions, log: Log) {
  const { totalDocs: procedures } = await payload.count({ collection: 'procedures' })
  if (procedures < options.procedures) {
    const started = Date.now()
    log.step(`generating ${options.procedures - procedures} synthetic procedures (vi + en)`)
    await syntheticProcedures(payload, options.procedures - procedures, (d, t) => log.info(`procedures ${d} / ${t}`))
    log.done('procedures generated', Date.now() - started)
  }
  const ministries = await payload.count({
    collection: 'agencies',
    where: { kind: { in: ['ministry', 'ministry-level'] } },
  })
  const perMinistry = Math.ceil(options.faqs / Math.max(1, ministries.totalDocs))
  const { totalDocs: faqs } = await payload.count({ collection: 'faqs' })
  if (faqs < options.faqs) {
    const started = Date.now()
    log.step(`generating synthetic FAQs up to ${perMinistry} per ministry (vi + en)`)
    await syntheticFaqs(payload, perMinistry, (d, t) => log.info(`faqs ${d} / ${t}`))
    log.done('FAQs generated', Date.now() - started)
  }
}

export type ListRow = { what: string; timing: Timing }

/** Time the lists a citizen's app and an editor's admin page ask for. */
export async function benchLists(
  cmsUrl: string,
  adminCookie: string,
  samples: number,
  ministryId: number,
): Promise<ListRow[]> {
  const get =
    (path: string, cookie = '') =>
    async () => {
      const response = await fetch(`${cmsUrl}${path}`, { headers: cookie ? { cookie } : {} })
      if (!response.ok) throw new Error(`${path} answered ${response.status}`)
      await response.arrayBuffer()
    }
  const cases: [string, () => Promise<void>][] = [
    ['REST procedures, vi, 100 per page, depth 0', get('/api/procedures?locale=vi&limit=100&depth=0')],
    ['REST procedures, en, 100 per page, depth 0', get('/api/procedures?locale=en&limit=100&depth=0')],
    ['REST procedures, en, page 50 of 100, depth 1', get('/api/procedures?locale=en&limit=100&page=50&depth=1')],
    ['REST procedure by code, en, depth 1', get('/api/procedures?locale=en&where[code][equals]=9.000042&depth=1')],
    [
      'REST FAQs, vi, 50 per page, one ministry',
      get(`/api/faqs?locale=vi&limit=50&depth=0&where[agency][equals]=${ministryId}`),
    ],
    ['REST FAQs, en, 50 per page', get('/api/faqs?locale=en&limit=50&depth=0')],
    ['admin list API: procedures, 25, as the admin', get('/api/procedures?limit=25&depth=0&draft=true', adminCookie)],
    ['admin list page: procedures (HTML)', get('/admin/collections/procedures', adminCookie)],
    ['admin list page: FAQs (HTML)', get('/admin/collections/faqs', adminCookie)],
    [
      'admin list page: FAQs searched "câu hỏi số 12"',
      get(`/admin/collections/faqs?search=${encodeURIComponent('câu hỏi số 12')}`, adminCookie),
    ],
  ]
  const rows: ListRow[] = []
  for (const [what, call] of cases) rows.push({ what, timing: await timeCalls(call, samples) })
  return rows
}
