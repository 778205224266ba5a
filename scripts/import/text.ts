/** Text and lists as the portal exports them: HTML from its API, one item per line in CSV cells. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** Plain text of an HTML fragment (the portal's API sends steps and requirements as HTML). */
export function plainText(value: string): string {
  if (!/<[a-z/!][^>]*>/i.test(value)) return value.normalize('NFC').trim()
  return value
    .replace(/<(br|\/p|\/li|\/div|\/h\d)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
      return ENTITIES[name.toLowerCase()] ?? entity
    })
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
    .normalize('NFC')
}

/** A string or a number as text; anything else (a list, an object) is not one value. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value !== 'string') return undefined
  const text = plainText(value)
  return text === '' ? undefined : text
}

/**
 * Items of a list field: a JSON array as is; in a CSV cell, one item per line, or a JSON array
 * written into the cell. Lines are the separator because items hold commas ("Đăng ký, quản lý cư trú").
 */
export function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.filter((item) => item !== null && item !== undefined && item !== '')
  if (typeof value !== 'string') return value === undefined || value === null ? [] : [value]
  const trimmed = value.trim()
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed)
      if (Array.isArray(parsed)) return listOf(parsed)
    } catch {
      // Not JSON after all: a line that starts with "[" is text.
    }
  }
  return plainText(value)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/** The first of `keys` present in an object (the API's `{ name, description }`, our `ten`, ...). */
export function pick(item: unknown, keys: readonly string[]): unknown {
  if (!item || typeof item !== 'object') return undefined
  const record = item as Record<string, unknown>
  for (const key of keys)
    if (record[key] !== undefined && record[key] !== null && record[key] !== '') return record[key]
  return undefined
}

const STEP_MARK = /(?:^|\s)(?=bước\s*\d+\s*[:.–-])/giu
const STEP_PREFIX = /^bước\s*\d+\s*[:.–-]\s*/iu

/**
 * Steps, one per item. "Bước 1: ... Bước 2: ..." in one piece of text is cut at each "Bước N";
 * the marker itself is dropped because the site numbers the steps.
 */
export function stepsOf(value: unknown): string[] {
  const items = listOf(value).flatMap((item) => {
    if (typeof item === 'string') return [plainText(item)]
    const parts = [pick(item, ['name', 'ten', 'ten_buoc']), pick(item, ['description', 'mo_ta', 'noi_dung'])]
    const text = parts.map(textOf).filter((part) => part !== undefined)
    return text.length > 0 ? [text.join(': ')] : []
  })
  const first = items[0] ?? ''
  const cut = items.length === 1 && STEP_PREFIX.test(first) ? first.split(STEP_MARK) : items
  return cut.map((step) => step.trim().replace(STEP_PREFIX, '').trim()).filter((step) => step !== '')
}
