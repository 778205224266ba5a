import type { SubmitAnswer } from '@dvc/cms/dossiers'
import { useEffect, useMemo, useState } from 'react'

import { translator } from '../search/translate.ts'
import { formatDateTime, type Locale } from './format.ts'
import type { QrDrawing } from './qr.ts'

type Props = {
  answer: SubmitAnswer
  procedure: string
  locale: Locale
  /** The receipt's labels in both languages: a citizen may show it abroad. */
  messages: Record<Locale, Record<string, string>>
  trackHref: string
}

/** The dossier's receipt: the page's language first, the other beside it, a QR code to verify it, printable. */
export function Receipt({ answer, procedure, locale, messages, trackHref }: Props) {
  const other: Locale = locale === 'vi' ? 'en' : 'vi'
  const ts = useMemo(
    () => ({ [locale]: translator(locale, messages[locale]), [other]: translator(other, messages[other]) }),
    [locale, other, messages],
  ) as Record<Locale, ReturnType<typeof translator>>
  const both = (key: string) => (
    <>
      <span lang={locale}>{ts[locale](key)}</span>
      {' / '}
      <span lang={other}>{ts[other](key)}</span>
    </>
  )
  // The encoder (4 KB gzipped) loads only once there is a receipt: the form's script stays small.
  const [qr, setQr] = useState<QrDrawing | null>(null)
  useEffect(() => {
    import('./qr.ts').then(({ qrOf }) => setQr(qrOf(answer.verifyUrl)))
  }, [answer.verifyUrl])
  const t = ts[locale]
  return (
    <section className="receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title" tabIndex={-1}>
        {both('receipt.title')}
      </h2>
      <dl className="facts receipt__facts">
        <div>
          <dt>{both('receipt.code')}</dt>
          <dd className="dossier-code">{answer.code}</dd>
        </div>
        <div>
          <dt>{both('receipt.secret')}</dt>
          <dd className="dossier-code">{answer.secret}</dd>
        </div>
        <div>
          <dt>{both('receipt.procedure')}</dt>
          <dd>{procedure}</dd>
        </div>
        <div>
          <dt>{both('receipt.submittedAt')}</dt>
          <dd>
            <time dateTime={answer.submittedAt}>{formatDateTime(answer.submittedAt, locale)}</time>
          </dd>
        </div>
      </dl>
      <p className="notice receipt__note">
        <span lang={locale}>{ts[locale]('receipt.secretNote')}</span>{' '}
        <span lang={other}>{ts[other]('receipt.secretNote')}</span>
      </p>
      <figure className="receipt__qr">
        {qr && (
          <svg
            viewBox={`0 0 ${qr.size} ${qr.size}`}
            role="img"
            aria-labelledby="receipt-qr"
            shapeRendering="crispEdges"
          >
            <title id="receipt-qr">{t('receipt.qr')}</title>
            <rect width={qr.size} height={qr.size} fill="#fff" />
            <path d={qr.path} fill="#000" />
          </svg>
        )}
        <figcaption>
          {both('receipt.verifyAt')}: <span className="receipt__url">{answer.verifyUrl}</span>
        </figcaption>
      </figure>
      <p className="no-print receipt__actions">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('receipt.print')}
        </button>{' '}
        <a className="button button--secondary" href={trackHref}>
          {t('receipt.track')}
        </a>
      </p>
    </section>
  )
}
