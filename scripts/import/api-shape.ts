/**
 * The national portal's own JSON (its API, the `api_key` column of
 * shared/reference/procedure_record_schema.json: `code`, `procedureProposal.proposalNumber`,
 * `isMinistry` / `isProvince` / `isWard` / `isOtherAgency`, `categoriesDetails`,
 * `executionSteps`, `executionMethods`, `executionCases[].profileComponents`,
 * `legalBasisesDetails`, ...) rewritten into the label-key form the rest of the importer reads.
 * A record is recognised by its own keys, so one file may even mix both forms.
 */

const API_KEYS = [
  'executionSteps',
  'executionMethods',
  'executionCases',
  'categoriesDetails',
  'legalBasisesDetails',
  'procedureProposal',
  'isMinistry',
  'isProvince',
  'isWard',
  'formalityType',
]

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : [])
const names = (value: unknown) => list(value).map((item) => item.name)

export function isApiShape(fields: unknown): fields is Json {
  return isObject(fields) && API_KEYS.some((key) => key in fields)
}

// The portal's API names time units by key; "other" is shown as "ngày" (procedure_record_schema.json).
const UNITS: Record<string, string> = { WORKING_DAY: 'ngày làm việc', DAY: 'ngày', HOUR: 'giờ', MONTH: 'tháng' }

function method(item: Json): Json {
  const time = item.processingTime
  const unit = typeof item.processingTimeUnit === 'string' ? UNITS[item.processingTimeUnit] : undefined
  const fees = list(item.fees)
  const feeText = fees
    .map((fee) =>
      [fee.name, typeof fee.amount === 'number' ? `${fee.amount} đồng` : fee.amount].filter(Boolean).join(': '),
    )
    .join('; ')
  const single = fees.length === 1 && typeof fees[0]?.amount === 'number' ? fees[0].amount : undefined
  return {
    hinh_thuc_nop: item.submissionMethod,
    // A time without a unit keeps its number; the row is then read as a time note, not guessed.
    thoi_han_giai_quyet: time === undefined || time === null ? undefined : unit ? `${time} ${unit}` : String(time),
    phi_le_phi: single ?? (feeText || undefined),
    mo_ta: item.description,
  }
}

function documents(cases: unknown): Json[] {
  return list(cases).flatMap((group) =>
    list(group.profileComponents).map((component) => ({
      ten_giay_to: component.name,
      ban_chinh: component.originalQty,
      ban_sao: component.copyQty,
      mau_don: list(component.attachments)
        .map((file) => file.fileName)
        .filter(Boolean)
        .join(', '),
      truong_hop: list(cases).length > 1 ? group.name : undefined,
    })),
  )
}

const LEVELS: [string, string][] = [
  ['isMinistry', 'Cấp bộ'],
  ['isProvince', 'Cấp tỉnh'],
  ['isWard', 'Cấp xã'],
  ['isOtherAgency', 'Cơ quan khác'],
]

/** The record in label-key form; keys this importer does not read stay as they are, to be reported. */
export function fromApiShape(record: Json): Json {
  const {
    code,
    procedureProposal,
    name,
    formalityType,
    categoriesDetails,
    executionSteps,
    executionMethods,
    executionCases,
    subjectTypesDetails,
    departmentsExecuting,
    departmentsAuthority,
    dossierReceivingAddresses,
    departmentsAuthorized,
    departmentsCoordinating,
    resultsDetails,
    legalBasisesDetails,
    requirementsAndConditions,
    keywords,
    procedureRelatedGroup,
    id,
    isMinistry: _ministry,
    isProvince: _province,
    isWard: _ward,
    isOtherAgency: _other,
    ...rest
  } = record
  const portalId = typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) ? id : undefined
  return {
    ...rest,
    ma_thu_tuc: code,
    so_quyet_dinh: isObject(procedureProposal) ? procedureProposal.proposalNumber : undefined,
    ten_thu_tuc: name,
    cap_thuc_hien: LEVELS.filter(([key]) => record[key] === true).map(([, label]) => label),
    loai_thu_tuc: formalityType,
    linh_vuc: names(categoriesDetails),
    trinh_tu_thuc_hien: list(executionSteps).map((step) => ({ name: step.name, description: step.description })),
    cach_thuc_thuc_hien: list(executionMethods).map(method),
    thanh_phan_ho_so: documents(executionCases),
    doi_tuong_thuc_hien: names(subjectTypesDetails),
    co_quan_thuc_hien: names(departmentsExecuting),
    co_quan_co_tham_quyen: names(departmentsAuthority),
    dia_chi_tiep_nhan: dossierReceivingAddresses,
    co_quan_duoc_uy_quyen: names(departmentsAuthorized),
    co_quan_phoi_hop: names(departmentsCoordinating),
    ket_qua_thuc_hien: list(resultsDetails).map((result) => ({ name: result.name })),
    can_cu_phap_ly: list(legalBasisesDetails).map((law) => ({ ten_van_ban: law.name, so_hieu: law.code })),
    yeu_cau_dieu_kien: requirementsAndConditions,
    tu_khoa: keywords,
    thu_tuc_lien_quan: list(procedureRelatedGroup).map((item) => ({ name: item.name, code: item.code })),
    // The portal's page of a procedure is addressed by its id (procedure_record_schema.json, portal_urls).
    detail_url: portalId ? `https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${portalId}` : undefined,
  }
}
