/**
 * A submission, all or nothing: in one transaction the dossier gets its code, its documents
 * (the citizen's uploads attached, reused files copied into it), its first step and the
 * citizen's notifications; the receipt is signed over what was stored. A retry with the same
 * Idempotency-Key, even one sent at the same moment, waits for the first (an advisory lock
 * on the key) and gets its answer again; the same key with another request is refused.
 */
import { createHash } from 'node:crypto'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { env } from '../env.ts'
import { PortalError } from '../errors.ts'
import type { Language } from '../i18n/t.ts'
import { executorOf } from '../jobs/queue.ts'
import type { Citizen, Dossier, DossierFile } from '../payload-types.ts'
import { ssoSecret } from '../sso/secret.ts'
import type { Pool } from '../sso/store/pool.ts'
import { CITIZEN_PAGES, type DocumentFiles, type FieldValue, type SubmitAnswer } from './contract.ts'
import { readStoredFile } from './files/storage.ts'
import type { LoadedForm } from './form.ts'
import { codePrefix, formatCode, lookupSecret, submitterId } from './identifiers.ts'
import { receiptKeys, signReceipt } from './receipt.ts'
import { recordEvent } from './transition.ts'

/** States after which an agency has accepted the documents: only those are offered again. */
export const ACCEPTED_STATES = ['received', 'processing', 'supplement_requested', 'resolved', 'returned'] as const

export type Submission = {
  citizen: Citizen
  form: LoadedForm
  locale: Language
  fields: Record<string, FieldValue>
  documents: DocumentFiles
  idempotencyKey: string
  /**
   * The files the citizen may attach, as the documents were checked against them
   * (attachableFiles): read once; the attaching statement refuses one taken meanwhile.
   */
  files: ReadonlyMap<string, DossierFile>
  /** sha256 of the request as sent: a replay must ask the same. */
  requestHash: string
  now?: Date
}

export const requestHashOf = (body: unknown): string => createHash('sha256').update(JSON.stringify(body)).digest('hex')

const keyOf = (submission: Pick<Submission, 'citizen' | 'idempotencyKey'>) =>
  `${submission.citizen.id}:${submission.idempotencyKey}`

export function issuer(): string {
  return env.SERVER_URL.replace(/\/$/, '')
}

function answerOf(dossier: Dossier, language: Language): SubmitAnswer {
  const secret = lookupSecret(ssoSecret(env), dossier.code)
  const receipt = dossier.receipt ?? ''
  return {
    code: dossier.code,
    secret,
    receipt,
    state: dossier.state,
    submittedAt: dossier.submittedAt,
    verifyUrl: new URL(CITIZEN_PAGES.verify[language].replace('{receipt}', receipt), env.SITE_URL).href,
  }
}

