/**
 * The portal's fixed values, declared once: the CMS's select fields, the API's parameters,
 * the content files' schema, the importer and the site all read them from here. Plain data,
 * no imports: safe in a browser bundle (`@dvc/cms/vocabulary`).
 *
 * Values follow the national database of procedures (CSDL quốc gia về TTHC); labels are
 * what a citizen or an editor reads, in both languages.
 */
export type Labels = { readonly vi: string; readonly en: string }

/** The values of a labels table, in order, as a non-empty tuple (what `z.enum` takes). */
const valuesOf = <V extends string>(labels: Record<V, Labels>) => Object.keys(labels) as [V, ...V[]]

export const LOCALES = ['vi', 'en'] as const
export type Locale = (typeof LOCALES)[number]
/** Content is written in Vietnamese first; English falls back to it until translated. */
export const DEFAULT_LOCALE: Locale = 'vi'
export const LOCALE_NAMES: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' }

/**
 * Implementing levels. Two-level local government since 1 July 2025 (Law on the
 * Organisation of Local Government, 2025): districts are gone, older records still name them.
 */
export const LEVEL_LABELS = {
  central: { vi: 'Cấp trung ương', en: 'Central' },
  province: { vi: 'Cấp tỉnh', en: 'Province' },
  commune: { vi: 'Cấp xã', en: 'Commune' },
  district: { vi: 'Cấp huyện (trước 1/7/2025)', en: 'District (before 1 July 2025)' },
  // The national database's fourth value, "Cơ quan khác": bodies outside the three tiers (courts, banks' branches).
  other: { vi: 'Cơ quan khác', en: 'Other body' },
} as const satisfies Record<string, Labels>
export type Level = keyof typeof LEVEL_LABELS
export const LEVELS = valuesOf(LEVEL_LABELS)
/**
 * A procedure is implemented at one or more levels (CSDL TTHC: isMinistry / isProvince /
 * isWard / isOtherAgency), e.g. "Cấp bộ, Cấp tỉnh". The levels a procedure can have today:
 * what new (synthetic, seed) records use.
 */
export const CURRENT_LEVELS = ['central', 'province', 'commune'] as const satisfies readonly Level[]

/**
 * Online public service level (Decree 42/2022/NĐ-CP): `full` = toàn trình (old level 4),
 * `partial` = một phần (old level 3), `none` = information only.
 */
export const SERVICE_LEVEL_LABELS = {
  full: { vi: 'Toàn trình', en: 'Fully online' },
  partial: { vi: 'Một phần', en: 'Partly online' },
  none: { vi: 'Không trực tuyến', en: 'Not online' },
} as const satisfies Record<string, Labels>
export type ServiceLevel = keyof typeof SERVICE_LEVEL_LABELS
export const SERVICE_LEVELS = valuesOf(SERVICE_LEVEL_LABELS)

/** Methods of submission (cách thức thực hiện). */
export const CHANNEL_LABELS = {
  'in-person': { vi: 'Trực tiếp', en: 'In person' },
  online: { vi: 'Trực tuyến', en: 'Online' },
  post: { vi: 'Dịch vụ bưu chính', en: 'By post' },
} as const satisfies Record<string, Labels>
export type Channel = keyof typeof CHANNEL_LABELS
export const CHANNELS = valuesOf(CHANNEL_LABELS)

/** Units of a processing time (thời hạn giải quyết). */
export const TIME_UNIT_LABELS = {
  'working-days': { vi: 'ngày làm việc', en: 'working days' },
  days: { vi: 'ngày', en: 'days' },
  hours: { vi: 'giờ làm việc', en: 'working hours' },
  months: { vi: 'tháng', en: 'months' },
  // The national catalogue's capture often lost the unit: the number is kept, the unit not guessed.
  unknown: { vi: '(chưa rõ đơn vị)', en: '(unit not stated)' },
} as const satisfies Record<string, Labels>
export type TimeUnit = keyof typeof TIME_UNIT_LABELS
export const TIME_UNITS = valuesOf(TIME_UNIT_LABELS)

