import { defineConfig } from '@playwright/test'
import { DEBIAN_CHROMIUM, locateChromium } from './scripts/lib/chromium.ts'
import { loadConfig } from './scripts/lib/config.ts'

const { site } = loadConfig('test')

/**
 * Browser tests drive a system Chromium (Playwright cannot download its own here):
 * `npm test` finds it, or installs Debian's, and passes it as CHROMIUM_PATH
 * (scripts/lib/chromium.ts); run directly, Playwright looks in the same places.
 * tests/e2e/global-setup.ts brings the whole portal up on the test profile's ports
 * (site 4421, portal server 3100, both moved by TEST_PORT_OFFSET) with its own data
 * folder, and down afterwards.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // A focused test (`test.only`) would silently skip the rest of the suite.
  forbidOnly: true,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${site.port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      // Nothing found: Debian's path, so the launch error names what to install.
      executablePath: process.env.CHROMIUM_PATH || locateChromium() || DEBIAN_CHROMIUM,
      // Without these Chromium keeps dialling Google's hosts, which this network refuses.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
})
