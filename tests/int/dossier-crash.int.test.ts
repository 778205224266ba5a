import { spawn } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sweepDossierFiles } from '../../cms/src/dossiers/files/sweep.ts'
import type { Dossier, DossierFile } from '../../cms/src/payload-types.ts'
import { SYNTHETIC_PEOPLE } from '../../cms/src/sso/accounts/synthetic-people.ts'
import { type DossierWorld, startDossierWorld } from '../support/dossier-world.ts'

/**
 * The server killed during submissions (issue 15): a process submitting dossiers in a loop
 * through the portal's handlers is killed with SIGKILL at moments spread over its work. After
 * it, every dossier is whole (its first step, all its files, each on disk), no row names a
 * missing file, and once the sweep has run, no stored file lacks its row.
 */
let w: DossierWorld
const root = path.resolve(import.meta.dirname, '../..')
const [an] = SYNTHETIC_PEOPLE as [(typeof SYNTHETIC_PEOPLE)[number]]

beforeAll(async () => {
  w = await startDossierWorld()
}, 120_000)
afterAll(async () => w?.close())

/** Runs the child until it has submitted `after` dossiers, waits `delayMs` more, kills it. */
async function killDuringSubmissions(token: string, after: number, delayMs: number): Promise<number> {
  const child = spawn('npx', ['tsx', 'tests/int/helpers/dossier-submit-child.ts'], {
    cwd: root,
    env: { ...process.env, DOSSIER_TOKEN: token, DOSSIER_PROCEDURE: w.procedureCode },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: the kill reaches node under npx and tsx, as a machine's crash would.
    detached: true,
  })
  let done = 0
  const exited = new Promise((resolve) => child.on('exit', resolve))
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('submitted')) {
        expect(line).toMatch(/ 201$/)
        done++
      }
      if (done === after) setTimeout(resolve, delayMs)
    })
    child.on('exit', () => reject(new Error('the child ended before it was killed')))
  }).catch((error) => {
    if (done < after) throw error
  })
  process.kill(-(child.pid as number), 'SIGKILL')
  await exited
  return done
}

async function expectWhole(): Promise<void> {
  const { docs: dossiers } = await w.payload.find({
    collection: 'dossiers',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    context: { skipReadLog: true },
  })
  const { docs: files } = await w.payload.find({
    collection: 'dossier-files',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const byId = new Map((files as DossierFile[]).map((file) => [file.id, file]))
  const dir = path.join(process.env.UPLOADS_DIR ?? '', 'dossier-files')
  const stored = new Set(await readdir(dir).catch(() => [] as string[]))
  for (const dossier of dossiers as Dossier[]) {
    const { totalDocs } = await w.payload.count({
      collection: 'dossier-events',
      where: { and: [{ dossier: { equals: dossier.id } }, { to: { equals: 'submitted' } }] },
      overrideAccess: true,
    })
    expect(totalDocs, `${dossier.code} has its first step`).toBe(1)
    expect(dossier.receipt, `${dossier.code} has its receipt`).toBeTruthy()
    expect(dossier.documents?.length, `${dossier.code} has its two documents`).toBe(2)
    for (const entry of dossier.documents ?? []) {
      const file = byId.get(entry.file as number)
      expect(file?.dossier, `${dossier.code}: its file is attached to it`).toBe(dossier.id)
      expect(stored.has(file?.filename ?? ''), `${dossier.code}: its file is on disk`).toBe(true)
    }
  }
  for (const file of files as DossierFile[])
    expect(stored.has(file.filename ?? ''), `row ${file.id} has its bytes`).toBe(true)
}

describe('a crash during submissions', () => {
  it('leaves no half dossier and, after the sweep, no file without its row', async () => {
    const token = await w.token(an)
    let submitted = 0
    for (const [after, delayMs] of [
      [1, 0],
      [2, 40],
      [3, 120],
    ] as const) {
      submitted += await killDuringSubmissions(token, after, delayMs)
      await expectWhole()
    }
    const { totalDocs } = await w.payload.count({ collection: 'dossiers', overrideAccess: true })
    expect(totalDocs).toBeGreaterThanOrEqual(submitted)
    // Bytes whose row never committed: the sweep (hourly, with an hour's margin) takes them.
    await sweepDossierFiles(w.payload, Date.now(), { unattachedMs: 100 * 365 * 24 * 3600 * 1000, strayMs: 0 })
    const dir = path.join(process.env.UPLOADS_DIR ?? '', 'dossier-files')
    const { docs: rows } = await w.payload.find({
      collection: 'dossier-files',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const named = new Set((rows as DossierFile[]).map((row) => row.filename))
    for (const name of await readdir(dir)) expect(named.has(name), `${name} has a row`).toBe(true)
    await expectWhole()
  }, 240_000)
})
