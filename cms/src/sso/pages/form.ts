import type { MessageKey } from '../../i18n/messages.ts'
import { t } from '../../i18n/t.ts'
import type { Locale } from '../../vocabulary.ts'
import { html, type SafeHtml } from './html.ts'

/** A field's problem: its message key and values, shown beside it and in the summary. */
export type FieldErrors = Record<string, { key: MessageKey; values?: Record<string, string | number> }>

export type FieldSpec = {
  name: string
  label: MessageKey
  type?: 'text' | 'password' | 'email' | 'tel'
  autocomplete: string
  inputmode?: 'numeric'
  hint?: { key: MessageKey; values?: Record<string, string | number> }
  value?: string
}

/** A labelled input; its hint and error are tied to it with aria-describedby (WCAG 1.3.1, 3.3.1). */
export function field(language: Locale, spec: FieldSpec, errors: FieldErrors): SafeHtml {
  const error = errors[spec.name]
  const hintId = spec.hint ? `${spec.name}-hint` : ''
  const errorId = error ? `${spec.name}-error` : ''
  const describedBy = [hintId, errorId].filter(Boolean).join(' ')
  return html`<label for="${spec.name}">${t(language, spec.label)}</label>
${spec.hint ? html`<p class="hint" id="${hintId}">${t(language, spec.hint.key, spec.hint.values)}</p>` : ''}
${error ? html`<p class="field-error" id="${errorId}">${t(language, error.key, error.values)}</p>` : ''}
<input id="${spec.name}" name="${spec.name}" type="${spec.type ?? 'text'}" autocomplete="${spec.autocomplete}" required${
    spec.inputmode ? html` inputmode="${spec.inputmode}"` : ''
  }${describedBy ? html` aria-describedby="${describedBy}"` : ''}${error ? html` aria-invalid="true"` : ''}${
    spec.type === 'password' ? '' : html` value="${spec.value ?? ''}"`
  }>`
}

/** The list of problems at the top of a form, each linking to its field (GOV.UK's error summary). */
export function errorSummary(language: Locale, errors: FieldErrors, formError?: SafeHtml | string): SafeHtml {
  const entries = Object.entries(errors)
  if (entries.length === 0 && !formError) return html``
  return html`<div class="summary" role="alert" tabindex="-1"><h2>${t(language, 'sso.errors.summary')}</h2><ul>${
    formError ? html`<li>${formError}</li>` : ''
  }${entries.map(([name, error]) => html`<li><a href="#${name}">${t(language, error.key, error.values)}</a></li>`)}</ul></div>`
}
