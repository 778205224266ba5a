/**
 * `npm run screenshots -- [SITE_URL]`: the procedure, life event, province and search pages at
 * a phone's width (390 px) and a desktop's (1280 px), taken from the running site (npm start,
 * or the browser tests' site) into docs/screenshots/, for the README. The first screen only
 * (what a citizen sees before scrolling), so the PNGs stay small.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'

import { DEBIAN_CHROMIUM, locateChromium } from './lib/chromium.ts'
import { createLog } from './lib/log.ts'

const log = createLog('screenshots')
const site = process.argv[2] ?? process.env.SITE_URL ?? 'http://localhost:4321'
const out = path.resolve(import.meta.dirname, '..', 'docs', 'screenshots')

export const SHOTS = [
  { name: 'procedure', path: '/thu-tuc/1.001193' },
  { name: 'life-event', path: '/su-kien/co-con-nho' },
  { name: 'province', path: '/co-quan/ha-noi' },
  { name: 'search', path: '/tim-kiem?q=khai+sinh' },
] as const
export const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const

mkdirSync(out, { recursive: true })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || locateChromium() || DEBIAN_CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
})
try {
  for (const viewport of WIDTHS) {
    const page = await browser.newPage({ viewport })
    for (const shot of SHOTS) {
      const response = await page.goto(new URL(shot.path, site).href, { waitUntil: 'networkidle' })
      if (!response?.ok()) throw new Error(`${shot.path} answered ${response?.status()}`)
      // The search island fills its results after load: wait for the first procedure link.
      if (shot.name === 'search') await page.locator('main a[href^="/thu-tuc/"]').first().waitFor({ timeout: 60_000 })
      const file = path.join(out, `${shot.name}-${viewport.width}.png`)
      await page.screenshot({ path: file })
      log.info(`${path.relative(process.cwd(), file)}`)
    }
    await page.close()
  }
} finally {
  await browser.close()
}
