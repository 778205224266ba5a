/**
 * The body of a 200 from GET /api/portal/search, as a schema: the handler's type comes from
 * it and the OpenAPI document (portal/openapi.ts) describes it, so the two cannot drift.
 */
import { z } from 'zod'

import { LEVELS, SERVICE_LEVELS } from '../../vocabulary.ts'

const facetValue = z
  .object({
    value: z.string().meta({ description: 'What to pass back as the filter parameter (a slug or a fixed value).' }),
    label: z.string().meta({ description: "The value's name in the answer's language." }),
    count: z.number().int().min(0).meta({ description: 'Matching procedures with this value.' }),
  })
  .meta({ id: 'FacetValue' })

const facetValues = z.array(facetValue)

const procedureHit = z
  .object({
    code: z.string().meta({ description: 'National procedure code.', example: '1.001193' }),
    name: z.string(),
    sector: z.string().nullable().meta({ description: "The sector's name." }),
    agency: z.string().nullable().meta({ description: "The implementing agency's name." }),
    level: z.array(z.enum(LEVELS)),
    serviceLevel: z.enum(SERVICE_LEVELS),
    url: z.string().meta({ description: "The procedure's page on the portal's site (a path)." }),
    translated: z.boolean().meta({ description: 'False when the English text falls back to Vietnamese.' }),
  })
  .meta({ id: 'ProcedureHit' })

const faqHit = z
  .object({
    slug: z.string(),
    question: z.string(),
    url: z.string().meta({ description: "The FAQ's own page on the portal's site: /hoi-dap/{slug}, /en/faq/{slug}." }),
    translated: z.boolean().meta({ description: 'False when the English text falls back to Vietnamese.' }),
  })
  .meta({ id: 'FaqHit' })

export const searchResponseSchema = z
  .object({
    hits: z.array(procedureHit).meta({
      description: 'Procedures that match every word of `q` (typos, unaccented spellings and synonyms count).',
    }),
    closest: z.array(procedureHit).meta({
      description:
        'Empty unless `hits` is: then the closest procedures (the query without generic words such as ' +
        '"đăng ký", "cấp", "thủ tục"), to show apart as "no exact match, closest:". Empty too when none is close: ' +
        'no such procedure.',
    }),
    faqs: z.array(faqHit).meta({ description: 'Up to 5 FAQs that match every word of `q` (page 1 only).' }),
    facets: z
      .object({
        sector: facetValues,
        agency: facetValues,
        serviceLevel: facetValues,
        level: facetValues,
        lifeEvents: facetValues,
      })
      .meta({
        description:
          "Counts per value; a chosen facet's counts ignore its own choice. An agency's count includes the units below it, as its filter does.",
      }),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  })
  .meta({ id: 'SearchResponse' })

export type SearchResponse = z.infer<typeof searchResponseSchema>
export type FacetValue = z.infer<typeof facetValue>
