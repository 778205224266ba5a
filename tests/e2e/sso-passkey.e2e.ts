import { expect, test } from '@playwright/test'
import { ensureCitizen, expectAccessible } from './sso/citizen.ts'
import {
  cms,
  consoleErrors,
  header,
  logInWithPassword,
  logOutFromSite,
  site,
  startSiteLogin,
  stepUpWithCode,
  syntheticPerson,
} from './sso/flows.ts'

/**
 * Issue 13: a citizen registers a passkey on the account page and logs in with it. The
 * authenticator is Chromium's virtual one (DevTools protocol WebAuthn domain): CTAP2, built
 * into the device, resident keys, user verification that passes, as a phone's or laptop's
 * platform authenticator would behave. The portal runs on localhost, a valid WebAuthn
 * relying party id (an IP address is not).
 */
const person = syntheticPerson('001190000402', 'Vũ Văn Khóa (synthetic)')
const PASSWORD = 'synthetic-password-passkey'
const NAME = 'Máy tính thử nghiệm'

test('a citizen adds a passkey on the account page, signs in with it at loa4, and removes it', async ({ page }) => {
  test.setTimeout(240_000)
  await ensureCitizen(person, PASSWORD)
  const errors = consoleErrors(page)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('WebAuthn.enable')
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  })
  const start = `${site}/linh-vuc`
  await logInWithPassword(page, start, person, PASSWORD)

  // A passkey is a loa4 credential: adding one needs this sign-in at loa3 first.
  await page.goto(`${cms}/oidc/account?lang=vi`)
  await expect(page.getByRole('link', { name: 'Thêm khóa truy cập' })).toHaveCount(0)
  await stepUpWithCode(page)
  await page.getByRole('link', { name: 'Thêm khóa truy cập' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Thêm khóa truy cập' })).toBeVisible()
  await expectAccessible(page, 'add a passkey page')
  await page.getByLabel('Tên khóa truy cập').fill(NAME)
  await page.getByRole('button', { name: 'Tạo khóa truy cập' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Đã thêm khóa truy cập “${NAME}”.` })).toBeVisible()
  const row = page.getByRole('row').filter({ hasText: NAME })
  await expect(row).toContainText('Gắn với một thiết bị')
  await expect(row).toContainText('Chưa dùng')
  await expectAccessible(page, 'account page with a passkey')
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId })
  expect(credentials).toHaveLength(1)
  expect(credentials[0]?.isResidentCredential).toBe(true)

  await logOutFromSite(page, start, person)

  // Back in with the passkey alone: no citizen ID, no password.
  await startSiteLogin(page, start)
  await page.getByRole('link', { name: 'Đăng nhập bằng khóa truy cập' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập bằng khóa truy cập' })).toBeVisible()
  await expectAccessible(page, 'passkey login page')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in with a passkey' })).toBeVisible()
  await expectAccessible(page, 'passkey login page (en)')
  await page.getByRole('button', { name: 'Use a passkey' }).click()
  await expect(page).toHaveURL(start)
  await expect(header(page).getByText(person.fullName)).toBeVisible()

  await page.goto(`${cms}/oidc/account?lang=vi`)
  await expect(
    page.getByText('Lần đăng nhập này: Mức 4 (khóa truy cập trên danh tính đã xác minh, hoặc định danh điện tử)'),
  ).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: NAME })).not.toContainText('Chưa dùng')

  await page.getByRole('button', { name: `Xóa khóa “${NAME}”` }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã xóa khóa truy cập.' })).toBeVisible()
  await expect(page.getByText('Tài khoản chưa có khóa truy cập nào.')).toBeVisible()
  await expectAccessible(page, 'account page after removing the passkey')
  expect(errors).toEqual([])
})
