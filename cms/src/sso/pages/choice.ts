import type { MessageKey } from '../../i18n/messages.ts'
import { t } from '../../i18n/t.ts'
import type { Locale } from '../../vocabulary.ts'
import type { FieldErrors } from './form.ts'
import { html, type SafeHtml } from './html.ts'

/**
 * A select and a radio group beside form.ts's text field, the same way: a label (or a
 * legend), the error tied with aria-describedby and aria-invalid (WCAG 1.3.1, 3.3.1), no
 * script. Their styles: CHOICE_STYLE, which the page inlines; it also spaces the error
 * summary's links, which a long form stacks closer than WCAG 2.5.8's 24 px.
 */
export const CHOICE_STYLE = `
select{display:block;inline-size:100%;min-block-size:2.75rem;padding:.5rem;font:inherit;border:2px solid var(--line);border-radius:2px;background:#fff}
select:focus-visible{outline:3px solid var(--focus);outline-offset:2px;box-shadow:0 0 0 5px var(--ink)}
select[aria-invalid=true]{border-color:var(--error)}
fieldset{border:0;padding:0;margin-block:1rem 0;margin-inline:0}
legend{font-weight:600;padding:0}
.radio{display:flex;align-items:center;gap:.75rem;min-block-size:2.75rem}
.radio input{inline-size:1.5rem;block-size:1.5rem;min-block-size:0;margin:0;flex:none}
.radio label{margin:0;font-weight:400}
.kinds ul{list-style:none;padding:0;margin-block:1rem;display:flex;flex-wrap:wrap;gap:.5rem}
.kinds a{display:inline-flex;align-items:center;min-block-size:2.75rem;padding-inline:.75rem;border:2px solid var(--line);border-radius:2px}
.kinds a[aria-current=page]{border-color:var(--brand);font-weight:600;text-decoration:none}
.summary li{margin-block:.375rem}
.summary a{display:inline-block;min-block-size:1.5rem}`

export type SelectSpec = {
  name: string
  label: MessageKey
  options: readonly { value: string; label: string }[]
  /** The first, empty option's text: nothing is chosen until the person chooses. */
  placeholder: MessageKey
  autocomplete?: string
  value?: string
}

export function selectField(language: Locale, spec: SelectSpec, errors: FieldErrors): SafeHtml {
  const error = errors[spec.name]
  const errorId = `${spec.name}-error`
  return html`<label for="${spec.name}">${t(language, spec.label)}</label>
${error ? html`<p class="field-error" id="${errorId}">${t(language, error.key, error.values)}</p>` : ''}
<select id="${spec.name}" name="${spec.name}" required${spec.autocomplete ? html` autocomplete="${spec.autocomplete}"` : ''}${
    error ? html` aria-describedby="${errorId}" aria-invalid="true"` : ''
  }><option value="">${t(language, spec.placeholder)}</option>${spec.options.map(
    (option) =>
      html`<option value="${option.value}"${option.value === spec.value ? html` selected` : ''}>${option.label}</option>`,
  )}</select>`
}

export type RadioSpec = {
  name: string
  legend: MessageKey
  options: readonly { value: string; label: MessageKey }[]
  value?: string | null
}

/** Radios in a fieldset; the first is the target of the error summary's link. */
export function radioGroup(language: Locale, spec: RadioSpec, errors: FieldErrors): SafeHtml {
  const error = errors[spec.name]
  const errorId = `${spec.name}-error`
  return html`<fieldset${error ? html` aria-describedby="${errorId}"` : ''}><legend>${t(language, spec.legend)}</legend>
${error ? html`<p class="field-error" id="${errorId}">${t(language, error.key, error.values)}</p>` : ''}
${spec.options.map(
  (option, i) =>
    html`<div class="radio"><input type="radio" id="${i === 0 ? spec.name : `${spec.name}-${option.value}`}" name="${spec.name}" value="${option.value}"${
      option.value === spec.value ? html` checked` : ''
    }${error ? html` aria-invalid="true"` : ''}><label for="${i === 0 ? spec.name : `${spec.name}-${option.value}`}">${t(language, option.label)}</label></div>`,
)}</fieldset>`
}
