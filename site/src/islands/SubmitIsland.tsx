/**
 * Online submission (issue 15) at /nop-ho-so?thu-tuc=… and /en/submit?procedure=…: after the
 * login, the procedure's form in three steps (information, documents, review), the draft saved
 * as the citizen goes, then `POST /api/portal/dossiers` under one Idempotency-Key per attempt
 * and the bilingual, printable receipt.
 */
import { DOSSIER_PATHS, type SubmitAnswer, type SubmitRequest } from '@dvc/cms/dossiers'
import { lazy, type SubmitEvent, Suspense, useEffect, useMemo, useRef, useState } from 'react'

import { writeQuery } from '../lib/dossier-query.ts'
import { routes } from '../lib/routes.ts'
import { type ApiContext, ApiError, api } from './dossier/api.ts'
import { documentRequired, holds, submittedFields } from './dossier/conditions.ts'
import { STEPS, toDraft } from './dossier/draft.ts'
import { ErrorAlert } from './dossier/ErrorAlert.tsx'
import { ErrorSummary } from './dossier/ErrorSummary.tsx'
import { FieldInput } from './dossier/FieldInput.tsx'
import { formatDateTime, type Locale } from './dossier/format.ts'
import { pageQuery, showQuery } from './dossier/page-query.ts'
import { documentProblems, fieldProblems, ordered, type Problems, serverProblems, stepOf } from './dossier/problems.ts'
import { forgetSubmission, forgetSubmissionKey, submissionKey } from './dossier/storage.ts'
import { useSubmission } from './dossier/use-submission.ts'
import { translator } from './search/translate.ts'

/**
 * The later steps and the receipt (with its QR code) load when the citizen reaches them: the
 * page's first script stays within the search page's budget (tests/e2e/site-budget.e2e.ts).
 */
const DocumentInput = lazy(() =>
  import('./dossier/DocumentInput.tsx').then((module) => ({ default: module.DocumentInput })),
)
const Review = lazy(() => import('./dossier/Review.tsx').then((module) => ({ default: module.Review })))
const Receipt = lazy(() => import('./dossier/Receipt.tsx').then((module) => ({ default: module.Receipt })))

export type SubmitIslandProps = ApiContext & {
  messages: Record<string, string>
  receiptMessages: Record<Locale, Record<string, string>>
}

