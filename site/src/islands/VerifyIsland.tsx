/**
 * Receipt verification (issue 15) at /xac-minh-bien-nhan and /en/verify-receipt. The receipt
 * (a compact JWS) comes in the URL fragment, which browsers never send to a server, so it is
 * in no access log; or it is pasted. The portal checks it and answers its claims.
 */
import { DOSSIER_PATHS, type ReceiptCheck } from '@dvc/cms/dossiers'
import { type SubmitEvent, useEffect, useId, useMemo, useRef, useState } from 'react'

import { type ApiContext, api } from './dossier/api.ts'
import { ErrorAlert } from './dossier/ErrorAlert.tsx'
import { formatDateTime } from './dossier/format.ts'
import { stateKey } from './dossier/labels.ts'
import { receiptFrom } from './dossier/receipt-text.ts'
import { translator } from './search/translate.ts'

export type VerifyIslandProps = ApiContext & { messages: Record<string, string> }

export default function VerifyIsland({ messages, ...context }: VerifyIslandProps) {
  const { locale } = context
  const t = useMemo(() => translator(locale, messages), [locale, messages])
  const id = useId()
  const [receipt, setReceipt] = useState('')
  const [check, setCheck] = useState<ReceiptCheck | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const result = useRef<HTMLDivElement>(null)

  async function verify(text: string) {
    setBusy(true)
    setError(null)
    setCheck(null)
    try {
      setCheck(await api<ReceiptCheck>(context, DOSSIER_PATHS.verify, { method: 'POST', body: { receipt: text } }))
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(false)
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on load
  useEffect(() => {
    const text = receiptFrom(location.hash)
    if (!text) return
    setReceipt(text)
    void verify(text)
  }, [])

  useEffect(() => {
    if (check) result.current?.focus()
  }, [check])

  function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault()
    const text = receiptFrom(receipt)
    if (text) void verify(text)
  }

  return (
    <div className="dossier">
      <form className="dossier-form" onSubmit={onSubmit} aria-busy={busy}>
        <div className="field">
          <label htmlFor={`${id}-receipt`}>{t('verify.receipt')}</label>
          <textarea
            id={`${id}-receipt`}
            rows={5}
            required
            spellCheck={false}
            className="receipt-text"
            value={receipt}
            onChange={(event) => setReceipt(event.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t('verify.check')}
        </button>
      </form>
      <p role="status" className="dossier-status">
        {busy ? t('verify.checking') : ''}
      </p>
      <ErrorAlert error={error} t={t} />
      {check && (
        <div ref={result} tabIndex={-1} className={check.valid ? 'verdict verdict--valid' : 'verdict verdict--invalid'}>
          <h2>{t(check.valid ? 'verify.valid' : 'verify.invalid')}</h2>
          {!check.valid && <p>{t(`verify.reason.${check.reason}`)}</p>}
          {check.valid && (
            <dl className="facts">
              <div>
                <dt>{t('dossier.code')}</dt>
                <dd className="dossier-code">{check.claims.sub}</dd>
              </div>
              <div>
                <dt>{t('dossier.procedure')}</dt>
                <dd>{check.claims.procedure}</dd>
              </div>
              <div>
                <dt>{t('verify.claims.issuedAt')}</dt>
                <dd>{formatDateTime(new Date(check.claims.iat * 1000).toISOString(), locale)}</dd>
              </div>
              <div>
                <dt>{t('verify.claims.issuer')}</dt>
                <dd>{check.claims.iss}</dd>
              </div>
              {check.state && (
                <div>
                  <dt>{t('dossier.state')}</dt>
                  <dd>{t(stateKey(check.state))}</dd>
                </div>
              )}
              <div>
                <dt>{t('verify.claims.files')}</dt>
                <dd>
                  <ul className="hashes">
                    {check.claims.files.map((file) => (
                      <li key={`${file.key}-${file.sha256}`}>
                        {file.key}: <code>{file.sha256}</code>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            </dl>
          )}
        </div>
      )}
    </div>
  )
}
