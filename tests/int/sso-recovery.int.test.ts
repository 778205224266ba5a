import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SYNTHETIC_PEOPLE } from '../../cms/src/sso/accounts/synthetic-people.ts'
import { type ReceivedMail, startMailSink } from '../support/mail-sink.ts'
import { FormBrowser, type Page } from '../support/sso-browser.ts'
import { type SsoWorld, startSsoWorld } from '../support/sso-world.ts'

/**
 * Password reset by e-mail link (a real SMTP server receives it), e-mail and phone
 * verified by code (the phone's through the development SMS adapter's outbox), throttling,
 * against the real provider and PostgreSQL.
 */
let world: SsoWorld
let mail: Awaited<ReturnType<typeof startMailSink>>
const person = SYNTHETIC_PEOPLE[3] as (typeof SYNTHETIC_PEOPLE)[number]
const PASSWORD = 'mật khẩu khôi phục thử'
const NEW_PASSWORD = 'mật khẩu mới hoàn toàn'

beforeAll(async () => {
  mail = await startMailSink()
  // Read once by cms/src/env.ts when the config loads: set before Payload opens.
  process.env.SMTP_URL = mail.url
  world = await startSsoWorld()
})

afterAll(async () => {
  await world?.close()
  await mail?.close()
  delete process.env.SMTP_URL
})

const text = (page: Page) => page.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
const mailTo = (address: string) => mail.inbox.filter((m) => m.to.includes(address))

/** Registers the person through the account page's sign-in (no relying party needed). */
async function registered(browser: FormBrowser): Promise<Page> {
  const login = await browser.visit(`${world.issuer}/account?lang=vi`)
  const href = login.body.match(/href="([^"]*\/register[^"]*)"/)?.[1]?.replace(/&amp;/g, '&') ?? ''
  const form = await browser.visit(new URL(href, login.url).href)
  const { citizenId, fullName, birthDate, phone, email } = person
  return browser.submit(form, '/register', { citizenId, fullName, birthDate, phone, email, password: PASSWORD })
}

describe('e-mail and phone verified by code', () => {
  const browser = new FormBrowser('vi')
  let account: Page

  beforeAll(async () => {
    account = await registered(browser)
    expect(text(account)).toContain(person.fullName)
  })

  it('verifies the e-mail address with the code the mail carries; a wrong code does not', async () => {
    expect(text(account)).toContain(`${person.email} (chưa xác minh)`)
    const sent = await browser.submit(account, '/send-email-code')
    expect(text(sent)).toContain('Mã xác minh đã được gửi tới thư điện tử của bạn.')
    await expect.poll(() => mailTo(person.email).length, { timeout: 30_000 }).toBe(1)
    const code = (mailTo(person.email)[0] as ReceivedMail).text.match(/\b(\d{6})\b/)?.[1] as string
    const wrong = await browser.submit(sent, '/verify-email', { code: code === '000000' ? '111111' : '000000' })
    expect(text(wrong)).toContain('Mã không đúng.')
    const right = await browser.submit(wrong, '/verify-email', { code })
    expect(text(right)).toContain('Đã xác minh.')
    expect(text(right)).toContain(`${person.email} (đã xác minh)`)
    // Used once: the same code again proves nothing.
    expect(text(await browser.submit(right, '/verify-phone', { code }))).toMatch(/hết hạn|không đúng/)
  })

  it('verifies the phone with the code the development SMS adapter kept', async () => {
    const sent = await browser.submit(await browser.visit(`${world.issuer}/account?lang=vi`), '/send-phone-code')
    expect(text(sent)).toContain('Mã xác minh đã được gửi tới số điện thoại của bạn.')
    const { rows } = await world.pool.query<{ body: string; adapter: string }>(
      'SELECT body, adapter FROM sso.sms_outbox WHERE to_number = $1 ORDER BY id DESC LIMIT 1',
      [person.phone],
    )
    expect(rows[0]?.adapter).toMatch(/development/)
    const code = rows[0]?.body.match(/\b(\d{6})\b/)?.[1] as string
    const done = await browser.submit(sent, '/verify-phone', { code })
    expect(text(done)).toContain(`${person.phone} (đã xác minh)`)
    const { rows: stored } = await world.pool.query(
      'SELECT email_verified, phone_verified FROM citizens WHERE citizen_id = $1',
      [person.citizenId],
    )
    expect(stored).toEqual([{ email_verified: true, phone_verified: true }])
  })

  it('a code dies after five wrong tries', async () => {
    await world.pool.query('UPDATE citizens SET phone_verified = false WHERE citizen_id = $1', [person.citizenId])
    const page = await browser.visit(`${world.issuer}/account?lang=vi`)
    const sent = await browser.submit(page, '/send-phone-code')
    const { rows } = await world.pool.query<{ body: string }>(
      'SELECT body FROM sso.sms_outbox WHERE to_number = $1 ORDER BY id DESC LIMIT 1',
      [person.phone],
    )
    const code = rows[0]?.body.match(/\b(\d{6})\b/)?.[1] as string
    const wrongCode = code === '999999' ? '888888' : '999999'
    let last = sent
    for (let i = 0; i < 5; i++) last = await browser.submit(last, '/verify-phone', { code: wrongCode })
    expect(text(await browser.submit(last, '/verify-phone', { code }))).toContain('Mã đã hết hạn')
  })
})

