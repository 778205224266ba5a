/** The island's strings: i18next-style keys, `_one` / `_other` plurals and `{{name}}` values, without i18next. */
export type Translate = (key: string, values?: Record<string, string | number>) => string

export function translator(locale: string, messages: Record<string, string>): Translate {
  const plural = new Intl.PluralRules(locale)
  return (key, values = {}) => {
    const count = values.count
    const text =
      (typeof count === 'number'
        ? (messages[`${key}_${plural.select(count)}`] ?? messages[`${key}_other`])
        : undefined) ??
      messages[key] ??
      key
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''))
  }
}
