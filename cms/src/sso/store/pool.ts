import type { PostgresAdapter } from '@payloadcms/db-postgres'

/** Payload's own connection pool: the provider's tables live in the same database. */
export type Pool = PostgresAdapter['pool']
