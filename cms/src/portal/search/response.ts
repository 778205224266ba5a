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

export const searchResponseSchema = z
  .object({
    hits: z.array(
      z.object({
        code: z.string().meta({ description: 'National procedure code.', example: '1.001193' }),
        name: z.string(),
        sector: z.string().nullable().meta({ description: "The sector's name." }),
        agency: z.string().nullable().meta({ description: "The implementing agency's name." }),
        level: z.array(z.enum(LEVELS)),
        serviceLevel: z.enum(SERVICE_LEVELS),
        url: z.string().meta({ description: "The procedure's page on the portal's site (a path)." }),
        translated: z.boolean().meta({ description: 'False when the English text falls back to Vietnamese.' }),
      }),
    ),
    facets: z
      .object({
        sector: facetValues,
        agency: facetValues,
        serviceLevel: facetValues,
        level: facetValues,
        lifeEvents: facetValues,
      })
      .meta({ description: "Counts per value; a chosen facet's counts ignore its own choice." }),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  })
  .meta({ id: 'SearchResponse' })

export type SearchResponse = z.infer<typeof searchResponseSchema>
export type FacetValue = z.infer<typeof facetValue>
