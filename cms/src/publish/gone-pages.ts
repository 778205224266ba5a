/**
 * The record of removed pages (targets/target.ts GONE): an unpublished or deleted record's
 * URL answers 410 Gone with a link to its sector (issue 11), not 404, so that people and
 * search engines learn it went for good. The renderer says which record pages an update took
 * away; a page published again leaves the record.
 */
import { GONE, type PublishTarget } from './targets/target.ts'

/** `thu-tuc/1.001193/index.html` -> `/thu-tuc/1.001193` (the page paths the site links). */
const pageOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '')}`.replace(/(.)\/$/, '$1')

export async function recordGone(target: PublishTarget, gone: Record<string, string>, written: string[]) {
  const body = await target.read(GONE)
  const previous = body ? (JSON.parse(new TextDecoder().decode(body)) as Record<string, string>) : {}
  const next = { ...previous, ...gone }
  for (const file of written) delete next[pageOf(file)]
  if (JSON.stringify(next) === JSON.stringify(previous)) return
  await target.put(GONE, new TextEncoder().encode(JSON.stringify(next)))
}
