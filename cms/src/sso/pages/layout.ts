import { t } from '../../i18n/t.ts'
import type { Locale } from '../../vocabulary.ts'
import { html, type SafeHtml } from './html.ts'

/**
 * The frame of every SSO page: no script (they work without JavaScript), one stylesheet
 * inline, a skip link, the page's language on <html>, a link to the other language.
 * Focus is always visible (WCAG 2.4.7, 2.4.11) and targets are 44 px (2.5.8).
 */
const STYLE = `
:root{--ink:#1b1b1b;--muted:#4a4a4a;--brand:#a4161a;--link:#0b4f8a;--error:#b00020;--line:#767676;--focus:#ffbf47}
*{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.5 system-ui,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:#f6f6f6}
header{background:var(--brand);color:#fff;padding-block:.75rem;padding-inline:1rem;display:flex;justify-content:space-between;align-items:center;gap:1rem}
header a{color:#fff}
main{max-inline-size:34rem;margin-block:2rem;margin-inline:auto;background:#fff;padding:1.5rem;border:1px solid #ddd}
h1{font-size:1.6rem;margin-block-start:0}
a{color:var(--link)}
label{display:block;font-weight:600;margin-block-start:1rem}
.hint{color:var(--muted);font-size:.95rem;margin:0}
input{display:block;inline-size:100%;min-block-size:2.75rem;padding:.5rem;font:inherit;border:2px solid var(--line);border-radius:2px}
button{min-block-size:2.75rem;min-inline-size:6rem;padding-inline:1.25rem;font:inherit;font-weight:600;border:2px solid var(--brand);background:var(--brand);color:#fff;border-radius:2px;cursor:pointer;margin-block-start:1.25rem;margin-inline-end:.75rem}
button.secondary{background:#fff;color:var(--brand)}
a:focus-visible,input:focus-visible,button:focus-visible{outline:3px solid var(--focus);outline-offset:2px;box-shadow:0 0 0 5px var(--ink)}
.field-error{color:var(--error);font-weight:600;margin:0}
input[aria-invalid=true]{border-color:var(--error)}
.summary{border:3px solid var(--error);padding:1rem;margin-block-end:1rem}
.summary h2{font-size:1.15rem;margin:0}
.notice{border-inline-start:5px solid var(--link);padding-inline-start:.75rem;color:var(--muted)}
.skip{position:absolute;inset-inline-start:-999px}
.skip:focus{inset-inline-start:1rem;background:#fff;color:var(--ink);padding:.5rem}
`

export type PageOptions = {
  language: Locale
  title: string
  body: SafeHtml
  /** The same page in the other language, when it exists. */
  otherLanguageHref?: string
}

export function page({ language, title, body, otherLanguageHref }: PageOptions): string {
  const other: Locale = language === 'vi' ? 'en' : 'vi'
  return `<!doctype html>${html`<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${title} — ${t(language, 'sso.site_name')}</title>
<style>${STYLE}</style></head>
<body><a class="skip" href="#main">${t(language, 'sso.skip_link')}</a>
<header><span>${t(language, 'sso.site_name')}</span>${
    otherLanguageHref
      ? html`<a href="${otherLanguageHref}" lang="${other}" hreflang="${other}">${t(language, 'sso.language_switch')}</a>`
      : ''
  }</header>
<main id="main">${body}</main></body></html>`}`
}
