import { expect, type Locator, type Page } from '@playwright/test'
import { generate } from 'otplib'
import type { SyntheticPerson } from '../../../cms/src/sso/accounts/synthetic-people.ts'
import { expectAccessible } from './citizen.ts'

/**
 * Steps the SSO browser tests share: the static site's header login, the account page's
 * step-up to loa3 with a one-time code (the account page is a relying party of the
 * provider asking acr_values=loa3), and logging out from the site. The site's redirect URIs
 * are on SITE_URL (localhost), so the tests browse it there, not at the 127.0.0.1 baseURL.
 */
export const site = process.env.E2E_SITE_URL ?? 'http://localhost:4421'
export const cms = process.env.E2E_CMS_URL ?? 'http://localhost:3100'

/** A SYNTHETIC person only these tests use (invented, labelled in the e-mail domain). */
export function syntheticPerson(citizenId: string, fullName: string): SyntheticPerson {
  return {
    synthetic: true,
    citizenId,
    fullName,
    birthDate: '1990-01-01',
    gender: 'female',
    phone: `09${citizenId.slice(-8)}`,
    email: `${citizenId}.synthetic@example.invalid`,
  }
}

/** Console errors of the page, but for the favicon the portal server does not have. */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text())
  })
  return errors
}

export const header = (page: Page): Locator => page.locator('header.site-header')

/** From a content page to the portal's login page (axe-checked), optionally with the password. */
export async function startSiteLogin(page: Page, start: string): Promise<void> {
  await page.goto(start)
  await header(page).getByRole('link', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/oidc\/interaction\//)
  await expectAccessible(page, 'login page')
}

export async function logInWithPassword(page: Page, start: string, person: SyntheticPerson, password: string) {
  await startSiteLogin(page, start)
  await page.getByLabel(/Số định danh cá nhân/).fill(person.citizenId)
  await page.getByLabel('Mật khẩu').fill(password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(start)
  await expect(header(page).getByText(person.fullName)).toBeVisible()
}

/** On the account page at loa2: the step-up to loa3, enrolling the authenticator app; returns its secret. */
export async function stepUpWithCode(page: Page): Promise<string> {
  await page.goto(`${cms}/oidc/account?lang=vi`)
  await expect(page.getByText('Lần đăng nhập này: Mức 2 (mật khẩu)')).toBeVisible()
  await page.getByRole('link', { name: 'Xác nhận bằng mã xác thực một lần' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Xác thực hai bước' })).toBeVisible()
  await expectAccessible(page, 'one-time code page')
  const secret = ((await page.locator('#totp-secret').textContent()) ?? '').replace(/\s/g, '')
  await page.getByLabel(/Mã xác thực/).fill(await generate({ secret }))
  await page.getByRole('button', { name: 'Xác nhận' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tài khoản của bạn' })).toBeVisible()
  await expect(page.getByText('Lần đăng nhập này: Mức 3 (mật khẩu và mã dùng một lần)')).toBeVisible()
  return secret
}

/** The header's "Đăng xuất" on a content page, confirmed on the provider; back home logged out. */
export async function logOutFromSite(page: Page, start: string, person: SyntheticPerson): Promise<void> {
  await page.goto(start)
  await header(page).getByRole('button', { name: 'Đăng xuất' }).click()
  await expect(page).toHaveURL(/\/oidc\/session\/end/)
  await page.getByRole('button', { name: 'Đăng xuất' }).click()
  await expect(page).toHaveURL(`${site}/`)
  await expect(header(page).getByRole('link', { name: 'Đăng nhập' })).toBeVisible()
  await expect(header(page).getByText(person.fullName)).toBeHidden()
}
