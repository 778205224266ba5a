import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guarded, methodNotAllowed } from '../../../../http/edge.ts'

export const POST = guarded(config, GRAPHQL_POST(config), 'graphql')
export const OPTIONS = REST_OPTIONS(config)
// Queries come by POST only; any other method gets a 405 in the error shape.
export const GET = methodNotAllowed(config)
export const PUT = methodNotAllowed(config)
export const PATCH = methodNotAllowed(config)
export const DELETE = methodNotAllowed(config)
