/** @dvc/search: Meilisearch settings, document builders, indexer and queries for the portal. */
export type { SearchClientOptions } from './client.ts'
export { createSearchClient, searcherOf } from './client.ts'
export type { Facet } from './contract.ts'
export {
  CLOSEST_HITS,
  closestQuery,
  FACET_ATTRIBUTE,
  FACET_PARAM,
  FACETS,
  FAQ_HITS,
  FILTER_VALUE,
  fold,
  foldAll,
  HITS_PER_PAGE,
  MAX_FILTER_CHARS,
  MAX_PAGE,
  MAX_QUERY_CHARS,
  pageWindow,
} from './contract.ts'
export type {
  FaqDocument,
  FaqSource,
  Locale,
  LocalizedList,
  LocalizedText,
  ProcedureDocument,
  ProcedureSource,
  Ref,
} from './documents.ts'
export {
  DOCUMENT_SCHEMA_VERSION,
  faqDocument,
  faqDocumentId,
  faqDocuments,
  faqUrl,
  LOCALES,
  procedureDocument,
  procedureDocumentId,
  procedureDocuments,
  procedureUrl,
} from './documents.ts'
export { IndexTaskError, SearchError } from './errors.ts'
export type { IndexedDocument, RebuildProgress, RebuildResult } from './indexer.ts'
export { applySettings, ensureIndex, rebuildIndex, removeRecord, replaceRecord, replaceRecords } from './indexer.ts'
export type { BrowserSearchConfig } from './keys.ts'
export { browserSearchConfig, ensureSearchKey, searchKeyUid } from './keys.ts'
export type { IndexNames } from './names.ts'
export { indexNames } from './names.ts'
export type { ProcedureHit, ProcedureQuery, ProcedureResults } from './query.ts'
export {
  CODE_QUERY,
  FAQ_HIT_ATTRIBUTES,
  HIT_ATTRIBUTES,
  procedureFilter,
  procedureSearchParams,
  searchProcedures,
} from './query.ts'
export type { SearchAnswer, Searcher } from './searcher.ts'
export type { IndexKind } from './settings.ts'
export { diffSettings, FAQ_SETTINGS, PROCEDURE_SETTINGS, SETTINGS, SETTINGS_VERSION } from './settings.ts'
export { MAX_SYNONYM_KEY_WORDS, ONE_WAY_SYNONYMS, SYNONYM_GROUPS, synonymMap } from './synonyms.ts'
