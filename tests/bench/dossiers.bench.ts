/**
 * Dossier figures (issue 15), for `npm run bench -- --only dossiers`: submissions per second,
 * each with two 1 MB files (two uploads and the submission), tracking lookups per second
 * (target >= 1,000/s on 2 cores), and the portal server's peak memory during a burst of 100
 * submissions at once. Against the portal server as it runs in production (one process; this
 * client shares the 2 cores), with a synthetic citizen signed in through the real SSO.
 */

import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import type { Payload } from 'payload'

import { inTransaction } from '../../cms/src/lib/transaction.ts'
import { loadDossierContent } from '../../content/schema.ts'
import { percentile } from '../../scripts/lib/stats.ts'
import type { SeedRefs } from '../../scripts/seed/context.ts'
import { seedDossierContent } from '../../scripts/seed/dossiers.ts'
import { FormBrowser } from '../support/sso-browser.ts'
import { prepareSsoBench, type SsoFixture } from './sso.bench.ts'

export const DOSSIER_TARGETS = Object.freeze({ lookupsPerSecond: 1000 })

const CALLBACK = 'http://127.0.0.1:9/bench/callback'
const PASSWORD = 'mật khẩu đo hiệu năng'
const PROCEDURE = '1.001193'
const FILE_BYTES = 1024 * 1024
const SUBMIT_WORKERS = 8
const SUBMIT_SECONDS = 15
const LOOKUP_WORKERS = 32
const LOOKUP_SECONDS = 8
const BURST = 100

export type DossierRow = {
  what: string
  count: number
  seconds: number
  p50: number
  p95: number
  peakMb?: number
  target: string
}

/** The citizen (SSO bench's fixture) and the online forms and calendar, seeded into the bench database if missing. */
export async function prepareDossierBench(payload: Payload): Promise<SsoFixture> {
  const fixture = await prepareSsoBench(payload)
  if ((await payload.count({ collection: 'dossier-forms' })).totalDocs > 0) return fixture
  const { forms } = loadDossierContent()
  const refs: SeedRefs = { agencies: new Map(), sectors: new Map(), forms: new Map(), procedures: new Map() }
  for (const form of forms) {
    const [procedure] = (
      await payload.find({ collection: 'procedures', where: { code: { equals: form.procedure } }, limit: 1, depth: 0 })
    ).docs
    const [agency] = (
      await payload.find({ collection: 'agencies', where: { code: { equals: form.agency } }, limit: 1, depth: 0 })
    ).docs
    if (procedure) refs.procedures.set(form.procedure, procedure.id)
    if (agency) refs.agencies.set(form.agency, agency.id)
  }
  await inTransaction(payload, (req) => seedDossierContent(payload, req, refs, () => {}))
  return fixture
}

/** A valid 1 MB PDF (Payload checks the header and the trailing xref and %%EOF); synthetic. */
function megabytePdf(): Uint8Array<ArrayBuffer> {
  const head = Buffer.from('%PDF-1.4\n% synthetic bench file\n')
  const tail = Buffer.from('\nxref\n0 1\ntrailer<<>>\nstartxref\n9\n%%EOF\n')
  const filler = Buffer.alloc(FILE_BYTES - head.length - tail.length, 0x25)
  return new Uint8Array(Buffer.concat([head, filler, tail]))
}

