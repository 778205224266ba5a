import type { Adapter, AdapterPayload } from 'oidc-provider'
import type { Pool } from './pool.ts'

/**
 * oidc-provider's storage interface (sessions, grants, codes, tokens, interactions, ...)
 * on PostgreSQL, so that a restart or a second replica logs nobody out. One row per
 * (model, id); an expired row is never returned and is deleted by `removeExpired`.
 * Interface: node-oidc-provider example/my_adapter.js.
 */
export class PostgresAdapter implements Adapter {
  readonly model: string
  readonly #pool: Pool

  constructor(model: string, pool: Pool) {
    this.model = model
    this.#pool = pool
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    await this.#pool.query(
      `INSERT INTO sso.oidc_models (model, id, payload, grant_id, user_code, uid, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::int > 0 THEN clock_timestamp() + make_interval(secs => $7::int) END)
       ON CONFLICT (model, id) DO UPDATE SET payload = excluded.payload, grant_id = excluded.grant_id,
         user_code = excluded.user_code, uid = excluded.uid, expires_at = excluded.expires_at`,
      [this.model, id, payload, payload.grantId ?? null, payload.userCode ?? null, payload.uid ?? null, expiresIn ?? 0],
    )
  }

  find(id: string): Promise<AdapterPayload | undefined> {
    return this.#findBy('id', id)
  }

  findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.#findBy('uid', uid)
  }

  findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return this.#findBy('user_code', userCode)
  }

  async consume(id: string): Promise<void> {
    await this.#pool.query(
      'UPDATE sso.oidc_models SET consumed_at = clock_timestamp() WHERE model = $1 AND id = $2 AND consumed_at IS NULL',
      [this.model, id],
    )
  }

  async destroy(id: string): Promise<void> {
    await this.#pool.query('DELETE FROM sso.oidc_models WHERE model = $1 AND id = $2', [this.model, id])
  }

  /** Every model of the grant (codes, access and refresh tokens), not only this one. */
  async revokeByGrantId(grantId: string): Promise<void> {
    await this.#pool.query('DELETE FROM sso.oidc_models WHERE grant_id = $1', [grantId])
  }

  async #findBy(column: 'id' | 'uid' | 'user_code', value: string): Promise<AdapterPayload | undefined> {
    const { rows } = await this.#pool.query<{ payload: AdapterPayload; consumed: number | null }>(
      `SELECT payload, extract(epoch FROM consumed_at)::bigint AS consumed FROM sso.oidc_models
       WHERE model = $1 AND ${column} = $2 AND (expires_at IS NULL OR expires_at > clock_timestamp())`,
      [this.model, value],
    )
    const [row] = rows
    if (!row) return undefined
    return row.consumed === null ? row.payload : { ...row.payload, consumed: Number(row.consumed) }
  }
}

export type FindClient = (clientId: string) => Promise<AdapterPayload | undefined>

/**
 * The class oidc-provider instantiates per model (`new Adapter(name)`), bound to a pool.
 * Clients are the relying parties administrators keep in the CMS (`findClient`); they are
 * read there, never written by the provider (no dynamic registration).
 */
export function adapterFor(pool: Pool, findClient?: FindClient): new (model: string) => Adapter {
  return class BoundPostgresAdapter extends PostgresAdapter {
    constructor(model: string) {
      super(model, pool)
    }

    override find(id: string): Promise<AdapterPayload | undefined> {
      return findClient && this.model === 'Client' ? findClient(id) : super.find(id)
    }
  }
}

/** Delete what has expired; returns how many rows went. Run by a timer (cleanup.ts). */
export async function removeExpired(pool: Pool): Promise<number> {
  const { rowCount } = await pool.query('DELETE FROM sso.oidc_models WHERE expires_at <= clock_timestamp()')
  return rowCount ?? 0
}
