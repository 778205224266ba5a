import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { FINGERPRINT, localFolderTarget, MANIFEST, publishSite } from '@dvc/cms/publish'
import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test'

import { loadConfig } from '../../scripts/lib/config.ts'

/**
 * The core loop of issue 11: a staff member publishes a procedure in the admin, the worker
 * puts its pages (vi and en) and its sector list on the static site within seconds; an edit
 * follows; unpublishing takes the pages away. The admin shows "live", then "removed".
 */
const config = loadConfig('test')
const cmsUrl = process.env.E2E_CMS_URL ?? config.cms.url
const CODE = '9.990001'
/** Publishing waits on the worker: generous on a loaded machine (speed is benched). */
const LIVE_MS = 240_000

async function login(page: Page, email = config.secrets.adminEmail, password = config.secrets.adminPassword) {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(/\/admin(?!\/login)/)
}

/**
 * The admin's own REST calls, with its session cookie. Payload takes a cookie only from a
 * request whose Origin is on its CSRF list (the portal's own origin, serverURL): a browser
 * sends it with every fetch the admin makes, Playwright's request context does not.
 */
async function api<T>(page: Page, method: 'get' | 'post' | 'patch', path: string, data?: object): Promise<T> {
  const headers = { origin: new URL(cmsUrl).origin }
  const response = await page.request[method](`${cmsUrl}/api${path}`, data ? { data, headers } : { headers })
  expect(response.status(), `${method} ${path}`).toBeLessThan(300)
  return (await response.json()) as T
}

/** Poll a site page until it answers `status` (and shows `text`, if given). */
async function siteShows(page: Page, path: string, status: number, text?: string) {
  await expect
    .poll(
      async () => {
        const response = await page.request.get(path)
        if (response.status() !== status) return false
        return text ? (await response.text()).includes(text) : true
      },
      { timeout: LIVE_MS, intervals: [500] },
    )
    .toBe(true)
}

test.describe('publishing from the admin to the static site', () => {
  test.setTimeout(15 * 60_000)

  test('publish, edit and unpublish a procedure; the admin follows its state', async ({ page, browser, request }) => {
    await login(page)
    type List<T> = { docs: T[] }
    const agency = (await api<List<{ id: number }>>(page, 'get', '/agencies?limit=1&depth=0')).docs[0]
    expect(agency).toBeTruthy()
    // A sector of its own, so its list page holds this procedure alone (no paging to search).
    const { doc: sector } = await api<{ doc: { id: number; slug: string } }>(page, 'post', '/sectors', {
      code: 'XBTN',
      slug: 'xuat-ban-thu-nghiem',
      name: 'Lĩnh vực xuất bản thử nghiệm',
      ministry: agency?.id,
    })
    // A draft first (through the API the admin itself calls), then published with the admin's button.
    const { doc } = await api<{ doc: { id: number } }>(page, 'post', '/procedures?draft=true', {
      code: CODE,
      name: 'Thủ tục xuất bản thử nghiệm (dữ liệu tổng hợp)',
      levels: ['central'],
      serviceLevel: 'full',
      sector: sector?.id,
      agency: agency?.id,
      steps: [{ text: 'Nộp hồ sơ' }],
      result: 'Kết quả',
      synthetic: true,
      _status: 'draft',
    })
    await previewAsEditor(page, browser, request, { agency: agency?.id ?? 0, procedure: doc.id })
    await page.goto(`${cmsUrl}/admin/collections/procedures/${doc.id}`)
    await page.locator('#action-save').click()

    const state = page.locator('[data-publishing-state]')
    await expect(state).toHaveAttribute('data-publishing-state', 'live', { timeout: LIVE_MS })
    await expect(state).toContainText('Đang hiển thị từ')
    await siteShows(page, `/thu-tuc/${CODE}`, 200, 'Thủ tục xuất bản thử nghiệm')
    await siteShows(page, `/en/procedures/${CODE}`, 200)
    await siteShows(page, `/linh-vuc/${sector?.slug}`, 200, CODE)
    await siteShows(page, '/sitemap.xml', 200, `/thu-tuc/${CODE}`)

    await api(page, 'patch', `/procedures/${doc.id}`, { name: 'Thủ tục đã sửa tên', _status: 'published' })
    await siteShows(page, `/thu-tuc/${CODE}`, 200, 'Thủ tục đã sửa tên')

    await api(page, 'patch', `/procedures/${doc.id}`, { _status: 'draft' })
    // Gone for good, not missing: 410 in the page's language, pointing at the sector's list.
    await siteShows(page, `/thu-tuc/${CODE}`, 410)
    await siteShows(page, `/en/procedures/${CODE}`, 410)
    for (const [at, lang, up] of [
      [`/thu-tuc/${CODE}`, 'vi', `/linh-vuc/${sector?.slug}`],
      [`/en/procedures/${CODE}`, 'en', `/en/sectors/${sector?.slug}`],
    ] as const) {
      await page.goto(at)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.locator('a[data-gone-up]')).toHaveAttribute('href', up)
    }
    await expect.poll(async () => (await page.request.get('/sitemap.xml')).text()).not.toContain(`/thu-tuc/${CODE}`)
    await expect
      .poll(async () => (await page.request.get(`/linh-vuc/${sector?.slug}`)).text(), { timeout: LIVE_MS })
      .not.toContain(CODE)
    await page.goto(`${cmsUrl}/admin/collections/procedures/${doc.id}`)
    await expect(state).toHaveAttribute('data-publishing-state', 'removed', { timeout: LIVE_MS })
  })
})

