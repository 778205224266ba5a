/**
 * The portal's fixed values, declared once: the CMS's select fields, the API's parameters,
 * the content files' schema, the importer and the site all read them from here. Plain data,
 * no imports: safe in a browser bundle (`@dvc/cms/vocabulary`).
 *
 * Values follow the national database of procedures (CSDL quốc gia về TTHC); labels are
 * what a citizen or an editor reads, in both languages.
 */
export type Labels = { readonly vi: string; readonly en: string }

export const LOCALES = ['vi', 'en'] as const
export type Locale = (typeof LOCALES)[number]
/** Content is written in Vietnamese first; English falls back to it until translated. */
export const DEFAULT_LOCALE: Locale = 'vi'
export const LOCALE_NAMES: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' }

/**
 * Implementing levels. Two-level local government since 1 July 2025 (Law on the
 * Organisation of Local Government, 2025): districts are gone, older records still name them.
 */
export const LEVELS = ['central', 'province', 'commune', 'district'] as const
export type Level = (typeof LEVELS)[number]
/** The levels a procedure can have today: what new (synthetic, seed) records use. */
export const CURRENT_LEVELS = ['central', 'province', 'commune'] as const satisfies readonly Level[]
export const LEVEL_LABELS: Record<Level, Labels> = {
  central: { vi: 'Cấp trung ương', en: 'Central' },
  province: { vi: 'Cấp tỉnh', en: 'Province' },
  commune: { vi: 'Cấp xã', en: 'Commune' },
  district: { vi: 'Cấp huyện (trước 1/7/2025)', en: 'District (before 1 July 2025)' },
}

/**
 * Online public service level (Decree 42/2022/NĐ-CP): `full` = toàn trình (old level 4),
 * `partial` = một phần (old level 3), `none` = information only.
 */
export const SERVICE_LEVELS = ['full', 'partial', 'none'] as const
export type ServiceLevel = (typeof SERVICE_LEVELS)[number]
export const SERVICE_LEVEL_LABELS: Record<ServiceLevel, Labels> = {
  full: { vi: 'Toàn trình', en: 'Fully online' },
  partial: { vi: 'Một phần', en: 'Partly online' },
  none: { vi: 'Không trực tuyến', en: 'Not online' },
}

/** Methods of submission (cách thức thực hiện). */
export const CHANNELS = ['in-person', 'online', 'post'] as const
export type Channel = (typeof CHANNELS)[number]
export const CHANNEL_LABELS: Record<Channel, Labels> = {
  'in-person': { vi: 'Trực tiếp', en: 'In person' },
  online: { vi: 'Trực tuyến', en: 'Online' },
  post: { vi: 'Dịch vụ bưu chính', en: 'By post' },
}

/** Units of a processing time (thời hạn giải quyết). */
export const TIME_UNITS = ['working-days', 'days', 'hours', 'months'] as const
export type TimeUnit = (typeof TIME_UNITS)[number]
export const TIME_UNIT_LABELS: Record<TimeUnit, Labels> = {
  'working-days': { vi: 'ngày làm việc', en: 'working days' },
  days: { vi: 'ngày', en: 'days' },
  hours: { vi: 'giờ làm việc', en: 'working hours' },
  months: { vi: 'tháng', en: 'months' },
}

/** Who a procedure is for (đối tượng thực hiện). */
export const SUBJECTS = ['citizen', 'overseas-vietnamese', 'foreigner', 'business', 'organization'] as const
export type Subject = (typeof SUBJECTS)[number]
export const SUBJECT_LABELS: Record<Subject, Labels> = {
  citizen: { vi: 'Công dân Việt Nam', en: 'Vietnamese citizens' },
  'overseas-vietnamese': { vi: 'Người Việt Nam định cư ở nước ngoài', en: 'Overseas Vietnamese' },
  foreigner: { vi: 'Người nước ngoài', en: 'Foreigners' },
  business: { vi: 'Doanh nghiệp', en: 'Businesses' },
  organization: { vi: 'Tổ chức', en: 'Organisations' },
}

/** Kinds of agency; "own agency and below" follows their parents, not their kind. */
export const AGENCY_KINDS = [
  'ministry',
  'ministry-level',
  'government-agency',
  'province',
  'department',
  'unit',
] as const
export type AgencyKind = (typeof AGENCY_KINDS)[number]
export const AGENCY_KIND_LABELS: Record<AgencyKind, Labels> = {
  ministry: { vi: 'Bộ', en: 'Ministry' },
  'ministry-level': { vi: 'Cơ quan ngang bộ', en: 'Ministry-level agency' },
  'government-agency': { vi: 'Cơ quan thuộc Chính phủ', en: 'Government agency' },
  province: { vi: 'Tỉnh, thành phố', en: 'Province or city' },
  department: { vi: 'Sở, cục, vụ', en: 'Department' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
}

/** `values` with their labels, in order: a select field's options. */
export function optionsOf<V extends string>(values: readonly V[], labels: Record<V, Labels>) {
  return values.map((value) => ({ value, label: labels[value] }))
}
