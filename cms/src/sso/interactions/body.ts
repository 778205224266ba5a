import type { IncomingMessage } from 'node:http'

/** Our forms are a few short fields; anything longer is not one of them. */
export const FORM_LIMIT_BYTES = 16 * 1024

export class FormTooLarge extends Error {
  override name = 'FormTooLarge'
}

/** An urlencoded form body (no parser sits in front of the provider: it reads its own). */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > FORM_LIMIT_BYTES) throw new FormTooLarge()
    chunks.push(chunk as Buffer)
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
}
