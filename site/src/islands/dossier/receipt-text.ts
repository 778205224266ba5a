/**
 * A receipt as the citizen gives it: the URL fragment (`#eyJ…`), a whole verify URL pasted,
 * or the bare compact JWS with stray spaces or line breaks from a printout. Answers the JWS,
 * or '' when there is none (three base64url parts).
 */
const JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/

export function receiptFrom(text: string): string {
  const fragment = text.includes('#') ? text.slice(text.indexOf('#') + 1) : text
  let compact = fragment.replace(/\s+/g, '')
  try {
    compact = decodeURIComponent(compact)
  } catch {
    // Not percent-encoded: as it is.
  }
  return JWS.test(compact) ? compact : ''
}
