import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { guarded } from '../../../../http/edge.ts'

// Every request passes the edge checks first: bad input gets a 4xx, never a 500.
export const GET = guarded(config, REST_GET(config), 'rest')
export const POST = guarded(config, REST_POST(config), 'rest')
export const DELETE = guarded(config, REST_DELETE(config), 'rest')
export const PATCH = guarded(config, REST_PATCH(config), 'rest')
export const PUT = guarded(config, REST_PUT(config), 'rest')
export const OPTIONS = REST_OPTIONS(config)
