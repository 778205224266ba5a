/**
 * POST /api/portal/dossiers: a citizen submits a dossier (contract `SubmitRequest`), with their
 * SSO access token and an Idempotency-Key. 201 SubmitAnswer; 200 the same answer for a retry
 * with the same key; 400 dossier.invalid with `details.fields` and `details.documents` (each
 * problem worded in the request's language), 401, 403 (assurance level), 404 (no online form),
 * 422 (the key reused for another request).
 */
import { z } from 'zod'
import { loadForm } from '../../dossiers/form.ts'
import { PROCEDURE_CODE } from '../../dossiers/identifiers.ts'
import { attachableFiles, earlierAnswer, requestHashOf, submitDossier } from '../../dossiers/submit.ts'
import { checkSubmission, hasProblems } from '../../dossiers/validate.ts'
import { PortalError } from '../../errors.ts'
import { t } from '../../i18n/t.ts'
import { LOCALES } from '../../vocabulary.ts'
import { answer, endpoint, jsonBody, requireLevel, signedIn } from './handle.ts'

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/

const address = z.strictObject({
  province: z.string().max(10),
  commune: z.string().max(10),
  street: z.string().max(200).optional(),
})
const value = z.union([z.string().max(4000), z.number(), address])

export const submitBody = z.strictObject({
  procedure: z.string().regex(PROCEDURE_CODE),
  locale: z.enum(LOCALES),
  fields: z.record(z.string().max(40), value),
  documents: z
    .array(z.strictObject({ key: z.string().min(1).max(40), files: z.array(z.string().regex(/^\d{1,10}$/)).max(5) }))
    .max(30),
})

export const submitEndpoint = endpoint('post', '/portal/dossiers', async (context) => {
  const { req, language } = context
  const who = await signedIn(context)
  const key = req.headers.get('idempotency-key') ?? ''
  if (!IDEMPOTENCY_KEY.test(key)) throw new PortalError('dossier.idempotency_key', { language })
  const raw = await jsonBody(context)
  const parsed = submitBody.safeParse(raw)
  if (!parsed.success) {
    throw new PortalError('dossier.invalid', {
      language,
      details: { parameters: [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || 'body'))] },
    })
  }
  const requestHash = requestHashOf(parsed.data)
  const replay = await earlierAnswer(req.payload, {
    citizen: who.citizen,
    idempotencyKey: key,
    requestHash,
    locale: language,
  })
  if (replay) return answer(replay, 200)
  const form = await loadForm(req.payload, parsed.data.procedure, parsed.data.locale)
  if (!form) throw new PortalError('dossier.form_unknown', { language })
  requireLevel(who.token, form.minimumAcr, language)
  const owned = await attachableFiles(req.payload, who.citizen.id)
  const checked = checkSubmission(form, parsed.data, new Set(owned.keys()))
  if (hasProblems(checked.problems)) {
    // A twin of this request (same key) that committed meanwhile attached the files: its answer is ours.
    const twin = await earlierAnswer(req.payload, {
      citizen: who.citizen,
      idempotencyKey: key,
      requestHash,
      locale: language,
    })
    if (twin) return answer(twin, 200)
    const word = (
      problems: Record<string, { key: Parameters<typeof t>[1]; values?: Record<string, string | number> }>,
    ) =>
      Object.fromEntries(
        Object.entries(problems).map(([field, problem]) => [field, t(language, problem.key, problem.values)]),
      )
    throw new PortalError('dossier.invalid', {
      language,
      details: { fields: word(checked.problems.fields), documents: word(checked.problems.documents) },
    })
  }
  const result = await submitDossier(req.payload, {
    citizen: who.citizen,
    form,
    locale: parsed.data.locale,
    fields: checked.fields,
    documents: checked.documents,
    idempotencyKey: key,
    files: owned,
    requestHash,
  })
  return answer(result.answer, result.kind === 'created' ? 201 : 200)
})
