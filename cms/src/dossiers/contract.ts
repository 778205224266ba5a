/**
 * The dossier API's shapes and paths (issue 15), browser-safe: the portal's handlers answer
 * them and the site's submit, track and account islands read them (`@dvc/cms/dossiers`).
 * ARCHITECTURE fixes the dossier code, the error shape and `/api/portal/dossiers`.
 *
 * Every answer is JSON; every error `{ error: { code, message, details? } }` in the request's
 * language (Accept-Language; vi by default). Endpoints marked "bearer" take the access token of
 * the portal's SSO (`Authorization: Bearer …`), 401 without it.
 */
import type { Labels, Locale } from '../vocabulary.ts'

/** Paths under the portal server (SERVER_URL); `{x}` is a path parameter. */
export const DOSSIER_PATHS = Object.freeze({
  /** GET, public: the online form of a procedure (FormDefinition); 404 when it has none. */
  form: '/api/portal/dossier-forms/{procedure}',
  /** GET, public: the 34 provinces (Place[]); `/{province}`: its communes and wards (Place[]). */
  places: '/api/portal/places',
  /** POST, bearer: the file's bytes as the body, `?name=` its file name; 201 UploadedFile. */
  uploads: '/api/portal/uploads',
  /** GET, bearer: the citizen's own uploaded file's bytes. */
  upload: '/api/portal/uploads/{id}',
  /** GET, bearer: ReusableDocument[], files of earlier accepted dossiers, the newest of each type (once-only). */
  reusable: '/api/portal/documents/reusable',
  /** GET (204 when none), PUT (Draft body), DELETE; bearer: the citizen's draft for one procedure. */
  draft: '/api/portal/drafts/{procedure}',
  /** POST, bearer, `Idempotency-Key` header: SubmitRequest -> 201 SubmitAnswer (200 on a replay). */
  submit: '/api/portal/dossiers',
  /** GET, public, `?secret=`: PublicDossier (status and public timeline, nothing personal). */
  track: '/api/portal/dossiers/{code}',
  /** GET, bearer: `{ dossiers: DossierSummary[] }`, newest first. */
  mine: '/api/portal/dossiers/mine',
  /** GET, bearer: DossierDetail of one of the citizen's dossiers. */
  mineOne: '/api/portal/dossiers/mine/{code}',
  /** POST, bearer: SupplementRequest -> DossierDetail, while a supplement is requested. */
  supplement: '/api/portal/dossiers/mine/{code}/supplement',
  /** POST, bearer, `{ note? }` -> DossierDetail, before the agency received it. */
  withdraw: '/api/portal/dossiers/mine/{code}/withdraw',
  /** GET, bearer: a file of one of the citizen's dossiers (their uploads and the result). */
  file: '/api/portal/dossiers/mine/{code}/files/{file}',
  /** POST, public, `{ receipt }`: ReceiptCheck (200 either way; 400 when it is not a JWS). */
  verify: '/api/portal/receipts/verify',
})

/**
 * The site's pages for dossiers (routes of site/src/lib/routes.ts), named here because
 * notifications and receipts link to them: `{code}` goes in the query.
 */
export const CITIZEN_PAGES = Object.freeze({
  mine: { vi: '/ho-so-cua-toi?ma={code}', en: '/en/my-dossiers?code={code}' },
  track: { vi: '/tra-cuu-ho-so?ma={code}', en: '/en/track?code={code}' },
  /** The receipt goes in the fragment: never sent to a server, never in a log. */
  verify: { vi: '/xac-minh-bien-nhan#{receipt}', en: '/en/verify-receipt#{receipt}' },
})

/** The states of a dossier (state-machine.ts has the transitions). */
export const DOSSIER_STATES = [
  'submitted',
  'received',
  'refused',
  'processing',
  'supplement_requested',
  'resolved',
  'returned',
  'withdrawn',
] as const
export type DossierState = (typeof DOSSIER_STATES)[number]

/** Where a dossier stands against its deadline. `paused`: the clock stops while a supplement is awaited. */
export const TIMINGS = ['not_started', 'on_time', 'due_soon', 'overdue', 'paused', 'done_on_time', 'done_late'] as const
export type Timing = (typeof TIMINGS)[number]

export const FIELD_TYPES = ['text', 'number', 'date', 'choice', 'citizenId', 'address'] as const
/** The states as officers and citizens read them (one-stop-shop wording). */
export const STATE_LABELS: Record<DossierState, Labels> = {
  submitted: { vi: 'Mới đăng ký', en: 'Submitted' },
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  refused: { vi: 'Không được tiếp nhận', en: 'Refused' },
  processing: { vi: 'Đang xử lý', en: 'Processing' },
  supplement_requested: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested' },
  resolved: { vi: 'Đã xử lý xong', en: 'Resolved' },
  returned: { vi: 'Đã trả kết quả', en: 'Result returned' },
  withdrawn: { vi: 'Công dân đã rút hồ sơ', en: 'Withdrawn' },
}

export const TIMING_LABELS: Record<Timing, Labels> = {
  not_started: { vi: 'Chưa tính hạn', en: 'Not yet counted' },
  on_time: { vi: 'Trong hạn', en: 'On time' },
  due_soon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  paused: { vi: 'Tạm dừng (chờ bổ sung)', en: 'Paused (awaiting supplement)' },
  done_on_time: { vi: 'Xong đúng hạn', en: 'Done on time' },
  done_late: { vi: 'Xong quá hạn', en: 'Done late' },
}

