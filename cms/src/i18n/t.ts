import type { MessageKey } from './messages.ts'

type Translating = { t: unknown }

/** One of our own messages (i18n/messages.ts) in the request's language. */
export function message(req: Translating, key: MessageKey): string {
  return (req.t as (key: string) => string)(`custom:${key}`)
}
