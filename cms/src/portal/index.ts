/** Every /api/portal/* handler (ARCHITECTURE: the citizen-facing API); payload.config mounts them. */
import type { Endpoint } from 'payload'

import { openApiEndpoint } from './openapi.ts'
import { searchEndpoint } from './search/endpoint.ts'

export const portalEndpoints: Endpoint[] = [searchEndpoint, openApiEndpoint]