export default function SubmitIsland({ messages, receiptMessages, ...context }: SubmitIslandProps) {
  const { locale } = context
  const t = useMemo(() => translator(locale, messages), [locale, messages])
  // Stable for the hooks' dependencies: the props object is new on every render.
  const api$ = useMemo<ApiContext>(
    () => ({ locale: context.locale, server: context.server, sso: context.sso }),
    [context.locale, context.server, context.sso],
  )
  const [procedure, setProcedure] = useState<string | null>(null)
  const { loaded, progress, setProgress, change, save, saved, error, remember } = useSubmission(api$, procedure ?? '')
  const [problems, setProblems] = useState<Problems>({})
  const [answer, setAnswer] = useState<SubmitAnswer | null>(null)
  const [sendError, setSendError] = useState<unknown>(null)
  const [sending, setSending] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)

  useEffect(() => {
    const query = pageQuery(locale)
    setProcedure(query.procedure)
    if (query.procedure) showQuery(locale, { procedure: query.procedure })
  }, [locale])

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus follows the step and the receipt
  useEffect(() => {
    if (moved.current) heading.current?.focus()
  }, [progress.step, answer])

  if (procedure === '')
    return (
      <p>
        {t('submit.noProcedure')} <a href={routes.search(locale)}>{t('submit.find')}</a>
      </p>
    )
  if (error)
    return (
      <>
        <ErrorAlert error={error} t={t} />
        {/* A procedure without an online form here: its page says where else to submit. */}
        {procedure && (
          <p>
            <a href={routes.procedure(procedure, locale)}>{t('submit.backToProcedure')}</a>
          </p>
        )}
      </>
    )
  if (!loaded)
    return (
      <p role="status" className="dossier-status">
        {procedure ? t('dossier.loading') : ''}
      </p>
    )
  const { form, reusable, known } = loaded
  const code = procedure ?? ''

  if (answer)
    return (
      <div className="dossier">
        <h2 ref={heading} tabIndex={-1}>
          {t('submit.done')}
        </h2>
        <Suspense fallback={<p role="status">{t('dossier.loading')}</p>}>
          <Receipt
            answer={answer}
            procedure={form.procedure.name}
            locale={locale}
            messages={receiptMessages}
            trackHref={`${routes.track(locale)}${writeQuery({ code: answer.code, secret: answer.secret }, locale)}`}
          />
        </Suspense>
        <p className="no-print">
          <a href={routes.myDossiers(locale, answer.code)}>{t('submit.another')}</a>
        </p>
      </div>
    )

  function goTo(step: number, found: Problems = {}) {
    moved.current = true
    setProblems(found)
    const next = { ...progress, step }
    setProgress(next)
    void save(next)
  }

  async function send() {
    setSending(true)
    setSendError(null)
    const request: SubmitRequest = {
      procedure: code,
      locale,
      fields: submittedFields(form, progress.fields),
      documents: toDraft(code, progress).documents,
    }
    try {
      const result = await api<SubmitAnswer>(api$, DOSSIER_PATHS.submit, {
        method: 'POST',
        body: request,
        auth: true,
        // The same key until a definite answer: a retry after a lost response is not a second dossier.
        headers: { 'idempotency-key': submissionKey(code) },
      })
      forgetSubmission(code)
      moved.current = true
      setAnswer(result)
    } catch (failure) {
      if (failure instanceof ApiError && failure.status >= 400 && failure.status < 500) forgetSubmissionKey(code)
      const found = failure instanceof ApiError && failure.status === 400 ? serverProblems(failure.details) : {}
      if (Object.keys(found).length > 0) goTo(stepOf(form, found), found)
      else setSendError(failure)
    } finally {
      setSending(false)
    }
  }

  function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault()
    if (progress.step === 0) {
      const found = fieldProblems(form, progress.fields, t)
      if (Object.keys(found).length > 0) setProblems(found)
      else goTo(1)
    } else if (progress.step === 1) {
      const found = documentProblems(form, progress.fields, progress.documents, t)
      if (Object.keys(found).length > 0) setProblems(found)
      else goTo(2)
    } else void send()
  }

  const step = STEPS[progress.step] ?? 'information'
  return (
    <div className="dossier">
      <p className="dossier-procedure">
        <strong>{form.procedure.name}</strong> · {form.procedure.agency.name}
      </p>
      <ol className="steps" aria-label={t('submit.steps')}>
        {STEPS.map((name, index) => (
          <li key={name} aria-current={index === progress.step ? 'step' : undefined}>
            {t(`submit.step.${name}`)}
          </li>
        ))}
      </ol>
      <ErrorSummary problems={ordered(form, problems)} t={t} />
      <form className="dossier-form" noValidate onSubmit={onSubmit} aria-busy={sending}>
        <h2 ref={heading} tabIndex={-1}>
          {t('submit.stepOf', { number: progress.step + 1, total: STEPS.length, name: t(`submit.step.${step}`) })}
        </h2>
        {step === 'information' &&
          form.fields.map((field) =>
            // Shown only while its condition holds (visibleFields); the key keeps React's state apart.
            holds(field.showWhen, form, progress.fields) ? (
              <FieldInput
                key={field.key}
                field={field}
                value={progress.fields[field.key]}
                error={problems[field.key]}
                onChange={(value) =>
                  change((current) => ({ ...current, fields: { ...current.fields, [field.key]: value } }))
                }
                context={api$}
                t={t}
              />
            ) : null,
          )}
        <Suspense fallback={<p role="status">{t('dossier.loading')}</p>}>
          {step === 'documents' &&
            form.documents.map((document) => (
              <DocumentInput
                key={document.key}
                document={document}
                required={documentRequired(document, form, progress.fields)}
                files={progress.documents[document.key] ?? []}
                reusable={reusable.find((entry) => document.reuseType && entry.reuseType === document.reuseType)}
                known={known}
                maxBytes={form.maxFileBytes}
                error={problems[document.key]}
                onChange={(files) =>
                  change((current) => ({ ...current, documents: { ...current.documents, [document.key]: files } }))
                }
                onUploaded={remember}
                context={api$}
                t={t}
              />
            ))}
          {step === 'review' && (
            <Review
              form={form}
              progress={progress}
              reusable={reusable}
              known={known}
              onChange={goTo}
              context={api$}
              t={t}
            />
          )}
        </Suspense>
        <ErrorAlert error={sendError} t={t} />
        <p className="dossier-actions">
          <button type="submit" className="button" disabled={sending}>
            {step === 'review' ? t(sending ? 'submit.sending' : 'submit.send') : t('submit.next')}
          </button>{' '}
          {progress.step > 0 && (
            <button type="button" className="button button--secondary" onClick={() => goTo(progress.step - 1)}>
              {t('submit.back')}
            </button>
          )}
        </p>
      </form>
      <p role="status" className="dossier-status">
        {saved === 'failed'
          ? t('submit.saveFailed')
          : saved
            ? t('submit.saved', { time: formatDateTime(saved.at, locale) })
            : ''}
      </p>
    </div>
  )
}
