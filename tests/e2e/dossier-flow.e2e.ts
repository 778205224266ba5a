/**
 * Issue 15, done when: a citizen logs in, submits a dossier with two files, an officer
 * receives it and asks for a supplement in the admin, the citizen adds it, the officer
 * resolves it with a result file, and the citizen sees the result, the e-mail trail and the
 * access log. The officer is made over REST by the administrator; everything else happens in
 * Chromium, on the static site (the islands) and the production admin.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { expect, type Page, test } from '@playwright/test'

import { SYNTHETIC_PEOPLE } from '../../cms/src/sso/accounts/synthetic-people.ts'
import { loadConfig } from '../../scripts/lib/config.ts'
import { api, cmsUrl, signIn } from './admin/staff.ts'
import { ensureCitizen, expectAccessible } from './sso/citizen.ts'

const { secrets, dataDir } = loadConfig('test')
const site = process.env.E2E_SITE_URL ?? 'http://localhost:4421'
const mailDir = process.env.E2E_MAIL_DIR ?? path.resolve(dataDir, 'mail')
const person = SYNTHETIC_PEOPLE.find((p) => p.citizenId === '079192004321')
if (!person) throw new Error('synthetic person 079192004321 is gone from the registry')
const PASSWORD = 'synthetic-password-dossier'
const OFFICER = { email: `can.bo.mot.cua.${Date.now()}@test.local`, password: 'mat-khau-can-bo-1-cua' }

/** A small PDF Payload accepts (its header, cross-reference and end markers); synthetic. */
const pdf = (name: string, text: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.from(
    `%PDF-1.4\n1 0 obj<<>>endobj\n% ${text} (synthetic test file)\nxref\n0 1\ntrailer<<>>\nstartxref\n9\n%%EOF\n`,
  ),
})

async function officerStep(
  page: Page,
  dossierId: number,
  action: string,
  options: { note?: string; file?: ReturnType<typeof pdf> } = {},
) {
  await page.goto(`${cmsUrl}/admin/collections/dossiers/${dossierId}`)
  const panel = page.getByRole('region', { name: 'Xử lý hồ sơ' })
  await panel.getByRole('button', { name: action, exact: true }).click()
  if (options.note) await panel.getByLabel(/Lý do gửi người dân|Ghi chú gửi người dân/).fill(options.note)
  if (options.file) await panel.getByLabel('Tệp kết quả (PDF, JPEG, PNG)').setInputFiles(options.file)
  await panel.getByRole('button', { name: `Xác nhận: ${action}` }).click()
  await expect(panel.getByRole('status')).toContainText('Đã chuyển hồ sơ sang trạng thái', { timeout: 60_000 })
}

async function mailsTo(address: string, code: string): Promise<{ subject: string; text: string }[]> {
  const names = (await readdir(mailDir).catch(() => [] as string[])).filter((name) => name.endsWith('.json'))
  const mails = await Promise.all(
    names.map(async (name) => JSON.parse(await readFile(path.join(mailDir, name), 'utf8'))),
  )
  return mails.filter((mail) => mail.to.includes(address) && mail.text.includes(code))
}

