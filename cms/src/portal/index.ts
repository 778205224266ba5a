/** Every /api/portal/* handler (ARCHITECTURE: the citizen-facing API); payload.config mounts them. */
import type { Endpoint } from 'payload'

import { dossierEndpoints } from './dossiers/index.ts'
import { feedbackEndpoint } from './feedback/endpoint.ts'
import { openApiEndpoint } from './openapi.ts'
import { searchEndpoint } from './search/endpoint.ts'

export const portalEndpoints: Endpoint[] = [searchEndpoint, feedbackEndpoint, openApiEndpoint, ...dossierEndpoints]
