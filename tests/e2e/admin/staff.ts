/**
 * Staff in the browser tests: the portal's REST API as the administrator (or anyone with a
 * token), and a sign-in to the admin. The portal's own address is used: the admin's writes
 * carry it as Origin, and Payload's CSRF check ignores the session cookie of any other
 * (127.0.0.1 is not localhost).
 */
import { expect, type Page } from '@playwright/test'

import { loadConfig } from '../../../scripts/lib/config.ts'

const { cms } = loadConfig('test')
export const cmsUrl = process.env.E2E_CMS_URL ?? cms.url

/** A JSON call to /api/{path}; a non-2xx answer throws with its body. */
export async function api(path: string, init: RequestInit & { token?: string } = {}) {
  const response = await fetch(`${cmsUrl}/api/${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `JWT ${init.token}` } : {}),
    },
  })
  const body = await response.json()
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`)
  return body
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page).not.toHaveURL(/\/login/, { timeout: 60_000 })
}
