import type { FieldValue, FormField } from '@dvc/cms/dossiers'

import type { Translate } from '../search/translate.ts'
import { AddressInput } from './AddressInput.tsx'
import type { ApiContext } from './api.ts'
import { isAddress } from './conditions.ts'
import { describedBy, FieldError, fieldId } from './ErrorSummary.tsx'

type Props = {
  field: FormField
  value: FieldValue | undefined
  error: string | undefined
  onChange: (value: FieldValue) => void
  context: ApiContext
  t: Translate
}

/** Up to this many choices show as radio buttons (all visible at once); more as a select. */
const RADIO_LIMIT = 5

/** One typed field of the online form, its label, hint and error wired for assistive technology. */
export function FieldInput({ field, value, error, onChange, context, t }: Props) {
  const id = fieldId(field.key)
  const hint = field.help ?? (field.type === 'citizenId' ? t('submit.citizenIdHint') : undefined)
  const label = (
    <>
      {field.label}
      {!field.required && <span className="field__optional"> {t('submit.optional')}</span>}
    </>
  )
  const hintText = hint ? (
    <p className="field__hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null
  const describe = describedBy(field.key, Boolean(hint), Boolean(error))
  const text = value === undefined || isAddress(value) ? '' : String(value)
  const className = error ? 'field field--error' : 'field'

  if (field.type === 'address')
    return (
      <fieldset className={className} aria-describedby={describe}>
        <legend>{label}</legend>
        {hintText}
        <FieldError id={field.key} message={error} />
        <AddressInput
          id={id}
          value={isAddress(value) ? value : undefined}
          onChange={onChange}
          context={context}
          t={t}
        />
      </fieldset>
    )

  if (field.type === 'choice' && (field.choices?.length ?? 0) <= RADIO_LIMIT)
    return (
      <fieldset className={className} aria-describedby={describe}>
        <legend>{label}</legend>
        {hintText}
        <FieldError id={field.key} message={error} />
        <div className="radios">
          {field.choices?.map((choice, index) => (
            <div className="radios__item" key={choice.value}>
              <input
                type="radio"
                id={index === 0 ? id : `${id}-${index}`}
                name={field.key}
                value={choice.value}
                checked={text === choice.value}
                required={field.required}
                onChange={() => onChange(choice.value)}
              />
              <label htmlFor={index === 0 ? id : `${id}-${index}`}>{choice.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    )

  const common = {
    id,
    name: field.key,
    required: field.required,
    'aria-describedby': describe,
    'aria-invalid': error ? true : undefined,
  }
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {hintText}
      <FieldError id={field.key} message={error} />
      {field.type === 'choice' ? (
        <select {...common} value={text} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('submit.choose')}</option>
          {field.choices?.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={field.type === 'date' ? 'date' : 'text'}
          value={text}
          onChange={(event) => onChange(event.target.value)}
          {...(field.type === 'citizenId'
            ? {
                inputMode: 'numeric' as const,
                pattern: '[0-9]{12}',
                maxLength: 12,
                autoComplete: 'off',
                spellCheck: false,
              }
            : {})}
          {...(field.type === 'number' ? { inputMode: 'decimal' as const, spellCheck: false } : {})}
          {...(field.type === 'text' && field.maxLength ? { maxLength: field.maxLength } : {})}
        />
      )}
    </div>
  )
}