/** The files a citizen may attach: their own unattached uploads, and files of their accepted dossiers. */
export async function attachableFiles(payload: Payload, citizenId: number): Promise<Map<string, DossierFile>> {
  const { docs } = await payload.find({
    collection: 'dossier-files',
    where: {
      and: [
        { owner: { equals: citizenId } },
        { kind: { equals: 'citizen' } },
        {
          or: [{ dossier: { exists: false } }, { 'dossier.state': { in: [...ACCEPTED_STATES] } }],
        },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Map((docs as DossierFile[]).map((file) => [String(file.id), file]))
}

/**
 * The answer already given under this key, if any: a retry after a lost answer finds it
 * before its documents are checked again (they are attached to the dossier by now).
 */
export async function earlierAnswer(
  payload: Payload,
  submission: Pick<Submission, 'citizen' | 'idempotencyKey' | 'requestHash' | 'locale'>,
): Promise<SubmitAnswer | null> {
  const { docs } = await payload.find({
    collection: 'dossiers',
    where: { idempotencyKey: { equals: keyOf(submission) } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    context: { skipReadLog: true },
  })
  const existing = docs[0] as Dossier | undefined
  if (!existing) return null
  if (existing.requestHash !== submission.requestHash)
    throw new PortalError('dossier.idempotency_mismatch', { language: submission.locale })
  return answerOf(existing, submission.locale)
}

type Replay = { kind: 'replay'; answer: SubmitAnswer } | { kind: 'created'; answer: SubmitAnswer }

/**
 * The next number of the day for an agency, in a statement of its own (autocommit): no
 * submission waits for another's transaction, and a failed one leaves a gap, never a duplicate.
 */
async function nextCode(pool: Pool, agencyCode: string, now: Date): Promise<string> {
  const prefix = codePrefix(agencyCode, now)
  const { rows } = await pool.query<{ last: string }>(
    `INSERT INTO dossier_sequences (prefix, last, updated_at, created_at) VALUES ($1, 1, now(), now())
     ON CONFLICT (prefix) DO UPDATE SET last = dossier_sequences.last + 1, updated_at = now()
     RETURNING last`,
    [prefix],
  )
  return formatCode(prefix, Number(rows[0]?.last))
}

/**
 * The counter behind the codes already there (a restored backup, dossiers written before it):
 * it jumps past the day's highest code. Rare, so the scan of the day's codes is affordable.
 */
async function catchUp(pool: Pool, agencyCode: string, now: Date): Promise<void> {
  const prefix = codePrefix(agencyCode, now)
  await pool.query(
    `UPDATE dossier_sequences SET last = greatest(last, (SELECT coalesce(max(substring(code FROM length($1::varchar) + 1)::int), 0)
       FROM dossiers WHERE left(code, length($1::varchar)) = $1::varchar)), updated_at = now() WHERE prefix = $1::varchar`,
    [prefix],
  )
}

const duplicateCode = (error: unknown) =>
  (error as { name?: string; data?: { errors?: { path?: string }[] } }).name === 'ValidationError' &&
  Boolean((error as { data?: { errors?: { path?: string }[] } }).data?.errors?.some((entry) => entry.path === 'code'))

export async function submitDossier(payload: Payload, submission: Submission): Promise<Replay> {
  try {
    return await submitOnce(payload, submission)
  } catch (error) {
    if (!duplicateCode(error)) throw error
    await catchUp(
      (payload.db as unknown as PostgresAdapter).pool,
      submission.form.procedure.agency.code,
      submission.now ?? new Date(),
    )
    return submitOnce(payload, submission)
  }
}

async function submitOnce(payload: Payload, submission: Submission): Promise<Replay> {
  const now = submission.now ?? new Date()
  const language = submission.locale
  const pool = (payload.db as unknown as PostgresAdapter).pool
  const key = ssoSecret(env)
  // Everything that needs its own connection comes first: inside the transaction, a second
  // connection taken while the pool is full of waiting transactions would wait forever.
  await receiptKeys(pool, key)
  const code = await nextCode(pool, submission.form.procedure.agency.code, now)
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const db = await executorOf(payload, req)
    await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`dossier-submit:${keyOf(submission)}`}))`)
    const { docs: earlier } = await payload.find({
      collection: 'dossiers',
      where: { idempotencyKey: { equals: keyOf(submission) } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      context: { skipReadLog: true },
    })
    const existing = earlier[0] as Dossier | undefined
    if (existing) {
      await commitTransaction(req)
      if (existing.requestHash !== submission.requestHash)
        throw new PortalError('dossier.idempotency_mismatch', { language })
      return { kind: 'replay', answer: answerOf(existing, language) }
    }

    const files = submission.files
    const rows: NonNullable<Dossier['documents']> = []
    const attach: number[] = []
    const copies: { key: string; file: DossierFile }[] = []
    // The hashes the receipt signs: the uploads' as kept, the copies' as they are written.
    const hashes = new Map<number, string>()
    for (const file of files.values()) hashes.set(file.id, file.sha256 ?? '')
    for (const document of submission.documents) {
      const label = submission.form.documents.find((entry) => entry.key === document.key)?.label
      for (const id of document.files) {
        const file = files.get(id)
        if (!file)
          throw new PortalError('dossier.invalid', { language, details: { documents: { [document.key]: id } } })
        if (file.dossier) copies.push({ key: document.key, file })
        else {
          attach.push(file.id)
          rows.push({ key: document.key, label, file: file.id, reused: false })
        }
      }
    }
    // A reused document becomes this dossier's own copy: the new agency's officers read it, the old stays as it was.
    for (const { key, file } of copies) {
      const bytes = await readStoredFile(file)
      const copy = await payload.create({
        collection: 'dossier-files',
        data: {
          originalName: file.originalName,
          owner: submission.citizen.id,
          kind: 'citizen',
          reuseType: file.reuseType,
        },
        file: {
          data: Buffer.from(bytes),
          mimetype: file.mimeType ?? 'application/pdf',
          name: file.filename ?? 'file',
          size: bytes.byteLength,
        },
        overrideAccess: true,
        depth: 0,
        req,
      })
      attach.push(copy.id)
      hashes.set(copy.id, copy.sha256 ?? '')
      const label = submission.form.documents.find((entry) => entry.key === key)?.label
      rows.push({ key, label, file: copy.id, reused: true })
    }

    const receipt = await signReceipt(pool, key, {
      iss: issuer(),
      sub: code,
      procedure: submission.form.procedure.code,
      submitter: submitterId(key, submission.citizen.id),
      files: rows.map((row) => ({ key: row.key, sha256: hashes.get(row.file as number) ?? '' })),
      iat: Math.floor(now.getTime() / 1000),
    })
    const dossier = (await payload.create({
      collection: 'dossiers',
      data: {
        code,
        state: 'submitted',
        timing: 'not_started',
        procedure: submission.form.procedureId,
        agency: submission.form.agencyId,
        citizen: submission.citizen.id,
        applicantName: submission.citizen.businessName
          ? `${submission.citizen.fullName} (${submission.citizen.businessName})`
          : submission.citizen.fullName,
        applicantIdNumber:
          submission.citizen.citizenId ?? submission.citizen.passportNumber ?? submission.citizen.enterpriseCode,
        applicantEmail: submission.citizen.email,
        applicantPhone: submission.citizen.phone,
        locale: language,
        fields: submission.fields,
        documents: rows,
        submittedAt: now.toISOString(),
        processingDays: submission.form.processingDays,
        receipt,
        idempotencyKey: keyOf(submission),
        requestHash: submission.requestHash,
      },
      overrideAccess: true,
      depth: 0,
      req,
      context: { skipReadLog: true },
    })) as Dossier
    // One statement for every file: they join the dossier and its agency (whose officers may then
    // read them). Still unattached, or another submission took one meanwhile: then this one fails whole.
    if (attach.length > 0) {
      const attached = (await db.execute(
        sql`update dossier_files set dossier_id = ${dossier.id}, agency_id = ${submission.form.agencyId}, updated_at = now()
            where dossier_id is null and id in (${sql.join(
              attach.map((id) => sql`${id}`),
              sql`, `,
            )})`,
      )) as { rowCount?: number | null }
      if (attached.rowCount !== attach.length)
        throw new PortalError('dossier.invalid', { language, details: { documents: { files: 'taken' } } })
    }
    await recordEvent(req, { dossier, from: null, to: 'submitted', by: 'citizen' })
    await payload.delete({
      collection: 'dossier-drafts',
      where: {
        and: [
          { citizen: { equals: submission.citizen.id } },
          { procedure: { equals: submission.form.procedure.code } },
        ],
      },
      overrideAccess: true,
      req,
    })
    await commitTransaction(req)
    return { kind: 'created', answer: answerOf(dossier, language) }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
