import { CURRENT_LEVELS, SERVICE_LEVELS } from '@dvc/cms/vocabulary'
import type { Payload } from 'payload'

import { plainTextToLexical } from '../../cms/src/lib/lexical.ts'
import { createProcedures, rowIds } from '../import/bulk-write.ts'
import { createBilingual } from './bilingual.ts'

/**
 * Synthetic records for load tests and benchmarks. They say so in the data itself: a
 * `synthetic` flag, a "[Dữ liệu giả lập]" / "[Synthetic]" prefix on every title, and
 * a source naming this generator. Never mixed up with the real seed.
 */
export const SYNTHETIC_PREFIX = { vi: '[Dữ liệu giả lập]', en: '[Synthetic]' } as const
const SOURCE = 'scripts/seed/synthetic.ts — dữ liệu giả lập cho kiểm thử tải / synthetic load-test data'
const CONTEXT = { seeding: true, skipTranslationCheck: true } as const

type Progress = (done: number, total: number) => void

/** Run `task` for 0..count-1 with a few in flight: the database, not Node, is the limit. */
async function inParallel(count: number, width: number, task: (i: number) => Promise<void>, progress?: Progress) {
  let next = 0
  let done = 0
  const worker = async () => {
    while (next < count) {
      const i = next++
      await task(i)
      done++
      if (progress && (done % 500 === 0 || done === count)) progress(done, count)
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, count) }, worker))
}

async function ids(payload: Payload, collection: 'agencies' | 'sectors', where = {}) {
  const { docs } = await payload.find({ collection, where, depth: 0, pagination: false, select: {} })
  return docs.map((doc) => doc.id as number)
}

const write = { context: CONTEXT, depth: 0 }

/** The `n`th of `list`, round and round; synthetic records need the seed's agencies and sectors. */
function nth<T>(list: readonly T[], n: number, what: string): T {
  const item = list[n % list.length]
  if (item === undefined) throw new Error(`synthetic records need ${what}: seed the content first`)
  return item
}

/** Top every ministry up to `perMinistry` FAQs with synthetic ones. Returns how many were created. */
export async function syntheticFaqs(payload: Payload, perMinistry: number, progress?: Progress): Promise<number> {
  const ministries = await ids(payload, 'agencies', { kind: { in: ['ministry', 'ministry-level'] } })
  const sectors = await ids(payload, 'sectors')
  const plan: { agency: number; n: number }[] = []
  for (const agency of ministries) {
    const { totalDocs } = await payload.count({ collection: 'faqs', where: { agency: { equals: agency } } })
    for (let n = totalDocs; n < perMinistry; n++) plan.push({ agency, n })
  }
  const stamp = Date.now().toString(36)
  await inParallel(
    plan.length,
    4,
    async (i) => {
      const { agency, n } = plan[i] as { agency: number; n: number }
      const text = (locale: 'vi' | 'en') =>
        locale === 'vi'
          ? `Đây là câu trả lời giả lập số ${n + 1} của cơ quan ${agency}, chỉ dùng để kiểm thử tải.\n\nNội dung không có giá trị pháp lý.`
          : `This is synthetic answer no. ${n + 1} of agency ${agency}, for load tests only.\n\nIt has no legal value.`
      await createBilingual(
        payload,
        'faqs',
        {
          slug: `synthetic-${stamp}-${agency}-${n}`,
          question: `${SYNTHETIC_PREFIX.vi} Câu hỏi số ${n + 1} về thủ tục hành chính của cơ quan ${agency}?`,
          answer: plainTextToLexical(text('vi')),
          agency,
          sector: sectors.length > 0 ? sectors[n % sectors.length] : undefined,
          synthetic: true,
          untranslated: [],
          _status: 'published',
        },
        () => ({
          question: `${SYNTHETIC_PREFIX.en} Question no. ${n + 1} about the procedures of agency ${agency}?`,
          answer: plainTextToLexical(text('en')),
        }),
        write,
      )
    },
    progress,
  )
  return plan.length
}

/**
 * `count` synthetic procedures with codes 9.NNNNNN (a range the national database does not
 * use), Vietnamese and English, written through the import's fast path (scripts/import/bulk-write.ts)
 * in batches: the same path a national import takes, so the bench measures it.
 */
export async function syntheticProcedures(payload: Payload, count: number, progress?: Progress): Promise<void> {
  const agencies = await ids(payload, 'agencies', { kind: { in: ['ministry', 'ministry-level', 'province'] } })
  const sectors = await ids(payload, 'sectors')
  const { totalDocs: existing } = await payload.count({
    collection: 'procedures',
    where: { synthetic: { equals: true } },
  })
  const both = (vi: string, en: string) => ({ vi, en })
  const records = Array.from({ length: count }, (_, i) => {
    const n = existing + i
    return {
      code: `9.${String(n).padStart(6, '0')}`,
      name: both(
        `${SYNTHETIC_PREFIX.vi} Thủ tục số ${n + 1}: cấp, đổi giấy phép loại ${n % 97}`,
        `${SYNTHETIC_PREFIX.en} Procedure no. ${n + 1}: issue or renew a type ${n % 97} licence`,
      ),
      levels: [nth(CURRENT_LEVELS, n, 'levels')],
      serviceLevel: nth(SERVICE_LEVELS, n, 'service levels'),
      sector: nth(sectors, n, 'sectors'),
      agency: nth(agencies, n, 'agencies'),
      subjects: ['citizen'],
      steps: rowIds([
        { text: both('Nộp hồ sơ (giả lập).', 'Submit (synthetic).') },
        { text: both('Nhận kết quả (giả lập).', 'Collect (synthetic).') },
      ]),
      methods: rowIds([
        { channel: 'online', timeAmount: (n % 20) + 1, timeUnit: 'working-days', feeAmount: (n % 5) * 10000 },
      ]),
      documents: rowIds([
        { name: both('Tờ khai (giả lập)', 'Form (synthetic)'), originals: 1, copies: 0, required: true },
      ]),
      result: both('Giấy phép (giả lập).', 'A licence (synthetic).'),
      legalBasis: rowIds([{ number: `${n}/GL-KTT`, title: both('Văn bản giả lập', 'Synthetic document') }]),
      keywords: { vi: ['giả lập', `loại ${n % 97}`], en: ['synthetic', `type ${n % 97}`] },
      source: { name: SOURCE },
      synthetic: true,
      untranslated: [],
    }
  })
  await createProcedures(payload, records, { status: 'published', batchSize: 250, onProgress: progress })
}