describe('password reset by e-mail link', () => {
  it('sends a one-time link; the new password works, the old one and every session end', async () => {
    const before = mailTo(person.email).length
    const browser = new FormBrowser('en')
    const signedIn = await browser.visit(`${world.issuer}/account?lang=en`)
    const loggedIn = await browser.submit(signedIn, '/login', { citizenId: person.citizenId, password: PASSWORD })
    expect(text(loggedIn)).toContain(person.fullName)

    const other = new FormBrowser('en')
    const ask = await other.visit(`${world.issuer}/recovery?lang=en`)
    expect(ask.status).toBe(200)
    const sent = await other.submit(ask, '/recovery', { citizenId: person.citizenId })
    expect(text(sent)).toContain('If this number has an account')
    // An unknown number reads the same, and sends nothing.
    const unknown = await other.submit(ask, '/recovery', { citizenId: '001099000000' })
    expect(text(unknown)).toBe(text(sent))
    await expect.poll(() => mailTo(person.email).length, { timeout: 30_000 }).toBe(before + 1)
    const link = (mailTo(person.email).at(-1) as ReceivedMail).text.match(/https?:\/\/\S+\/recovery\/reset\?\S+/)?.[0]
    expect(link).toBeTruthy()

    const form = await other.visit(link as string)
    expect(form.status).toBe(200)
    const short = await other.submit(form, '/recovery/reset', { password: 'short' })
    expect(short.status).toBe(400)
    const done = await other.submit(form, '/recovery/reset', { password: NEW_PASSWORD })
    expect(done.status).toBe(200)
    expect(text(done)).toContain('Your password has been changed.')
    // Used once.
    expect((await other.visit(link as string)).status).toBe(410)
    // The session that knew the old password is over.
    expect((await browser.request(`${world.issuer}/account?lang=en`)).status).toBe(303)

    const fresh = new FormBrowser('en')
    const login = await fresh.visit(`${world.issuer}/account?lang=en`)
    const refused = await fresh.submit(login, '/login', { citizenId: person.citizenId, password: PASSWORD })
    expect(refused.status).toBe(401)
    const accepted = await fresh.submit(refused, '/login', { citizenId: person.citizenId, password: NEW_PASSWORD })
    expect(text(accepted)).toContain(person.fullName)
  })

  it('is throttled per account: the sixth request within the hour is refused with 429', async () => {
    const browser = new FormBrowser('vi')
    const ask = await browser.visit(`${world.issuer}/recovery?lang=vi`)
    const statuses: number[] = []
    // The address has three of its five left (the test above asked twice): the fourth is refused.
    for (let i = 0; i < 4; i++)
      statuses.push((await browser.submit(ask, '/recovery', { citizenId: '079192004321' })).status)
    expect(statuses).toEqual([200, 200, 200, 429])
  })

  it('answers a malformed number on the page, 400', async () => {
    const browser = new FormBrowser('vi')
    const ask = await browser.visit(`${world.issuer}/recovery?lang=vi`)
    const answer = await browser.submit(ask, '/recovery', { citizenId: '12ab' })
    expect(answer.status).toBe(400)
    expect(answer.body).toContain('aria-invalid="true"')
  })
})
