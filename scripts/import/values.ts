/**
 * Single values of a national portal record, parsed into ours. Each parser returns `undefined`
 * when the text does not say exactly one thing it understands: an unparseable optional value is
 * left out, never guessed (content/README.md: "a code, fee or time ... is left out").
 */
import type { Procedure } from '../../cms/src/payload-types.ts'

type Method = NonNullable<Procedure['methods']>[number]
export type Level = Procedure['levels'][number]
export type Channel = Method['channel']
export type TimeUnit = NonNullable<Method['timeUnit']>
export type Subject = NonNullable<Procedure['subjects']>[number]
export type ServiceLevel = Procedure['serviceLevel']

/** Trimmed, NFC, single spaces, lower case: how labels are compared (tone marks kept: bán ≠ bàn). */
export const normal = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()

/** The national code in the collection's format (cms/src/fields/validators.ts). */
export const NATIONAL_CODE = /^\d\.\d{6}$/
// A provincial portal appends the agency's identifier: 2.002307.000.00.00.H35 (Lai Châu).
const PROVINCIAL_CODE = /^(\d\.\d{6})(?:\.[0-9A-Za-z]+)+$/

/** `1.001193` as is; `2.002307.000.00.00.H35` → `2.002307`; anything else → undefined. */
export function nationalCode(text: string): string | undefined {
  const code = text.trim()
  if (NATIONAL_CODE.test(code)) return code
  return PROVINCIAL_CODE.exec(code)?.[1]
}

const LEVELS: Record<string, Level> = {
  'bộ/ngành': 'central',
  'bộ, ngành': 'central',
  bộ: 'central',
  'trung ương': 'central',
  tỉnh: 'province',
  xã: 'commune',
  // Districts were abolished on 1 July 2025; older records still name them.
  huyện: 'district',
  // "Cơ quan khác": bodies outside the tiers (the national database's isOtherAgency).
  'cơ quan khác': 'other',
}

/** `Cấp bộ/ngành` → central, `Cấp tỉnh` or `Tỉnh` → province, `Cấp xã` → commune, `Cấp huyện` → district. */
export function parseLevel(text: string): Level | undefined {
  return LEVELS[normal(text).replace(/^cấp\s+/, '')]
}

const CHANNELS: Record<string, Channel> = {
  'trực tiếp': 'in-person',
  'nộp trực tiếp': 'in-person',
  'trực tuyến': 'online',
  'nộp trực tuyến': 'online',
  'dịch vụ bưu chính': 'post',
  'dịch vụ bưu chính công ích': 'post',
  'bưu chính': 'post',
  'qua dịch vụ bưu chính': 'post',
  // The portal's API names the channels in English.
  direct: 'in-person',
  online: 'online',
  postal: 'post',
}

export function parseChannel(text: string): Channel | undefined {
  return CHANNELS[normal(text)]
}

const SUBJECTS: Record<string, Subject> = {
  'công dân việt nam': 'citizen',
  'người việt nam định cư ở nước ngoài': 'overseas-vietnamese',
  'người nước ngoài': 'foreigner',
  'doanh nghiệp': 'business',
  'doanh nghiệp có vốn đầu tư nước ngoài': 'business',
  'tổ chức': 'organization',
  'tổ chức (không bao gồm doanh nghiệp, htx)': 'organization',
  'tổ chức nước ngoài': 'organization',
  'doanh nghiệp việt nam': 'business',
  'người nước ngoài cư trú tại việt nam': 'foreigner',
  // Party organisations file procedures as organisations; a party member is not a category of ours ("Đảng viên" is flagged).
  'tổ chức đảng': 'organization',
  'cán bộ, công chức, viên chức': 'public-official',
}

export function parseSubject(text: string): Subject | undefined {
  return SUBJECTS[normal(text)]
}

/**
 * `Dịch vụ công trực tuyến toàn trình` → full, `... một phần` → partial. Decree 42/2022/NĐ-CP
 * replaced the old levels: level 4 became "toàn trình", level 3 "một phần".
 */
export function parseServiceLevel(text: string): ServiceLevel | undefined {
  const t = normal(text)
  if (/toàn trình|^mức (độ )?4$/.test(t)) return 'full'
  if (/một phần|^mức (độ )?3$/.test(t)) return 'partial'
  if (/^(không|mức (độ )?[12])$/.test(t)) return 'none'
  return undefined
}

const TIME_UNITS: Record<string, TimeUnit> = {
  'ngày làm việc': 'working-days',
  ngày: 'days',
  'giờ làm việc': 'hours',
  giờ: 'hours',
  tháng: 'months',
}
const TIME = /^(?:(?:không quá|tối đa|trong vòng|trong thời hạn|trong)\s+)?(\d+(?:[.,]\d+)?)\s*([\p{L} ]+?)\.?$/u

/**
 * `07 Ngày làm việc` → 7 working days; `Không quá 17 ngày làm việc` → 17 (the time is a maximum
 * anyway). Text that says more (`10-15 ngày`, `03 ngày làm việc (xác minh: ...)`) → undefined.
 */
export function parseTime(text: string): { amount: number; unit: TimeUnit } | undefined {
  const match = TIME.exec(normal(text))
  const unit = match?.[2] ? TIME_UNITS[match[2].trim()] : undefined
  if (!match?.[1] || !unit) return undefined
  return { amount: Number(match[1].replace(',', '.')), unit }
}

// VND amounts are whole numbers written with `.` (or `,`) between thousands: 1.500.000 đồng.
const AMOUNT = String.raw`(-\s*)?(\d{1,3}(?:[.,]\d{3})+|\d+)`
const FREE = /^(miễn phí|miễn lệ phí|không thu phí|không mất phí|không thu phí, lệ phí)\.?$/
const FEE = new RegExp(
  String.raw`^(?:(?:phí, lệ phí|lệ phí|phí)\s*:?\s*)?${AMOUNT}\s*(?:đồng|đ|vnđ|vnd)?(?:\s*\/\s*[\p{L} ]+)?\.?$`,
  'u',
)

/**
 * The amount in VND of a fee text that states exactly one: `Lệ phí: 8.000 đồng` → 8000,
 * `Lệ phí 20.000 đồng/lần` → 20000, `Miễn phí` → 0. Several rates or conditions → undefined
 * (the caller keeps the text as the fee description). A minus sign is kept, for validation to refuse.
 */
export function parseFee(text: string): number | undefined {
  const t = normal(text)
  if (FREE.test(t)) return 0
  const match = FEE.exec(t)
  if (!match?.[2]) return undefined
  const amount = Number(match[2].replace(/[.,]/g, ''))
  return match[1] ? -amount : amount
}
