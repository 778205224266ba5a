/**
 * Where each of our fields is found in a national portal record. A key matches after folding:
 * the Vietnamese label `Mã thủ tục` and the schema key `ma_thu_tuc` are the same key
 * (reference/procedure_record_schema.json lists both), so CSV headers may use either.
 */
import { fold } from '@dvc/search/contract'

/** `Mã thủ tục` → `ma_thu_tuc`: folded like search text, words joined by `_`. */
export function foldKey(key: string): string {
  return fold(key)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
}

type FieldSpec = { readonly label: string; readonly keys: readonly string[] }

/** Top-level fields. The first key is the schema's; the others are spellings seen in scrapes. */
export const RECORD_FIELDS = {
  code: { label: 'Mã thủ tục', keys: ['ma_thu_tuc', 'ma_tthc', 'code'] },
  decisionNumber: { label: 'Số quyết định', keys: ['so_quyet_dinh', 'so_quyet_dinh_cong_bo'] },
  name: { label: 'Tên thủ tục', keys: ['ten_thu_tuc', 'ten', 'name'] },
  level: { label: 'Cấp thực hiện', keys: ['cap_thuc_hien'] },
  type: { label: 'Loại thủ tục', keys: ['loai_thu_tuc'] },
  sector: { label: 'Lĩnh vực', keys: ['linh_vuc'] },
  steps: { label: 'Trình tự thực hiện', keys: ['trinh_tu_thuc_hien'] },
  methods: { label: 'Cách thức thực hiện', keys: ['cach_thuc_thuc_hien', 'cach_thuc'] },
  documents: { label: 'Thành phần hồ sơ', keys: ['thanh_phan_ho_so', 'thanh_phan_ho_so_chinh'] },
  subjects: { label: 'Đối tượng thực hiện', keys: ['doi_tuong_thuc_hien', 'doi_tuong'] },
  agency: { label: 'Cơ quan thực hiện', keys: ['co_quan_thuc_hien'] },
  competent: { label: 'Cơ quan có thẩm quyền', keys: ['co_quan_co_tham_quyen'] },
  delegated: { label: 'Cơ quan được ủy quyền', keys: ['co_quan_duoc_uy_quyen'] },
  coordinating: { label: 'Cơ quan phối hợp', keys: ['co_quan_phoi_hop'] },
  receivingAddress: { label: 'Địa chỉ tiếp nhận HS', keys: ['dia_chi_tiep_nhan_hs', 'dia_chi_tiep_nhan'] },
  related: { label: 'Thủ tục hành chính liên quan', keys: ['thu_tuc_lien_quan'] },
  /** Which ministry's list the record came from (the national catalogue's capture names it `_folder`). */
  // `_folder` folds to `folder` (keys are compared folded, edges' underscores trimmed).
  ministryList: { label: 'Bộ, ngành', keys: ['folder', 'bo_nganh'] },
  portalId: { label: 'Mã định danh trên Cổng', keys: ['formality_id'] },
  result: { label: 'Kết quả thực hiện', keys: ['ket_qua_thuc_hien', 'ket_qua_xu_ly', 'ket_qua'] },
  legalBasis: { label: 'Căn cứ pháp lý', keys: ['can_cu_phap_ly'] },
  requirements: { label: 'Yêu cầu, điều kiện thực hiện', keys: ['yeu_cau_dieu_kien', 'yeu_cau_dieu_kien_thuc_hien'] },
  keywords: { label: 'Từ khóa', keys: ['tu_khoa'] },
  serviceLevel: { label: 'Mức độ dịch vụ công', keys: ['muc_do_dvc', 'muc_do_dich_vu_cong', 'muc_do'] },
  sourceUrl: { label: 'Đường dẫn', keys: ['detail_url', 'duong_dan', 'url', 'portal_url'] },
  sourceNote: { label: 'Nguồn', keys: ['nguon', 'source'] },
} as const satisfies Record<string, FieldSpec>

/** Columns of one row of "Cách thức thực hiện". */
export const METHOD_FIELDS = {
  channel: { label: 'Hình thức nộp', keys: ['hinh_thuc_nop', 'hinh_thuc'] },
  time: { label: 'Thời hạn giải quyết', keys: ['thoi_han_giai_quyet', 'thoi_han'] },
  fee: { label: 'Phí, lệ phí', keys: ['phi_le_phi', 'phi', 'le_phi'] },
  description: { label: 'Mô tả', keys: ['mo_ta'] },
} as const satisfies Record<string, FieldSpec>

/** Columns of one row of "Thành phần hồ sơ". */
export const DOCUMENT_FIELDS = {
  name: { label: 'Tên giấy tờ', keys: ['ten_giay_to', 'ten', 'name'] },
  count: { label: 'Số lượng', keys: ['so_luong'] },
  originals: { label: 'Bản chính', keys: ['ban_chinh'] },
  copies: { label: 'Bản sao', keys: ['ban_sao'] },
  form: { label: 'Mẫu đơn, tờ khai', keys: ['mau_don', 'mau_don_to_khai'] },
  case: { label: 'Trường hợp', keys: ['truong_hop'] },
} as const satisfies Record<string, FieldSpec>

/** Columns of one row of "Căn cứ pháp lý". */
export const LEGAL_FIELDS = {
  number: { label: 'Số hiệu', keys: ['so_hieu', 'so_ky_hieu', 'code'] },
  title: { label: 'Tên văn bản', keys: ['ten_van_ban', 'trich_yeu', 'ten', 'name'] },
  date: { label: 'Ngày ban hành', keys: ['ngay_ban_hanh', 'date'] },
} as const satisfies Record<string, FieldSpec>

export type Picked<T extends Record<string, FieldSpec>> = {
  values: Partial<Record<keyof T, unknown>>
  /** Keys of the input that match none of the fields, as written. */
  ignored: string[]
}

const blank = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0)

/** The values of `fields` found in `input`; an empty cell counts as absent. */
export function pickFields<T extends Record<string, FieldSpec>>(input: Record<string, unknown>, fields: T): Picked<T> {
  const byKey = new Map<string, keyof T>()
  for (const [name, spec] of Object.entries(fields) as [keyof T, FieldSpec][]) {
    for (const key of [...spec.keys, foldKey(spec.label)]) byKey.set(key, name)
  }
  const values: Partial<Record<keyof T, unknown>> = {}
  const ignored: string[] = []
  for (const [key, value] of Object.entries(input)) {
    const name = byKey.get(foldKey(key))
    if (name === undefined) ignored.push(key)
    else if (!blank(value) && values[name] === undefined) values[name] = value
  }
  return { values, ignored }
}

/** `Tên thủ tục (ten_thu_tuc)`: how a reason names a field, readable with either kind of header. */
export function fieldName(spec: FieldSpec): string {
  return `${spec.label} (${spec.keys[0]})`
}
