/**
 * Who holds an account (issue 13: "citizens, businesses and foreigners log in"): a
 * Vietnamese citizen by the personal identification number, a foreigner by passport, a
 * business or organisation through its representative. Declared once: the collection,
 * the pages, the login identifiers and the `account_kind` claim read this list.
 */
export const ACCOUNT_KINDS = ['citizen', 'foreigner', 'business'] as const

export type AccountKind = (typeof ACCOUNT_KINDS)[number]

export function isAccountKind(value: unknown): value is AccountKind {
  return ACCOUNT_KINDS.includes(value as AccountKind)
}

/** The kind a form or query names; anything else is none (the page asks). */
export function accountKindOf(value: string | null | undefined): AccountKind | null {
  return isAccountKind(value) ? value : null
}