/** Who a procedure is for (đối tượng thực hiện). */
export const SUBJECT_LABELS = {
  citizen: { vi: 'Công dân Việt Nam', en: 'Vietnamese citizens' },
  'overseas-vietnamese': { vi: 'Người Việt Nam định cư ở nước ngoài', en: 'Overseas Vietnamese' },
  foreigner: { vi: 'Người nước ngoài', en: 'Foreigners' },
  business: { vi: 'Doanh nghiệp', en: 'Businesses' },
  organization: { vi: 'Tổ chức', en: 'Organisations' },
  'public-official': { vi: 'Cán bộ, công chức, viên chức', en: 'Public officials' },
} as const satisfies Record<string, Labels>
export type Subject = keyof typeof SUBJECT_LABELS
export const SUBJECTS = valuesOf(SUBJECT_LABELS)

/** Kinds of agency; "own agency and below" follows their parents, not their kind. */
export const AGENCY_KIND_LABELS = {
  ministry: { vi: 'Bộ', en: 'Ministry' },
  'ministry-level': { vi: 'Cơ quan ngang bộ', en: 'Ministry-level agency' },
  'government-agency': { vi: 'Cơ quan thuộc Chính phủ', en: 'Government agency' },
  province: { vi: 'Tỉnh, thành phố', en: 'Province or city' },
  department: { vi: 'Sở, cục, vụ', en: 'Department' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  // The People's Court publishes procedures in the national database too; it is no government body.
  'judicial-body': { vi: 'Cơ quan tư pháp', en: 'Judicial body' },
} as const satisfies Record<string, Labels>
export type AgencyKind = keyof typeof AGENCY_KIND_LABELS
export const AGENCY_KINDS = valuesOf(AGENCY_KIND_LABELS)

/**
 * Why an imported record needs an editor's eye (the national catalogue's capture lost
 * structure). The record is kept with what is sure; editors filter on these flags.
 */
export const REVIEW_FLAG_LABELS = {
  'time-unit-unknown': { vi: 'Thời hạn thiếu đơn vị', en: 'Processing time without a unit' },
  'time-unreadable': { vi: 'Thời hạn chưa tách được', en: 'Processing time not readable' },
  'methods-unreadable': { vi: 'Cách thức thực hiện chưa tách được', en: 'Methods of submission not readable' },
  'documents-unreadable': { vi: 'Thành phần hồ sơ chưa tách được', en: 'Documents not readable' },
  'legal-basis-unreadable': { vi: 'Căn cứ pháp lý chưa tách được', en: 'Legal basis not readable' },
  'steps-missing': { vi: 'Thiếu trình tự thực hiện', en: 'Steps missing' },
  'result-missing': { vi: 'Thiếu kết quả thực hiện', en: 'Result missing' },
  'subject-unknown': { vi: 'Đối tượng chưa xác định', en: 'Subject not recognised' },
  'agency-unmapped': { vi: 'Cơ quan chưa gắn với cây cơ quan', en: 'Agency not mapped onto the agency tree' },
  'level-unknown': { vi: 'Cấp thực hiện chưa xác định', en: 'Implementing level not recognised' },
} as const satisfies Record<string, Labels>
export type ReviewFlag = keyof typeof REVIEW_FLAG_LABELS
export const REVIEW_FLAGS = valuesOf(REVIEW_FLAG_LABELS)

/** A labels table as a select field's options, in order. */
export function optionsOf<V extends string>(labels: Record<V, Labels>) {
  return valuesOf(labels).map((value) => ({ value, label: labels[value] }))
}

/**
 * The collections the public sees: their writes have side effects (search documents, static
 * pages) and the site renders them. The queue, the publisher and the site's page table all
 * name them from here.
 */
export const PUBLISHED_COLLECTIONS = [
  'procedures',
  'faqs',
  'life-events',
  'forms',
  'videos',
  'agencies',
  'sectors',
] as const
export type PublishedCollection = (typeof PUBLISHED_COLLECTIONS)[number]
