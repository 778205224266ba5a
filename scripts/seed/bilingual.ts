/**
 * Seeds and synthetic records are written twice: the Vietnamese text creates the record,
 * the English text updates it. Both are typed against Payload's generated types
 * (cms/src/payload-types.ts, STYLE 15): a misspelt field or an unknown level is a compile
 * error, not a record Payload silently drops a field of.
 */
import type {
  CollectionSlug,
  DataFromCollectionSlug,
  Payload,
  PayloadRequest,
  RequestContext,
  RequiredDataFromCollectionSlug,
} from 'payload'

import type { Localized } from '../../content/schema.ts'

/** A new record, in Vietnamese: every required field present. */
export type SeedData<S extends CollectionSlug> = RequiredDataFromCollectionSlug<S>
/** Its English text: any field may be missing (no translation yet); rows reuse the Vietnamese rows' ids. */
export type Translation<S extends CollectionSlug> = DeepPartial<RequiredDataFromCollectionSlug<S>>

/**
 * Payload's update takes a DeepPartial it does not export; reading it off `payload.update`
 * grew too complex for TypeScript (TS2590) once the portal had a dozen collections.
 */
type DeepPartial<T> = T extends (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
    : T

/**
 * One language of the content files: Vietnamese text is always there (the create's required
 * fields get a string), English may be missing (the update leaves the field untranslated).
 */
export type Language<T extends string | undefined> = { locale: 'vi' | 'en'; text: (value: Localized) => T }
export const VI: Language<string> = { locale: 'vi', text: (value) => value.vi }
export const EN: Language<string | undefined> = { locale: 'en', text: (value) => value.en }

/** Row ids of the Vietnamese save, so the English save fills the same rows. */
export const rowId = (rows: { id?: string | null }[] | null | undefined, index: number) =>
  rows?.[index]?.id ?? undefined

export type WriteOptions = { context: RequestContext; req?: PayloadRequest; depth?: number }

/** Create a record in Vietnamese, then fill its English text from what the first save returned. */
export async function createBilingual<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  vi: SeedData<S>,
  en: (saved: DataFromCollectionSlug<S>) => Translation<S>,
  options: WriteOptions,
): Promise<DataFromCollectionSlug<S>> {
  const created = await payload.create({ collection, data: vi, locale: 'vi', ...options })
  const id = (created as { id: number | string }).id
  await payload.update({
    collection,
    id,
    data: en(created as DataFromCollectionSlug<S>) as never,
    locale: 'en',
    ...options,
  })
  return created as DataFromCollectionSlug<S>
}
