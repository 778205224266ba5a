import type { AccountKind } from './kinds.ts'

/**
 * The one key an account logs in with, unique over all accounts (the collection's
 * `loginId`, set by its hook from the identifiers):
 *
 * - citizen: the 12-digit personal identification number, as before kinds existed;
 * - foreigner: nationality and passport number, `KOR/M12345678` (passport numbers are
 *   unique only within the issuing state);
 * - business: the enterprise code and its representative's own key, `0100109106+001085012345`
 *   or `0100109106+KOR/M12345678` (an enterprise may have several legal representatives,
 *   Law on Enterprises 59/2020/QH14 art. 12, each with an account; a person's own account
 *   and the one they hold for a business are different accounts).
 *
 * The separators cannot occur inside the parts (digits, A-Z, '-'), so no two accounts share a key.
 */
export type AccountIdentifiers = {
  kind: AccountKind
  citizenId?: string | null
  passportNumber?: string | null
  nationality?: string | null
  enterpriseCode?: string | null
}

function personKey({ citizenId, passportNumber, nationality }: AccountIdentifiers): string | null {
  if (citizenId) return citizenId
  if (passportNumber && nationality) return `${nationality}/${passportNumber}`
  return null
}

/** The key, or null when an identifier the kind needs is missing. */
export function loginIdOf(account: AccountIdentifiers): string | null {
  if (account.kind === 'citizen') return account.citizenId || null
  if (account.kind === 'foreigner')
    return account.passportNumber && account.nationality ? personKey({ ...account, citizenId: null }) : null
  const person = personKey(account)
  return account.enterpriseCode && person ? `${account.enterpriseCode}+${person}` : null
}