test('a dossier from submission to result, with a supplement, the mail trail and the access log', async ({
  browser,
}) => {
  test.setTimeout(900_000)
  await ensureCitizen(person, PASSWORD)
  const { token } = await api('users/login', {
    method: 'POST',
    body: JSON.stringify({ email: secrets.adminEmail, password: secrets.adminPassword }),
  })
  const { docs: agencies } = await api('agencies?where[code][equals]=BTP&depth=0', { token })
  await api('users', {
    method: 'POST',
    token,
    body: JSON.stringify({
      ...OFFICER,
      name: 'Cán bộ một cửa (thử nghiệm)',
      roles: ['officer'],
      agency: agencies[0].id,
    }),
  })

  // The citizen submits, step by step, on the static site.
  const citizen = await (await browser.newContext()).newPage()
  // No action waits longer than this: a missing element fails the step, not the whole test's 15 minutes.
  citizen.setDefaultTimeout(30_000)
  const errors: string[] = []
  citizen.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await citizen.goto(`${site}/nop-ho-so?thu-tuc=1.001193`)
  await expect(citizen).toHaveURL(/\/oidc\/interaction\//, { timeout: 60_000 })
  await citizen.getByLabel(/Số định danh cá nhân/).fill(person.citizenId)
  await citizen.getByLabel('Mật khẩu').fill(PASSWORD)
  await citizen.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(citizen).toHaveURL(/\/nop-ho-so\?thu-tuc=1\.001193/, { timeout: 60_000 })
  await expect(citizen.getByRole('heading', { level: 1 })).toContainText('Nộp hồ sơ trực tuyến')

  await citizen.getByLabel(/Họ, chữ đệm và tên của trẻ/).fill('Trần Minh Khôi (synthetic)')
  await citizen.getByLabel(/Ngày sinh của trẻ/).fill('2026-11-20')
  await citizen
    .getByRole('group', { name: /Giới tính của trẻ/ })
    .getByLabel('Nam')
    .check()
  const place = citizen.getByRole('group', { name: /Nơi sinh/ })
  await place.getByLabel('Tỉnh, thành phố').selectOption('79')
  await place.getByLabel('Xã, phường, đặc khu').selectOption({ index: 1 })
  await citizen.getByLabel(/Họ và tên mẹ/).fill('Trần Thị Bình')
  await citizen
    .getByRole('group', { name: /Người đi đăng ký là/ })
    .getByLabel('Cha hoặc mẹ của trẻ')
    .check()
  await expectAccessible(citizen, 'submission, information step')
  await citizen.getByRole('button', { name: 'Lưu và tiếp tục' }).click()

  await citizen
    .getByRole('group', { name: /Giấy chứng sinh/ })
    .getByLabel(/Chọn tệp/)
    .setInputFiles(pdf('giay-chung-sinh.pdf', 'birth notification'))
  await citizen
    .getByRole('group', { name: /Giấy tờ chứng minh thông tin về cư trú/ })
    .getByLabel(/Chọn tệp/)
    .setInputFiles(pdf('cu-tru.pdf', 'residence'))
  await expect(citizen.getByText('giay-chung-sinh.pdf')).toBeVisible()
  await expect(citizen.getByText('cu-tru.pdf')).toBeVisible()
  await expectAccessible(citizen, 'submission, documents step')
  await citizen.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
  await expectAccessible(citizen, 'submission, review step')
  await citizen.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click()

  const receipt = citizen.getByRole('region', { name: /Biên nhận hồ sơ/ })
  await expect(receipt).toBeVisible({ timeout: 60_000 })
  const code = (await receipt.locator('dd.dossier-code').first().textContent())?.trim() ?? ''
  const secret = (await receipt.locator('dd.dossier-code').nth(1).textContent())?.trim() ?? ''
  expect(code).toMatch(/^BTP-\d{6}-\d{4}$/)
  await expect(receipt.locator('svg')).toBeVisible()
  await expectAccessible(citizen, 'receipt')

  // The officer receives it and asks for a supplement, in the admin.
  const { docs: found } = await api(`dossiers?where[code][equals]=${code}&depth=0`, { token })
  const dossierId = found[0].id as number
  const officer = await (await browser.newContext()).newPage()
  officer.setDefaultTimeout(60_000)
  await signIn(officer, OFFICER.email, OFFICER.password)
  await officerStep(officer, dossierId, 'Tiếp nhận')
  await officerStep(officer, dossierId, 'Yêu cầu bổ sung', {
    note: 'Đề nghị bổ sung bản chụp rõ nét của giấy chứng sinh.',
  })

  // The citizen adds it.
  await citizen.goto(`${site}/ho-so-cua-toi?ma=${code}`)
  await expect(
    citizen.getByRole('blockquote').getByText('Đề nghị bổ sung bản chụp rõ nét của giấy chứng sinh.'),
  ).toBeVisible({
    timeout: 60_000,
  })
  const supplement = citizen.getByRole('form', { name: 'Bổ sung hồ sơ' })
  await supplement
    .getByRole('group', { name: /Giấy chứng sinh/ })
    .getByLabel(/Chọn tệp/)
    .setInputFiles(pdf('giay-chung-sinh-ro.pdf', 'clearer'))
  await expect(supplement.getByText('giay-chung-sinh-ro.pdf')).toBeVisible()
  await supplement.getByRole('button', { name: 'Gửi bổ sung' }).click()
  await expect(citizen.getByText('Đã gửi bổ sung.')).toBeVisible({ timeout: 60_000 })

  // The officer resolves it with a result file.
  await officerStep(officer, dossierId, 'Trả kết quả giải quyết', {
    note: 'Đã cấp Giấy khai sinh.',
    file: pdf('giay-khai-sinh.pdf', 'result'),
  })

  // The citizen sees the result, every step, and who looked.
  await citizen.goto(`${site}/ho-so-cua-toi?ma=${code}`)
  await expect(citizen.getByText('giay-khai-sinh.pdf')).toBeVisible({ timeout: 60_000 })
  await expect(citizen.getByText('Đã cấp Giấy khai sinh.').first()).toBeVisible()
  const accessLog = citizen.getByRole('table', { name: /Ai đã xem hồ sơ của tôi/ })
  await expect(accessLog).toContainText('Cán bộ một cửa (thử nghiệm)')
  await expect(accessLog).toContainText('Bộ Tư pháp')
  await expectAccessible(citizen, 'my dossier with its result')

  // The e-mail trail: one mail per step, in Vietnamese, through the queue.
  await expect
    .poll(async () => (await mailsTo(person.email, code)).length, { timeout: 60_000 })
    .toBeGreaterThanOrEqual(5)
  const subjects = (await mailsTo(person.email, code)).map((mail) => mail.subject).join('\n')
  for (const state of ['Mới đăng ký', 'Đã tiếp nhận', 'Yêu cầu bổ sung giấy tờ', 'Đang xử lý', 'Đã xử lý xong'])
    expect(subjects).toContain(state)

  // Anyone with the code and the secret sees the status, nothing personal.
  const stranger = await (await browser.newContext()).newPage()
  stranger.setDefaultTimeout(30_000)
  await stranger.goto(`${site}/tra-cuu-ho-so`)
  await stranger.getByLabel('Mã hồ sơ').fill(code)
  await stranger.getByLabel('Mã bí mật').fill(secret)
  await stranger.getByRole('button', { name: 'Tra cứu' }).click()
  await expect(stranger.getByText('Đã xử lý xong').first()).toBeVisible({ timeout: 30_000 })
  await expect(stranger.locator('main')).not.toContainText(person.fullName)
  await expectAccessible(stranger, 'tracking')
  expect(errors).toEqual([])
})
