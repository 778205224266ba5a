import type { PayloadRequest } from 'payload'

import { hasRole, type Role } from './roles.ts'

/**
 * Who may do what to the records an agency owns, declared once per collection (issue 12).
 * Access functions (access/policy-access.ts), the editorial hooks (hooks/editorial-workflow.ts,
 * hooks/guard-agency.ts) and the access tables in tests/int/access*.int.test.ts all read this.
 *
 * The roles listed act within their own agency tree only (access/agency-tree.ts); an
 * administrator may do everything everywhere, and is not listed. The acts:
 * - create, edit: write a record; in a collection with drafts an edit is saved as a draft
 *   while the live version stays live, and a saved draft is the submission for review;
 * - publish, unpublish: change what the public sees (drafts only);
 * - delete: remove a record (for a collection with drafts, that takes a live page down);
 * - restore: put an old version back on the live record (it publishes or unpublishes);
 * - link: attach the record to another agency's procedure, where citizens will see it.
 */
export const ACTS = ['create', 'edit', 'publish', 'unpublish', 'delete', 'restore', 'link'] as const
export type Act = (typeof ACTS)[number]

export type Policy = { drafts: boolean } & Record<Act, readonly Role[]>

const AUTHORS = ['editor', 'reviewer'] as const
const REVIEWERS = ['reviewer'] as const
const NONE = [] as const

/** Reviewed content: editors write drafts, reviewers decide what is live. */
const REVIEWED: Policy = {
  drafts: true,
  create: AUTHORS,
  edit: AUTHORS,
  publish: REVIEWERS,
  unpublish: REVIEWERS,
  delete: REVIEWERS,
  restore: REVIEWERS,
  link: NONE,
}

/**
 * An agency's own files (forms, videos, images): no drafts, so they may not be attached to
 * another agency's procedure (only an administrator links across agencies, issue 12 case 3).
 */
const FILES: Policy = { ...REVIEWED, drafts: false, publish: NONE, unpublish: NONE, delete: AUTHORS, restore: NONE }

export const EDITORIAL_POLICY = {
  procedures: REVIEWED,
  faqs: REVIEWED,
  // A life event lists the procedures of every agency a citizen meets on the way (birth:
  // justice, police, health): linking them is its purpose, and its reviewer signs it off.
  'life-events': { ...REVIEWED, link: AUTHORS },
  forms: FILES,
  videos: FILES,
  media: FILES,
} as const satisfies Record<string, Policy>

export type OwnedSlug = keyof typeof EDITORIAL_POLICY

export function isOwned(slug: string): slug is OwnedSlug {
  return slug in EDITORIAL_POLICY
}

/** May the signed-in staff member do `act` in `slug` (within their own agency tree)? */
export function may(req: PayloadRequest, slug: OwnedSlug, act: Act): boolean {
  return hasRole(req, 'admin', ...EDITORIAL_POLICY[slug][act])
}
