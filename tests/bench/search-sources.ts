/**
 * Search sources straight from the seed files (content/), without a database: for the
 * bench and the indexer's tests. The CMS path (cms/src/search/sources.ts) builds the
 * same shapes from Payload. Synthetic records for load tests say so in their data and name.
 */

import { CURRENT_LEVELS, SERVICE_LEVELS } from '@dvc/cms/vocabulary'
import { type Content, levelsOf, lifeEventCodes, loadContent, type NationalProcedure } from '../../content/schema.ts'
import type { ProcedureSource, Ref } from '../../search/src/documents.ts'

/** The seed's content, or the same with the national catalogue's records (their text may be partial). */
type SourceContent = Omit<Content, 'procedures'> & { procedures: readonly NationalProcedure[] }

export function contentProcedureSources(content: SourceContent = loadContent()): ProcedureSource[] {
  const agencies = new Map(content.agencies.map((agency) => [agency.code, agency]))
  const sectors = new Map(content.sectors.map((sector) => [sector.code, sector]))
  const ancestors = (code: string): string[] => {
    const chain: string[] = []
    for (let parent = agencies.get(code)?.parent; parent; parent = agencies.get(parent)?.parent) {
      const agency = agencies.get(parent)
      if (agency) chain.push(agency.slug)
    }
    return chain
  }
  return content.procedures.map((procedure, index): ProcedureSource => {
    const sector = sectors.get(procedure.sector)
    const agency = agencies.get(procedure.agency)
    const lifeEvents: Ref[] = content.lifeEvents
      .filter((event) => lifeEventCodes(event).includes(procedure.code))
      .map((event) => ({ slug: event.slug, name: event.name }))
    return {
      recordId: index + 1,
      code: procedure.code,
      name: procedure.name,
      keywords: procedure.keywords,
      result: procedure.result,
      requirements: procedure.requirements ?? {},
      steps: procedure.steps,
      documents: procedure.documents.map((document) => document.name),
      level: levelsOf(procedure),
      serviceLevel: procedure.serviceLevel,
      subjects: procedure.subjects,
      sector: sector ? { slug: sector.slug, name: sector.name } : null,
      agency: agency ? { slug: agency.slug, name: agency.name, ancestors: ancestors(agency.code) } : null,
      lifeEvents,
      untranslated: procedure.name.en ? [] : ['en'],
    }
  })
}

/** Clearly labelled in every language and in the data (`synthetic: true`), never mistaken for a real procedure. */
export const SYNTHETIC_PREFIX = { vi: '[Dữ liệu giả lập]', en: '[Synthetic data]' } as const

/** A small deterministic generator (mulberry32): the same count gives the same documents. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * `count` synthetic procedures modelled on the real ones (their text, sectors, agencies and
 * life events, shuffled), with codes `9.NNNNNN`: the national database has no group 9, so
 * they can never collide with a real code.
 */
export function syntheticProcedureSources(count: number, real: ProcedureSource[]): ProcedureSource[] {
  const next = random(count)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const levels = CURRENT_LEVELS
  const serviceLevels = SERVICE_LEVELS
  return Array.from({ length: count }, (_, index): ProcedureSource => {
    const model = pick(real)
    const number = String(index + 1).padStart(6, '0')
    return {
      ...model,
      recordId: `synthetic-${index + 1}`,
      code: `9.${number}`,
      name: {
        vi: `${SYNTHETIC_PREFIX.vi} ${model.name.vi} (${number})`,
        en: `${SYNTHETIC_PREFIX.en} ${model.name.en ?? model.name.vi} (${number})`,
      },
      level: [pick(levels)],
      serviceLevel: pick(serviceLevels),
      sector: pick(real).sector,
      agency: pick(real).agency,
      lifeEvents: next() < 0.3 ? pick(real).lifeEvents : [],
      synthetic: true,
    }
  })
}
