import { expect, test } from '@playwright/test'
import { ensureCitizen, expectAccessible } from './sso/citizen.ts'
import {
  cms,
  consoleErrors,
  header,
  logInWithPassword,
  logOutFromSite,
  site,
  stepUpWithCode,
  syntheticPerson,
} from './sso/flows.ts'

/**
 * Issue 13: a citizen logs in from the static site, steps up with a one-time code when a
 * relying party asks for loa3 (here the portal's account page, a client of the provider
 * asking acr_values=loa3), and logs out. The code comes from otplib with the secret the
 * enrolment page shows, as an authenticator app would compute it.
 */
const person = syntheticPerson('001190000301', 'Đỗ Thị Bước Hai (synthetic)')
const PASSWORD = 'synthetic-password-step-up'

test('a citizen logs in from a content page, steps up with a one-time code, and logs out', async ({ page }) => {
  test.setTimeout(240_000)
  await ensureCitizen(person, PASSWORD)
  const errors = consoleErrors(page)
  const start = `${site}/linh-vuc`
  await logInWithPassword(page, start, person, PASSWORD)

  await stepUpWithCode(page)
  await expectAccessible(page, 'account page at loa3')
  // The sign-in log records the step-up as a fresh login at loa3.
  await expect(page.getByRole('table').last()).toContainText('Mức 3 (mật khẩu và mã dùng một lần)')

  // A second ask for loa3 is answered by the session: no code again.
  await page.goto(`${cms}/oidc/account?lang=en`)
  await expect(page.getByText('This sign-in: Level 3 (password and one-time code)')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Add a passkey' })).toBeVisible()

  await logOutFromSite(page, start, person)
  // The provider's session is gone too: the account page asks for the password again.
  await page.goto(`${cms}/oidc/account?lang=vi`)
  await expect(page.getByLabel('Mật khẩu')).toBeVisible()
  await expect(header(page)).toHaveCount(0)
  expect(errors).toEqual([])
})
