/**
 * Label-key records as the national catalogue captured them: tables flattened to one string
 * ("Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến1Miễn phí"). The importer reads them with the
 * same splitters as the catalogue's normalizer (scripts/catalogue/tables.ts), and names what it
 * could not read as review flags, as the normalizer does.
 */
import type { ReviewFlag } from '@dvc/cms/vocabulary'

import { splitDocuments, splitLegalBasis, splitMethods, splitNames, splitResults } from '../catalogue/tables.ts'
import type { DocumentData, LegalBasisData } from './documents.ts'
import type { MethodData } from './methods.ts'

export type Flags = { add(flag: ReviewFlag, note: string): void }

const isFlat = (value: unknown, header: string): value is string => typeof value === 'string' && value.includes(header)

export function flatMethods(value: unknown, flags: Flags): MethodData[] | undefined {
  if (!isFlat(value, 'Hình thức nộp')) return undefined
  const { rows, rest } = splitMethods(value)
  if (rest) flags.add('methods-unreadable', `Cách thức thực hiện chưa tách được: "${rest.slice(0, 200)}"`)
  if (rows.some((row) => row.unitLost))
    flags.add('time-unit-unknown', 'Thời hạn giải quyết chỉ có con số, không có đơn vị')
  return rows.map((row) => ({
    channel: row.channel,
    ...(row.time ? { timeAmount: row.time.amount, timeUnit: row.time.unit } : {}),
    ...(row.fee?.amount !== undefined ? { feeAmount: row.fee.amount } : {}),
    ...(row.fee ? { feeDescription: row.fee.text } : {}),
    ...(row.description ? { description: row.description } : {}),
  }))
}

export function flatDocuments(value: unknown, flags: Flags): DocumentData[] | undefined {
  if (!isFlat(value, 'Tên giấy tờ')) return undefined
  const { rows, rest, unsplitForms } = splitDocuments(value)
  if (rest) flags.add('documents-unreadable', `Thành phần hồ sơ chưa tách được: "${rest.slice(0, 200)}"`)
  if (unsplitForms > 0)
    flags.add('documents-unreadable', `${unsplitForms} giấy tờ có tên tệp mẫu dính liền tên giấy tờ`)
  return rows.map((row) => ({
    name: row.name,
    ...(row.originals !== undefined ? { originals: row.originals } : {}),
    ...(row.copies !== undefined ? { copies: row.copies } : {}),
    ...(/(?:^|[\s(,;])nếu\s/iu.test(row.name) ? { required: false } : {}),
    ...(row.form ? { formFile: row.form } : {}),
    ...(row.case ? { condition: row.case } : {}),
  }))
}

export function flatLegalBasis(value: unknown, flags: Flags): LegalBasisData[] | undefined {
  if (!isFlat(value, 'Tên văn bản pháp lý')) return undefined
  const { rows, rest } = splitLegalBasis(value)
  if (rest) flags.add('legal-basis-unreadable', `Căn cứ pháp lý chưa tách được: "${rest.slice(0, 200)}"`)
  return rows.map((row) => ({ number: row.number, ...(row.title ? { title: row.title } : {}) }))
}

/** "Kết quả xử lý" with its result codes, keywords and the page's furniture. */
export function flatResults(value: unknown): { results: string[]; keywords: string[] } | undefined {
  if (!(typeof value === 'string' && /Mã:|Từ khóa/u.test(value))) return undefined
  return splitResults(value)
}

/** A comma-separated cell of one line ("Cấp bộ, Cấp tỉnh"; "Tổ chức (không bao gồm doanh nghiệp, HTX), ..."). */
export function flatNames(value: unknown): string[] | undefined {
  if (typeof value !== 'string' || value.includes('\n')) return undefined
  return splitNames(value.replace('Cán bộ, công chức, viên chức', 'Cán bộ|công chức|viên chức')).map((name) =>
    name.replace(/\|/g, ', '),
  )
}
