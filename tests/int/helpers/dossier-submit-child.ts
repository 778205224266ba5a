/**
 * Submits dossiers in a loop through the portal's own handlers (uploads, then the submission),
 * printing each one done, until it is killed: the crash test's victim
 * (tests/int/dossier-crash.int.test.ts). Its database, secret and uploads folder come from the
 * environment; the citizen's access token from DOSSIER_TOKEN.
 */
import { randomUUID } from 'node:crypto'
import { handleEndpoints } from 'payload'

import { openPayload, payloadEnvFromProcess } from '../../../scripts/lib/payload.ts'
import { PDF } from '../../support/dossier-world.ts'

const payload = await openPayload(payloadEnvFromProcess())
const token = process.env.DOSSIER_TOKEN ?? ''
const procedure = process.env.DOSSIER_PROCEDURE ?? ''

async function call(method: string, path: string, body: BodyInit, type: string, headers: Record<string, string> = {}) {
  const response = await handleEndpoints({
    config: payload.config,
    request: new Request(`http://127.0.0.1:3100${path}`, {
      method,
      body,
      headers: { authorization: `Bearer ${token}`, 'content-type': type, ...headers },
    }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, string> }
}

process.stdout.write('ready\n')
for (let i = 0; ; i++) {
  const files: string[] = []
  for (const name of ['a.pdf', 'b.pdf']) {
    const upload = await call(
      'POST',
      `/api/portal/uploads?name=${name}`,
      new Blob([PDF(randomUUID()) as Uint8Array<ArrayBuffer>]),
      'application/pdf',
    )
    files.push(upload.body.id as string)
  }
  const answer = await call(
    'POST',
    '/api/portal/dossiers',
    JSON.stringify({
      procedure,
      locale: 'vi',
      fields: {
        childName: `Crash ${i} (synthetic)`,
        childBirthDate: '2026-11-20',
        relation: 'parent',
        parentId: '001085012345',
        birthPlace: { province: '01', commune: '00004' },
      },
      documents: [
        { key: 'birthNotification', files: [files[0] as string] },
        { key: 'other', files: [files[1] as string] },
      ],
    }),
    'application/json',
    { 'idempotency-key': randomUUID() },
  )
  process.stdout.write(`submitted ${i} ${answer.status}\n`)
}
