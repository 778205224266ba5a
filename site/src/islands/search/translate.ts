/**
 * The island's strings: i18next-style keys, `_one` / `_other` plurals and `{{name}}` values
 * (`{{name, number}}` in the locale's digits: "1.606" in Vietnamese), without i18next.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string

export function translator(locale: string, messages: Record<string, string>): Translate {
  const plural = new Intl.PluralRules(locale)
  const numbers = new Intl.NumberFormat(locale)
  return (key, values = {}) => {
    const count = values.count
    const text =
      (typeof count === 'number'
        ? (messages[`${key}_${plural.select(count)}`] ?? messages[`${key}_other`])
        : undefined) ??
      messages[key] ??
      key
    return text.replace(/\{\{(\w+)(, number)?\}\}/g, (_, name: string, number?: string) => {
      const value = values[name]
      return number && typeof value === 'number' ? numbers.format(value) : String(value ?? '')
    })
  }
}
