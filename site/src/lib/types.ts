/**
 * Records as the portal's REST API returns them with `locale=all&depth=0`: every localized
 * field is an object keyed by locale (a missing translation is absent or null), every
 * relationship an id. Only the fields the site reads are typed.
 */
import type { AgencyKind, Channel, Level, ServiceLevel, Subject, TimeUnit } from '@dvc/cms/vocabulary'

import type { Locale } from '../i18n/index.ts'

export type { AgencyKind, Channel, Level, ServiceLevel, Subject, TimeUnit }

export type Localized<T = string> = Partial<Record<Locale, T | null>>

type Id = number

export type Agency = {
  id: Id
  code: string
  slug: string
  name: Localized
  kind: AgencyKind
  parent?: Id | null
  address?: Localized | null
  phone?: string | null
  email?: string | null
  website?: string | null
  /** Opening hours as published by the agency. */
  hours?: Localized | null
  /** A map link (OpenStreetMap or the agency's own) to the address. */
  mapUrl?: string | null
  updatedAt: string
}

export type Sector = { id: Id; code: string; slug: string; name: Localized; ministry: Id; updatedAt: string }

export type Procedure = {
  id: Id
  code: string
  name: Localized
  levels: Level[]
  serviceLevel: ServiceLevel
  type?: Localized | null
  sector: Id
  agency: Id
  agencyNote?: Localized | null
  subjects?: Subject[] | null
  steps?: { text: Localized }[] | null
  methods?:
    | {
        channel: Channel
        timeAmount?: number | null
        timeUnit?: TimeUnit | null
        timeNote?: Localized | null
        feeAmount?: number | null
        feeDescription?: Localized | null
      }[]
    | null
  documents?:
    | {
        name: Localized
        form?: Id | null
        originals?: number | null
        copies?: number | null
        required?: boolean | null
        condition?: Localized | null
      }[]
    | null
  result?: Localized | null
  requirements?: Localized | null
  legalBasis?: { number: string; date?: string | null; title?: Localized | null }[] | null
  keywords?: Localized<string[]> | null
  /** A deadline the law sets on the citizen (e.g. 60 days after the birth), shown as a warning. */
  deadline?: Localized | null
  /** The record's page on the national portal (or the official page it was taken from). */
  source?: { name?: string | null; url?: string | null } | null
  untranslated?: Locale[] | null
  updatedAt: string
}

export type LifeEvent = {
  id: Id
  slug: string
  name: Localized
  description?: Localized | null
  audience: 'citizen' | 'business'
  /** Kept by the CMS from the steps: every procedure of the event, in step order. */
  procedures?: Id[] | null
  steps?:
    | {
        title: Localized
        connector: 'and' | 'or'
        choice: 'all' | 'one'
        recommended?: boolean | null
        procedures: Id[]
        deadline?: Localized | null
        note?: Localized | null
      }[]
    | null
  untranslated?: Locale[] | null
  updatedAt: string
}

/** Lexical editor state, as Payload stores rich text. */
export type RichText = { root: { children: unknown[] } }

export type Faq = {
  id: Id
  slug: string
  question: Localized
  answer?: Localized<RichText> | null
  agency?: Id | null
  sector?: Id | null
  procedures?: Id[] | null
  untranslated?: Locale[] | null
  updatedAt: string
}

export type Form = {
  id: Id
  slug: string
  title: Localized
  code?: string | null
  legalBasis?: string | null
  agency?: Id | null
  procedures?: Id[] | null
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  updatedAt: string
}

export type Video = {
  id: Id
  title: Localized
  externalUrl?: string | null
  captions?: { language: Locale; vtt: string }[] | null
  transcript?: Localized | null
  duration?: number | null
  agency?: Id | null
  procedures?: Id[] | null
  filename?: string | null
  mimeType?: string | null
  width?: number | null
  height?: number | null
  updatedAt: string
}
