/**
 * A dossier's public view (contract `PublicDossier`) in one query: the dossier, its
 * procedure's and agency's names in the asked language (Vietnamese where there is no
 * translation), and its steps. Tracking by code and secret is the busiest public dossier read
 * (a citizen checks often; the issue asks 1,000 lookups a second on 2 cores), so it goes to
 * PostgreSQL directly and the portal server answers it before Next (server.ts); the citizen's
 * own list and detail (views.ts) are built on the same query.
 */
import type { Payload } from 'payload'

import { env } from '../env.ts'
import { PortalError } from '../errors.ts'
import type { Language } from '../i18n/t.ts'
import { ssoSecret } from '../sso/secret.ts'
import type { Pool } from '../sso/store/pool.ts'
import { loadCalendar } from './calendar.ts'
import type { DossierState, DossierSummary, PublicDossier } from './contract.ts'
import { CODE_PATTERN, secretMatches } from './identifiers.ts'
import { timingOf } from './timing.ts'

type Row = {
  code: string
  updated_at: Date
  state: DossierState
  submitted_at: Date
  received_at: Date | null
  due_date: string | null
  resolved_at: Date | null
  procedure_code: string
  procedure_name: string
  agency_code: string
  agency_name: string
  steps: { state: DossierState; at: string }[]
}

const SELECT = `
  SELECT d.code, d.updated_at, d.state, d.submitted_at, d.received_at, d.due_date, d.resolved_at,
    p.code AS procedure_code, coalesce(pl.name, pv.name) AS procedure_name,
    a.code AS agency_code, coalesce(al.name, av.name) AS agency_name,
    coalesce((SELECT json_agg(json_build_object('state', e."to", 'at', e.created_at) ORDER BY e.created_at, e.id)
              FROM dossier_events e WHERE e.dossier_id = d.id), '[]') AS steps
  FROM dossiers d
  JOIN procedures p ON p.id = d.procedure_id
  LEFT JOIN procedures_locales pl ON pl._parent_id = p.id AND pl._locale = $2
  LEFT JOIN procedures_locales pv ON pv._parent_id = p.id AND pv._locale = 'vi'
  JOIN agencies a ON a.id = d.agency_id
  LEFT JOIN agencies_locales al ON al._parent_id = a.id AND al._locale = $2
  LEFT JOIN agencies_locales av ON av._parent_id = a.id AND av._locale = 'vi'`

const iso = (value: Date | string) => new Date(value).toISOString()

/** Which dossiers: one by its code, or a citizen's newest hundred. */
export type Which = { code: string } | { citizen: number }

/** The public views of the dossiers `which` names, newest first. */
export async function publicDossiers(
  payload: Payload,
  pool: Pool,
  which: Which,
  language: Language,
  now = new Date(),
): Promise<(PublicDossier & Pick<DossierSummary, 'updatedAt'>)[]> {
  const [where, value] = 'code' in which ? ['d.code = $1', which.code] : ['d.citizen_id = $1', which.citizen]
  const [{ rows }, calendar] = await Promise.all([
    pool.query<Row>(`${SELECT} WHERE ${where} ORDER BY d.submitted_at DESC LIMIT 100`, [value, language]),
    loadCalendar(payload),
  ])
  return rows.map((row) => ({
    code: row.code,
    procedure: { code: row.procedure_code, name: row.procedure_name },
    agency: { code: row.agency_code, name: row.agency_name },
    state: row.state,
    submittedAt: iso(row.submitted_at),
    ...(row.received_at ? { receivedAt: iso(row.received_at) } : {}),
    ...(row.due_date ? { dueDate: row.due_date } : {}),
    timing: timingOf({ state: row.state, dueDate: row.due_date, resolvedAt: row.resolved_at }, now, calendar),
    timeline: row.steps.map((step) => ({ state: step.state, at: iso(step.at) })),
    updatedAt: iso(row.updated_at),
  }))
}

/** The public view of one dossier, or PortalError (400 without a secret, 404 for a wrong one or an unknown code). */
export async function trackDossier(
  payload: Payload,
  pool: Pool,
  code: string,
  secret: string,
  language: Language,
  now = new Date(),
): Promise<PublicDossier> {
  if (!secret.trim()) throw new PortalError('dossier.secret_required', { language })
  // A wrong secret and an unknown code answer alike, so codes cannot be probed.
  if (!CODE_PATTERN.test(code) || secret.length > 40 || !secretMatches(ssoSecret(env), code, secret))
    throw new PortalError('dossier.not_found', { language })
  const [found] = await publicDossiers(payload, pool, { code }, language, now)
  if (!found) throw new PortalError('dossier.not_found', { language })
  const { updatedAt: _updated, ...view } = found
  return view
}
