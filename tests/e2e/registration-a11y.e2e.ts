import { expect, test } from '@playwright/test'
import { expectAccessible } from './sso/citizen.ts'

/**
 * The registration page's states pass axe (WCAG 2.2 AA) and work by keyboard without
 * script: the choice of account kind, the foreigner's and the business's forms, their
 * error summaries (linked to the fields, aria-invalid), in both languages; and the login
 * page's kinds. The portal here runs as production, without registries: a complete form
 * would be answered "cannot be checked right now", so the states shown are the form's own.
 */
const site = process.env.E2E_SITE_URL ?? 'http://localhost:4421'

test('the registration page, its kinds and its errors are accessible and keyboard-operable', async ({ page }) => {
  test.setTimeout(240_000)
  await page.goto(`${site}/linh-vuc`)
  await page.locator('header.site-header').getByRole('link', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/oidc\/interaction\//)

  // The login page offers each kind its own identifier.
  await page.getByRole('link', { name: /Doanh nghiệp, tổ chức/ }).click()
  await expect(page.getByLabel('Mã số doanh nghiệp hoặc mã số thuế')).toBeVisible()
  await expect(page.getByLabel('Quốc tịch của người đại diện')).toHaveValue('VNM')
  await expectAccessible(page, 'login page, business')

  await page.getByRole('link', { name: 'Chưa có tài khoản? Đăng ký' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký tài khoản' })).toBeVisible()
  await expectAccessible(page, 'registration: choice of kind')

  // By keyboard: the radio group, then the button.
  const group = page.getByRole('group', { name: 'Bạn đăng ký tài khoản với tư cách' })
  await group.getByRole('radio', { name: 'Công dân Việt Nam' }).focus()
  await page.keyboard.press('ArrowDown')
  await expect(group.getByRole('radio', { name: 'Người nước ngoài' })).toBeChecked()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký tài khoản người nước ngoài' })).toBeVisible()
  await expectAccessible(page, 'registration: foreigner')

  await page.getByLabel('Số hộ chiếu').fill('M7-1')
  await page.getByRole('button', { name: 'Đăng ký' }).click()
  const summary = page.getByRole('alert')
  await expect(summary).toContainText('Số hộ chiếu phải gồm 6 đến 9 chữ cái (không dấu) và chữ số.')
  await expect(page.getByLabel('Số hộ chiếu')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Quốc tịch', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expectAccessible(page, 'registration: foreigner with errors')
  // The summary's link takes the focus to its field.
  await summary.getByRole('link', { name: /Số hộ chiếu phải/ }).click()
  await expect(page.getByLabel('Số hộ chiếu')).toBeFocused()

  await page.getByRole('link', { name: 'Chọn loại tài khoản khác' }).click()
  await page.getByRole('radio', { name: /Doanh nghiệp, tổ chức/ }).check()
  await page.getByRole('button', { name: 'Tiếp tục' }).click()
  await expectAccessible(page, 'registration: business')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.getByLabel('Enterprise code or tax code').fill('0109999912')
  await page.getByRole('button', { name: 'Register' }).click()
  await expect(page.getByRole('alert')).toContainText(
    'The enterprise code is not valid: its check digit (the 10th digit) is wrong.',
  )
  await expect(page.getByRole('alert')).toContainText('A business registers through its representative')
  await expect(page.getByLabel('Enterprise code or tax code')).toHaveAttribute('aria-invalid', 'true')
  await expectAccessible(page, 'registration: business with errors, English')
})