async function accessToken(cmsUrl: string, fixture: SsoFixture): Promise<string> {
  const issuer = `${cmsUrl}/oidc`
  const verifier = randomBytes(32).toString('base64url')
  const browser = new FormBrowser()
  const auth = `${issuer}/auth?${new URLSearchParams({
    client_id: fixture.clientId,
    redirect_uri: CALLBACK,
    response_type: 'code',
    scope: 'openid profile',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  })}`
  const page = await browser.visit(auth, {}, CALLBACK)
  let landed = await browser.submit(page, '/login', { citizenId: fixture.citizenId, password: PASSWORD }, CALLBACK)
  if (!landed.url.startsWith(CALLBACK)) landed = await browser.submit(landed, '/confirm', {}, CALLBACK)
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(fixture.clientId)}:${encodeURIComponent(fixture.clientSecret)}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: new URL(landed.url).searchParams.get('code') ?? '',
      redirect_uri: CALLBACK,
      code_verifier: verifier,
    }),
  })
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`)
  return ((await response.json()) as { access_token: string }).access_token
}

type Submitted = { code: string; secret: string }

function summary(what: string, samples: number[], seconds: number, target = ''): DossierRow {
  const sorted = [...samples].sort((a, b) => a - b)
  return { what, count: sorted.length, seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95), target }
}

/** The process's peak resident memory since the last reset (Linux: VmHWM; `5 > clear_refs` resets it). */
function peakMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024
}

function resetPeak(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5')
  } catch {
    // Not ours to reset (another user's process): the figure is then the peak since start.
  }
}

export async function benchDossiers(
  cmsUrl: string,
  serverPid: number,
  fixture: SsoFixture,
  log: (message: string) => void,
): Promise<DossierRow[]> {
  const token = await accessToken(cmsUrl, fixture)
  const bytes = megabytePdf()
  const headers = { authorization: `Bearer ${token}` }
  const upload = async (name: string, document: string) => {
    const response = await fetch(
      `${cmsUrl}/api/portal/uploads?name=${name}&procedure=${PROCEDURE}&document=${document}`,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/pdf' },
        body: bytes,
      },
    )
    if (response.status !== 201) throw new Error(`upload answered ${response.status}: ${await response.text()}`)
    return ((await response.json()) as { id: string }).id
  }
  const uploadSamples: number[] = []
  const submitSamples: number[] = []
  const submitted: Submitted[] = []
  const submission = async () => {
    const started = performance.now()
    const [first, second] = await Promise.all([
      upload('giay-chung-sinh.pdf', 'birthNotification'),
      upload('cu-tru.pdf', 'residenceProof'),
    ])
    const uploaded = performance.now()
    uploadSamples.push(uploaded - started)
    const response = await fetch(`${cmsUrl}/api/portal/dossiers`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({
        procedure: PROCEDURE,
        locale: 'vi',
        fields: {
          childName: 'Trẻ đo hiệu năng (synthetic)',
          childBirthDate: '2026-11-20',
          childGender: 'female',
          birthPlace: { province: '01', commune: '00004' },
          motherName: 'Mẹ đo hiệu năng (synthetic)',
          relation: 'parent',
        },
        documents: [
          { key: 'birthNotification', files: [first] },
          { key: 'residenceProof', files: [second] },
        ],
      }),
    })
    if (response.status !== 201) throw new Error(`submission answered ${response.status}: ${await response.text()}`)
    submitted.push((await response.json()) as Submitted)
    submitSamples.push(performance.now() - uploaded)
    return performance.now() - started
  }

  log(`dossiers: submissions with two 1 MB files, ${SUBMIT_WORKERS} citizens at once for ${SUBMIT_SECONDS} s`)
  const whole: number[] = []
  const until = performance.now() + SUBMIT_SECONDS * 1000
  const started = performance.now()
  await Promise.all(
    Array.from({ length: SUBMIT_WORKERS }, async () => {
      while (performance.now() < until) whole.push(await submission())
    }),
  )
  const seconds = (performance.now() - started) / 1000
  const rows: DossierRow[] = [
    summary('submission, two 1 MB files (whole)', whole, seconds),
    summary('  of which: the two uploads', uploadSamples, seconds),
    summary('  of which: POST /api/portal/dossiers', submitSamples, seconds),
  ]

  log(`dossiers: a burst of ${BURST} submissions at once`)
  resetPeak(serverPid)
  const burstStarted = performance.now()
  const burst = await Promise.all(Array.from({ length: BURST }, () => submission()))
  const burstRow = summary(`burst: ${BURST} submissions at once`, burst, (performance.now() - burstStarted) / 1000)
  rows.push({ ...burstRow, peakMb: peakMb(serverPid) })

  log(`dossiers: tracking lookups, ${LOOKUP_WORKERS} clients for ${LOOKUP_SECONDS} s`)
  const lookups: number[] = []
  const lookupUntil = performance.now() + LOOKUP_SECONDS * 1000
  const lookupStarted = performance.now()
  await Promise.all(
    Array.from({ length: LOOKUP_WORKERS }, async (_, worker) => {
      for (let i = worker; performance.now() < lookupUntil; i += LOOKUP_WORKERS) {
        const { code, secret } = submitted[i % submitted.length] as Submitted
        const at = performance.now()
        const response = await fetch(`${cmsUrl}/api/portal/dossiers/${code}?secret=${secret}`)
        if (response.status !== 200) throw new Error(`tracking answered ${response.status}`)
        await response.arrayBuffer()
        lookups.push(performance.now() - at)
      }
    }),
  )
  const lookupSeconds = (performance.now() - lookupStarted) / 1000
  const rate = lookups.length / lookupSeconds
  rows.push(
    summary(
      'tracking lookup (code + secret)',
      lookups,
      lookupSeconds,
      `>= ${DOSSIER_TARGETS.lookupsPerSecond}/s: ${rate >= DOSSIER_TARGETS.lookupsPerSecond ? 'met' : 'MISSED'}`,
    ),
  )
  return rows
}
