/**
 * Issue 12, done when: a reviewer publishes, unpublishes and deletes a procedure in the
 * admin, and the audit log then shows those acts with the right user and time. The
 * reviewer and the draft are made over REST as the administrator; everything the reviewer
 * does, and the administrator's reading of the log, happens in the browser.
 */
import { expect, test } from '@playwright/test'

import { loadConfig } from '../../scripts/lib/config.ts'
import { api, cmsUrl, signIn } from './admin/staff.ts'

const { secrets } = loadConfig('test')
const REVIEWER = { email: `nguoi.duyet.${Date.now()}@test.local`, password: 'mat-khau-nguoi-duyet-1' }

test('a reviewer publishes, unpublishes and deletes a procedure; the audit log shows each act', async ({ browser }) => {
  // Two sign-ins, three acts and a filtered list in a production admin: minutes on a loaded 2-core machine.
  test.setTimeout(600_000)
  const { token } = await api('users/login', {
    method: 'POST',
    body: JSON.stringify({ email: secrets.adminEmail, password: secrets.adminPassword }),
  })
  const { docs: procedures } = await api('procedures?limit=1&depth=0&where[_status][equals]=published', { token })
  const sample = procedures[0]
  const agency = sample.agency
  const reviewer = await api('users', {
    method: 'POST',
    token,
    body: JSON.stringify({ ...REVIEWER, name: 'Người duyệt (thử nghiệm)', roles: ['reviewer'], agency }),
  })
  const draft = await api('procedures?draft=true', {
    method: 'POST',
    token,
    body: JSON.stringify({
      code: `9.${String(Date.now()).slice(-6)}`,
      name: 'Thủ tục thử nghiệm kiểm toán (dữ liệu tổng hợp)',
      levels: sample.levels,
      serviceLevel: 'none',
      sector: sample.sector,
      agency,
      steps: [{ text: 'Nộp hồ sơ' }],
      result: 'Kết quả',
    }),
  })
  const id = draft.doc.id as number
  const started = new Date()

  const reviewerContext = await browser.newContext()
  const page = await reviewerContext.newPage()
  await signIn(page, REVIEWER.email, REVIEWER.password)
  await page.goto(`${cmsUrl}/admin/collections/procedures/${id}`)
  await page.getByRole('button', { name: 'Xuất bản tài liệu' }).click()
  await expect(page.getByText('Cập nhật thành công', { exact: false }).first()).toBeVisible({ timeout: 60_000 })

  await page.locator('.doc-controls__dots').click()
  await page.locator('#action-unpublish').click()
  await page.getByRole('button', { name: 'Xác nhận' }).click()
  await expect(page.getByText('Đã hủy xuất bản thành công.').first()).toBeVisible({ timeout: 60_000 })

  await page.locator('.doc-controls__dots').click()
  await page.locator('#action-delete').click()
  await page.getByRole('button', { name: 'Xác nhận' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/procedures\/?(\?.*)?$/, { timeout: 60_000 })
  await reviewerContext.close()
  const finished = new Date()

  // The administrator reads the log in the admin, filtered to this record.
  const adminContext = await browser.newContext()
  const admin = await adminContext.newPage()
  await signIn(admin, secrets.adminEmail, secrets.adminPassword)
  await admin.goto(`${cmsUrl}/admin/collections/audit-log?where[targetId][equals]=${id}&sort=createdAt`)
  const rows = admin.locator('table tbody tr')
  await expect(rows).toHaveCount(3, { timeout: 60_000 })
  for (const [index, action] of ['Xuất bản', 'Gỡ xuất bản', 'Xóa'].entries()) {
    await expect(rows.nth(index)).toContainText(action)
    await expect(rows.nth(index)).toContainText(REVIEWER.email)
  }
  await adminContext.close()

  // The same entries over the API: the reviewer as actor, each between the first click and the last.
  const { docs } = await api(`audit-log?depth=0&sort=createdAt&where[targetId][equals]=${id}`, { token })
  expect(docs.map((entry: { action: string }) => entry.action)).toEqual(['publish', 'unpublish', 'delete'])
  for (const entry of docs as { actor: number; createdAt: string }[]) {
    expect(entry.actor).toBe(reviewer.doc.id)
    const at = new Date(entry.createdAt).getTime()
    expect(at).toBeGreaterThanOrEqual(started.getTime() - 1000)
    expect(at).toBeLessThanOrEqual(finished.getTime() + 1000)
  }
})
