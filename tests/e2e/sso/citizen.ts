import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import pg from 'pg'
import { hashPassword } from '../../../cms/src/sso/accounts/password.ts'
import type { SyntheticPerson } from '../../../cms/src/sso/accounts/synthetic-people.ts'
import { loadConfig } from '../../../scripts/lib/config.ts'

/** WCAG 2.2 AA, the tags site-a11y.e2e.ts checks; no rule switched off. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  expect(
    violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`),
    label,
  ).toEqual([])
}

/**
 * An account for a SYNTHETIC person, written straight into the browser tests' database:
 * the portal there runs as production, where registration needs the real population
 * registry (sso/mount.ts), so the synthetic one cannot vouch for anybody.
 */
export async function ensureCitizen(person: SyntheticPerson, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: loadConfig('test').postgres.url })
  await client.connect()
  try {
    await client.query(
      // A citizen's login key is the number (cms/src/sso/accounts/login-id.ts).
      `INSERT INTO citizens (login_id, citizen_id, full_name, birth_date, gender, email, phone, assurance_level,
         identity_verified, password_hash, updated_at, created_at)
       VALUES ($1, $1, $2, $3, $4, $5, $6, 'loa2', 'registry', $7, now(), now())
       ON CONFLICT (login_id) DO UPDATE SET password_hash = excluded.password_hash`,
      [
        person.citizenId,
        person.fullName,
        person.birthDate,
        person.gender,
        person.email,
        person.phone,
        await hashPassword(password),
      ],
    )
  } finally {
    await client.end()
  }
}
