/** The dossier endpoints of the portal API (issue 15; paths in dossiers/contract.ts), with their preflights. */
import type { Endpoint } from 'payload'

import { deleteDraftEndpoint, getDraftEndpoint, putDraftEndpoint } from './drafts.ts'
import { ownUploadEndpoint, reusableEndpoint, uploadEndpoint } from './files.ts'
import { preflights } from './handle.ts'
import { mineEndpoint, mineFileEndpoint, mineOneEndpoint, supplementEndpoint, withdrawEndpoint } from './mine.ts'
import { communesEndpoint, formEndpoint, provincesEndpoint, trackEndpoint, verifyEndpoint } from './public.ts'
import { submitEndpoint } from './submit.ts'

// `mine` before `:code`: the first endpoint whose path matches answers.
const endpoints: Endpoint[] = [
  mineEndpoint,
  mineOneEndpoint,
  mineFileEndpoint,
  supplementEndpoint,
  withdrawEndpoint,
  submitEndpoint,
  trackEndpoint,
  formEndpoint,
  provincesEndpoint,
  communesEndpoint,
  verifyEndpoint,
  uploadEndpoint,
  ownUploadEndpoint,
  reusableEndpoint,
  getDraftEndpoint,
  putDraftEndpoint,
  deleteDraftEndpoint,
]

export const dossierEndpoints: Endpoint[] = [...endpoints, ...preflights(endpoints)]