export type FieldType = (typeof FIELD_TYPES)[number]

/** Shown (and required) only when another field holds a value. */
export type Condition = { field: string; equals: string }

export type FormField = {
  key: string
  type: FieldType
  label: string
  help?: string
  required: boolean
  showWhen?: Condition
  /** choice: the allowed values. */
  choices?: { value: string; label: string }[]
  /** number: bounds; text: maxLength. */
  min?: number
  max?: number
  maxLength?: number
}

export type FormDocument = {
  key: string
  label: string
  required: boolean
  /** A conditional document of the procedure: required exactly while the condition holds (`required` then says nothing). */
  requiredWhen?: Condition
  /** The document type offered again from earlier accepted dossiers (once-only), e.g. "birth-certificate". */
  reuseType?: string
  /** How many files it may have (pages as images): 1 to 5. */
  maxFiles: number
}

export type FormDefinition = {
  procedure: { code: string; name: string; agency: { code: string; name: string } }
  locale: Locale
  fields: FormField[]
  documents: FormDocument[]
  /** The weakest SSO assurance level (acr) that may submit: loa2, loa3 or loa4. */
  minimumAcr: 'loa2' | 'loa3' | 'loa4'
  /** Working days from reception to result (0 when the record gives no time in working days). */
  processingDays: number
  maxFileBytes: number
  accept: readonly ['application/pdf', 'image/jpeg', 'image/png']
}

export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const

/** An address since 1 July 2025: province and commune or ward, by their codes (QĐ 19/2025/QĐ-TTg). */
export type AddressValue = { province: string; commune: string; street?: string }
export type Place = { code: string; name: string; kind: string }

export type FieldValue = string | number | AddressValue

export type UploadedFile = { id: string; name: string; size: number; type: string; sha256: string; uploadedAt: string }

export type ReusableDocument = {
  reuseType: string
  file: UploadedFile
  /** The accepted dossier it was provided in. */
  dossier: string
  acceptedAt: string
}

/** The documents of a submission or supplement: uploaded (or reused) file ids per document key. */
export type DocumentFiles = { key: string; files: string[] }[]

export type Draft = {
  procedure: string
  fields: Record<string, FieldValue>
  documents: DocumentFiles
  /** The step the citizen was on (the island's own counter). */
  step: number
  updatedAt?: string
}

export type SubmitRequest = {
  procedure: string
  /** The language of the citizen's notifications and receipt. */
  locale: Locale
  fields: Record<string, FieldValue>
  documents: DocumentFiles
}

export type SubmitAnswer = {
  code: string
  /** Shown once; with the code it lets anyone see the status (the tracking page). */
  secret: string
  /** A compact JWS (ES256 or RS256) signed by the portal over ReceiptClaims. */
  receipt: string
  state: DossierState
  submittedAt: string
  /** The public page that verifies the receipt: what its QR code holds. */
  verifyUrl: string
}

export type ReceiptClaims = {
  iss: string
  /** The dossier code. */
  sub: string
  procedure: string
  /** The submitter's pairwise identifier for the portal (not their account id). */
  submitter: string
  files: { key: string; sha256: string }[]
  iat: number
}

export type ReceiptCheck =
  | { valid: true; claims: ReceiptClaims; state?: DossierState }
  | { valid: false; reason: 'signature' | 'issuer' | 'unknown_dossier' | 'mismatch' }

export type TimelineEntry = { state: DossierState; at: string }

export type PublicDossier = {
  code: string
  procedure: { code: string; name: string }
  agency: { code: string; name: string }
  state: DossierState
  submittedAt: string
  receivedAt?: string
  /** The result's due date (a working day), once the agency received the dossier. */
  dueDate?: string
  timing: Timing
  timeline: TimelineEntry[]
}

export type DossierSummary = Omit<PublicDossier, 'timeline'> & { updatedAt: string }

export type DossierEvent = {
  from: DossierState | null
  to: DossierState
  at: string
  by: 'citizen' | 'officer' | 'system'
  /** The officer's name, for an officer's step. */
  officer?: string
  note?: string
}

export type AccessEntry = { at: string; officer: string; agency: string; purpose: 'view' | 'file' | 'process' }

export type DossierFile = UploadedFile & { reused: boolean }

export type DossierDetail = PublicDossier & {
  fields: { key: string; label: string; value: string }[]
  documents: { key: string; label: string; files: DossierFile[] }[]
  events: DossierEvent[]
  /** Every read of the dossier by staff: who looked, when, for what. */
  accessLog: AccessEntry[]
  /** While a supplement is requested: what the officer asked for. */
  supplement?: { note: string; requestedAt: string }
  result?: { note?: string; files: DossierFile[] }
  /** What the citizen may do now. */
  actions: ('withdraw' | 'supplement')[]
  receipt: string
}

export type SupplementRequest = { documents: DocumentFiles; note?: string }

/** Fill a path's `{x}` parameters, each URI-encoded. */
export function dossierPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(values[name] ?? ''))
}
