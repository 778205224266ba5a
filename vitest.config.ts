import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // A focused test (`it.only`) would silently skip the rest of the suite.
    allowOnly: false,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.test.ts'],
          environment: 'node',
          // Real PostgreSQL and Meilisearch, started once for the run (test profile).
          globalSetup: ['tests/int/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Payload per file shares one server; files run one after another on 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
})