/**
 * An editor of the procedure's agency opens the admin's Preview of the unpublished draft and
 * reads it as its public page, marked as a preview; the same address tells the public to sign in.
 */
async function previewAsEditor(
  admin: Page,
  browser: Browser,
  request: APIRequestContext,
  ids: { agency: number; procedure: number },
) {
  const email = `editor.preview.${Date.now()}@example.test`
  const password = 'a-long-synthetic-password-1'
  await api(admin, 'post', '/users', {
    email,
    password,
    name: 'Biên tập viên (tổng hợp)',
    roles: ['editor'],
    agency: ids.agency,
  })
  const context = await browser.newContext()
  try {
    const editor = await context.newPage()
    await login(editor, email, password)
    await editor.goto(`${cmsUrl}/admin/collections/procedures/${ids.procedure}`)
    const [preview] = await Promise.all([context.waitForEvent('page'), editor.locator('#preview-button').click()])
    // The first preview of a portal process may build the site's renderer: the ceiling is generous.
    await expect(preview.locator('[data-preview-banner]')).toBeVisible({ timeout: LIVE_MS })
    await expect(preview.locator('html')).toHaveAttribute('lang', 'vi')
    await expect(preview.locator('h1')).toContainText('Thủ tục xuất bản thử nghiệm')
    await expect(preview.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/)
    const anonymous = await request.get(preview.url())
    expect(anonymous.status()).toBe(401)
    expect(anonymous.headers()['cache-control']).toBe('private, no-store')
    expect((await anonymous.json()).error.code).toBe('publishing.preview.sign_in')
  } finally {
    await context.close()
  }
}

test.describe('a full build and the sum of publishes', () => {
  test.setTimeout(10 * 60_000)

  test('leave the same files', async () => {
    const live = config.site.outDir
    const full = await mkdtemp(path.join(tmpdir(), 'dvc-full-build-'))
    try {
      await publishSite({ target: localFolderTarget(full), cmsUrl, env: siteEnvOf() })
      const built = await filesOf(full)
      // The live folder is the sum of every publish so far, once the last ones and the search
      // fallback that follows them (within a minute) are done.
      await expect.poll(async () => filesOf(live), { timeout: LIVE_MS, intervals: [2000] }).toEqual(built)
    } finally {
      await rm(full, { recursive: true, force: true })
    }
  })
})

/** A published folder's files and their hashes, from its manifest (what the site was built from apart). */
async function filesOf(dir: string): Promise<Record<string, string>> {
  const manifest = JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8')) as Record<string, string>
  delete manifest[FINGERPRINT]
  return manifest
}

/** The site build's variables, as the stack gives them to the worker. */
function siteEnvOf(): Record<string, string> {
  return JSON.parse(process.env.E2E_SITE_ENV ?? '{}') as Record<string, string>
}
