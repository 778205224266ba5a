/**
 * The portal's one error type (STYLE 8, 9). Each error has a stable machine code that a
 * client can branch on (`procedure.code_immutable` is not `upload.type_refused`, though
 * both are 400s), a status, a message from the catalogue in the request's language (the
 * code is its key), and data in fields, never packed into the message.
 *
 * It extends Payload's APIError, so an error thrown in a hook or validator keeps its status
 * through Payload's REST handler; hooks/error-shape.ts and the portal's handlers turn it into
 * the architecture's `{ error: { code, message, details? } }` with `body()`.
 */
import { APIError } from 'payload'

import type { MessageKey } from './i18n/messages.ts'
import { type Language, type MessageValues, t } from './i18n/t.ts'
import { DEFAULT_LOCALE } from './vocabulary.ts'

/** Every code and its status. A code is also its message's key in i18n/messages.ts. */
export const ERRORS = {
  'agency.outside_tree': 403,
  'agency.parent_cycle': 400,
  'agency.required': 400,
  'link.outside_tree': 403,
  'publish.reviewer_only': 403,
  'unpublish.reviewer_only': 403,
  'restore.reviewer_only': 403,
  'lock.not_own': 403,
  'publishing.retry.staff_only': 401,
  'publishing.retry.invalid': 400,
  'publishing.retry.not_found': 404,
  'publishing.preview.sign_in': 401,
  'publishing.preview.staff_only': 403,
  'publishing.preview.invalid': 400,
  'publishing.preview.not_found': 404,
  'publishing.preview.no_page': 422,
  'auth.throttled': 429,
  'procedure.code_immutable': 400,
  'upload.type_refused': 400,
  'video.source_required': 400,
  'search.query_too_long': 400,
  'search.locale_unknown': 400,
  'search.page_invalid': 400,
  'search.filter_invalid': 400,
  'search.rate_limited': 429,
  'search.unavailable': 503,
  'feedback.invalid': 400,
  'feedback.rate_limited': 429,
  'relying_party.high_assurance': 400,
  'relying_party.keys_required': 400,
  'dossier.sign_in': 401,
  'dossier.assurance': 403,
  'dossier.body_invalid': 400,
  'dossier.invalid': 400,
  'dossier.idempotency_key': 400,
  'dossier.idempotency_mismatch': 422,
  'dossier.form_unknown': 404,
  'dossier.not_found': 404,
  'dossier.secret_required': 400,
  'dossier.officer_only': 403,
  'dossier.transition_refused': 409,
  'dossier.note_required': 400,
  'dossier.result_required': 400,
  'dossier.file_missing': 400,
  'dossier.file_type': 415,
  'dossier.file_too_large': 413,
  'dossier.file_empty': 400,
  'dossier.draft_invalid': 400,
  'dossier.receipt_malformed': 400,
  'dossier.rate_limited': 429,
  internal: 500,
} as const satisfies Partial<Record<MessageKey, number>>

export type ErrorCode = keyof typeof ERRORS
export type ErrorDetails = Record<string, unknown>
export type ErrorBody = { error: { code: string; message: string; details?: ErrorDetails } }

export type PortalErrorOptions = {
  /** The language of the message (i18n/t.ts `languageOf(req)` in a hook); Vietnamese by default. */
  language?: Language
  /** Values the message names, e.g. `{ max: 200 }`. */
  values?: MessageValues
  /** Sent to the client as `details` when the error may be shown (below 500). */
  details?: ErrorDetails
  cause?: unknown
}

export class PortalError extends APIError<ErrorDetails | null> {
  override name = 'PortalError'
  readonly code: ErrorCode
  readonly language: Language
  readonly details: ErrorDetails | undefined

  constructor(code: ErrorCode, options: PortalErrorOptions = {}) {
    const status = ERRORS[code]
    const language = options.language ?? DEFAULT_LOCALE
    // A 5xx is never the client's to read: Payload shows its generic message, error-shape a request id.
    const exposed = status < 500
    super(t(language, code, options.values), status, exposed ? (options.details ?? null) : null, exposed)
    this.code = code
    this.language = language
    this.details = exposed ? options.details : undefined
    if (options.cause !== undefined) this.cause = options.cause
  }

  /** Whether its message and details may be shown: a 4xx is the caller's to fix, a 5xx ours. */
  get exposed(): boolean {
    return this.status < 500
  }

  /**
   * The architecture's error body. A 5xx keeps its code and its catalogue message (written
   * for a citizen, naming no cause) and carries only the request id the log has.
   */
  body(requestId?: string): ErrorBody {
    const details = this.exposed ? this.details : requestId ? { requestId } : undefined
    return { error: { code: this.code, message: this.message, ...(details ? { details } : {}) } }
  }
}
