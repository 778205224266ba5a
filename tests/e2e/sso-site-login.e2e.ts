import { expect, test } from '@playwright/test'
import { SYNTHETIC_PEOPLE } from '../../cms/src/sso/accounts/synthetic-people.ts'
import { ensureCitizen, expectAccessible } from './sso/citizen.ts'

/**
 * The static site's header logs a citizen in through the portal's SSO (code + PKCE, public
 * client) and out again (RP-initiated logout), coming back to the page it started from.
 * The site's registered redirect URIs are on SITE_URL (localhost), so the test browses it
 * there rather than at the 127.0.0.1 baseURL.
 */
const site = process.env.E2E_SITE_URL ?? 'http://localhost:4421'
const cms = process.env.E2E_CMS_URL ?? 'http://localhost:3100'
const person = SYNTHETIC_PEOPLE.find((p) => p.citizenId === '031303005555')
if (!person) throw new Error('synthetic person 031303005555 is gone from the registry')
const PASSWORD = 'synthetic-password-site'

test('a citizen logs in from a content page, sees their name, and logs out', async ({ page }) => {
  test.setTimeout(240_000)
  await ensureCitizen(person, PASSWORD)
  const errors: string[] = []
  page.on('console', (message) => {
    // The portal server has no favicon (its SSO pages name none, so browsers ask /favicon.ico): not this test's concern.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text())
  })
  const start = `${site}/linh-vuc`
  await page.goto(start)
  const header = page.locator('header.site-header')
  await header.getByRole('link', { name: 'Đăng nhập' }).click()

  // The portal's login page; the site is the portal's own client, so no consent page follows.
  await expect(page).toHaveURL(/\/oidc\/interaction\//)
  await expectAccessible(page, 'login page')
  await page.getByLabel(/Số định danh cá nhân/).fill(person.citizenId)
  await page.getByLabel('Mật khẩu').fill(PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()

  // Back on the page it came from, the header names the citizen.
  await expect(page).toHaveURL(start)
  await expect(header.getByText(person.fullName)).toBeVisible()
  await expect(header.getByRole('link', { name: 'Đăng nhập' })).toBeHidden()
  await expectAccessible(page, 'content page, logged in')

  // The account page on the portal: this sign-in is in its log, and it passes axe.
  await page.goto(`${cms}/oidc/account?lang=vi`)
  await expect(page.getByRole('heading', { level: 1, name: 'Tài khoản của bạn' })).toBeVisible()
  await expect(page.getByRole('table').last()).toContainText('Cổng Dịch vụ công quốc gia')
  await expectAccessible(page, 'account page')

  // Another page keeps the state (it lives in the browser, not in the page).
  await page.goto(`${site}/en/sectors`)
  await expect(header.getByText(person.fullName)).toBeVisible()

  await header.getByRole('button', { name: 'Log out' }).click()
  await expect(page).toHaveURL(/\/oidc\/session\/end/)
  await page.getByRole('button', { name: 'Log out' }).click()
  await expect(page).toHaveURL(`${site}/en/`)
  await expect(header.getByRole('link', { name: 'Log in' })).toBeVisible()
  await expect(header.getByText(person.fullName)).toBeHidden()

  // The portal's session is gone too: logging in again asks for the password.
  await header.getByRole('link', { name: 'Log in' }).click()
  await expect(page.getByLabel('Password')).toBeVisible()
  expect(errors).toEqual([])
})
