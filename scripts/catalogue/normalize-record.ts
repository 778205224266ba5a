/**
 * One record of the national catalogue (label-key form, as captured) → one procedure of our
 * content model, in Vietnamese. What the capture lost is not guessed: the record keeps what is
 * sure and names the rest in `reviewFlags` / `reviewNote` for editors.
 */
import type { Level, ReviewFlag } from '@dvc/cms/vocabulary'

import type { NationalProcedure, ProcedureDocument, ProcedureMethod, Sector } from '../../content/schema.ts'
import { nationalCode, parseLevel, parseSubject } from '../import/values.ts'
import { type AgencyMatcher, FOLDER_MINISTRY, sectorFor } from './agencies.ts'
import { stepsOf } from './steps.ts'
import {
  given,
  splitDocuments,
  splitLegalBasis,
  splitMethods,
  splitNames,
  splitRelated,
  splitResults,
} from './tables.ts'

export type CatalogueRecord = Record<string, string | undefined>
export type Normalized = { procedure: NationalProcedure; sector: Sector }
export type NormalizeContext = { matchAgencies: AgencyMatcher; sectors: Map<string, Sector> }

const vi = (text: string | undefined) => (text ? { vi: text } : undefined)

export class NotNormalizable extends Error {
  override name = 'NotNormalizable'
}

export function normalizeRecord(record: CatalogueRecord, context: NormalizeContext): Normalized {
  const flags = new Set<ReviewFlag>()
  const notes: string[] = []
  const flag = (which: ReviewFlag, note: string) => {
    flags.add(which)
    notes.push(note)
  }

  const code = nationalCode(record.ma_thu_tuc ?? '')
  const name = given(record.ten_thu_tuc)
  const url = given(record.detail_url)
  const ministry = FOLDER_MINISTRY[record._folder ?? '']
  const sectorName = given(record.linh_vuc)
  // Without these there is no record to show: the caller counts it as rejected.
  if (!code) throw new NotNormalizable(`no national code (${JSON.stringify(record.ma_thu_tuc)})`)
  if (!name) throw new NotNormalizable(`${code}: no name`)
  if (!url) throw new NotNormalizable(`${code}: no source page`)
  if (!ministry) throw new NotNormalizable(`${code}: unknown ministry list ${JSON.stringify(record._folder)}`)
  if (!sectorName) throw new NotNormalizable(`${code}: no sector`)

  const levels = new Set<Level>()
  for (const part of splitNames(record.cap_thuc_hien ?? '')) {
    const level = parseLevel(part)
    if (level) levels.add(level)
    else flag('level-unknown', `Cấp thực hiện "${part}" không xác định`)
  }
  if (levels.size === 0) throw new NotNormalizable(`${code}: no implementing level`)

  const subjects = new Set<NationalProcedure['subjects'][number]>()
  // "Cán bộ, công chức, viên chức" is one subject with commas of its own.
  const subjectText = (record.doi_tuong_thuc_hien ?? '').replace(
    'Cán bộ, công chức, viên chức',
    'Cán bộ|công chức|viên chức',
  )
  for (const part of splitNames(subjectText)) {
    const subject = parseSubject(part.replace(/\|/g, ', '))
    if (subject) subjects.add(subject)
    else flag('subject-unknown', `Đối tượng "${part.replace(/\|/g, ', ')}" chưa có trong danh mục`)
  }

  const steps = stepsOf(record.trinh_tu_thuc_hien)
  if (steps.length === 0) flag('steps-missing', 'Không có trình tự thực hiện')

  const methodTable = splitMethods(record.cach_thuc_thuc_hien ?? '')
  if (methodTable.rest)
    flag('methods-unreadable', `Cách thức thực hiện chưa tách được: "${methodTable.rest.slice(0, 200)}"`)
  const methods: ProcedureMethod[] = methodTable.rows.map((row) => ({
    channel: row.channel,
    ...(row.time ? { time: row.time } : {}),
    ...(row.fee
      ? {
          fee: {
            ...(row.fee.amount !== undefined ? { amount: row.fee.amount } : {}),
            description: { vi: row.fee.text },
          },
        }
      : {}),
    ...(row.description ? { description: { vi: row.description } } : {}),
  }))
  if (methodTable.rows.some((row) => row.unitLost)) {
    flag('time-unit-unknown', 'Thời hạn giải quyết chỉ có con số, không có đơn vị (ngày, ngày làm việc, giờ)')
  }

  const documentTable = splitDocuments(record.thanh_phan_ho_so ?? '')
  if (documentTable.rest)
    flag('documents-unreadable', `Thành phần hồ sơ chưa tách được: "${documentTable.rest.slice(0, 200)}"`)
  if (documentTable.unsplitForms > 0) {
    flag('documents-unreadable', `${documentTable.unsplitForms} giấy tờ có tên tệp mẫu dính liền tên giấy tờ`)
  }
  const documents: ProcedureDocument[] = documentTable.rows.map((row) => ({
    name: { vi: row.name },
    ...(row.originals !== undefined ? { originals: row.originals } : {}),
    ...(row.copies !== undefined ? { copies: row.copies } : {}),
    // The national record marks optional papers inside the name: "(nếu có)".
    required: !/(?:^|[\s(,;])nếu\s/iu.test(row.name),
    ...(row.case ? { condition: { vi: row.case } } : {}),
    ...(row.form ? { formFile: row.form } : {}),
  }))

  const legal = splitLegalBasis(record.can_cu_phap_ly ?? '')
  if (legal.rest) flag('legal-basis-unreadable', `Căn cứ pháp lý chưa tách được: "${legal.rest.slice(0, 200)}"`)
  const legalBasis = legal.rows.map((row) => ({ number: row.number, title: { vi: row.title ?? row.number } }))

  const results = splitResults(record.ket_qua_xu_ly ?? '')
  if (results.results.length === 0) flag('result-missing', 'Không có kết quả thực hiện')

  const implementing = given(record.co_quan_thuc_hien)
  const competent = given(record.co_quan_co_tham_quyen)
  const delegated = given(record.co_quan_duoc_uy_quyen)
  const coordinating = given(record.co_quan_phoi_hop)
  // The implementing body on our tree when one is named (a department of the ministry), else the ministry.
  const implementingCodes = context.matchAgencies(implementing ?? '')
  const agency = implementingCodes[0] ?? ministry
  const competentCodes = context.matchAgencies(competent ?? '')
  const delegatedCodes = context.matchAgencies(delegated ?? '')
  const coordinatingCodes = context.matchAgencies(coordinating ?? '')
  const sector = sectorFor(sectorName, ministry, context.sectors)
  const related = splitRelated(record.thu_tuc_lien_quan ?? '')
  const type = given(record.loai_thu_tuc)
  const receiving = given(record.dia_chi_tiep_nhan)

  const procedure: NationalProcedure = {
    code,
    ...(given(record.so_quyet_dinh) ? { decisionNumber: given(record.so_quyet_dinh) } : {}),
    name: { vi: name },
    levels: [...levels],
    ...(type ? { type: { vi: type } } : {}),
    sector: sector.code,
    agency,
    ...(competentCodes.length > 0 ? { competentAgencies: competentCodes } : {}),
    ...(delegatedCodes.length > 0 ? { delegatedAgencies: delegatedCodes } : {}),
    ...(coordinatingCodes.length > 0 ? { coordinatingAgencies: coordinatingCodes } : {}),
    agencyNames: {
      ...(implementing ? { implementing: { vi: implementing } } : {}),
      ...(competent ? { competent: { vi: competent } } : {}),
      ...(delegated ? { delegated: { vi: delegated } } : {}),
      ...(coordinating ? { coordinating: { vi: coordinating } } : {}),
    },
    ...(receiving ? { receivingAddress: { vi: receiving } } : {}),
    ...(related.length > 0 ? { relatedProcedures: related.map((text) => ({ name: { vi: text } })) } : {}),
    steps: steps.map((text) => ({ vi: text })),
    methods,
    documents,
    subjects: [...subjects],
    ...(results.results.length > 0 ? { result: { vi: results.results.join('\n') } } : {}),
    ...(vi(given(record.yeu_cau_dieu_kien)) ? { requirements: vi(given(record.yeu_cau_dieu_kien)) } : {}),
    legalBasis,
    ...(results.keywords.length > 0 ? { keywords: { vi: results.keywords, en: [] } } : {}),
    // The record states its methods, not Decree 42/2022's level: an online channel means at least partly online.
    serviceLevel: methods.some((method) => method.channel === 'online') ? 'partial' : 'none',
    source: {
      name: 'Cổng Dịch vụ công quốc gia (CSDL quốc gia về TTHC)',
      url,
      // The capture is dated only "mid-2026" (national_catalogue/README.md): no retrieval day is invented.
      note: 'Trang thủ tục trên dichvucong.gov.vn, thu thập năm 2026; chuẩn hóa bằng scripts/catalogue/normalize.ts',
    },
    ...(flags.size > 0 ? { reviewFlags: [...flags], reviewNote: notes.join('\n') } : {}),
  }
  return { procedure, sector }
}
