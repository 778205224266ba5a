import { seeded } from '/work/wt/fuzz/tests/e2e/fuzz/random.ts'
import { fuzzRequest } from '/work/wt/fuzz/tests/e2e/fuzz/requests.ts'
import { request as pwRequest } from '@playwright/test'
import { breach } from '/work/wt/fuzz/tests/e2e/fuzz/check.ts'
const ctx = await pwRequest.newContext()
const seed = Number(process.env.FUZZ_SEED ?? 20261130)
const random = seeded(seed)
const statuses: Record<string, number> = {}
let fails = 0
for (let i = 0; i < Number(process.env.FUZZ_COUNT ?? 400); i++) {
  const f = fuzzRequest(random, 'http://127.0.0.1:3400', 'http://127.0.0.1:4721')
  try {
    const r = await ctx.fetch(f.url, { method: f.method, headers: f.headers, data: f.body, maxRedirects: 0, failOnStatusCode: false, timeout: 120000 })
    statuses[r.status()] = (statuses[r.status()] ?? 0) + 1
    const p = await breach(f, r)
    if (p) { fails++; console.log(`#${i} ${f.method} ${f.url.slice(0, 160)} ${JSON.stringify(f.headers).slice(0,80)}: ${p.slice(0, 250)}`) }
  } catch (e) { fails++; console.log(`#${i} ${f.method} ${f.url.slice(0,160)}: THROW ${(e as Error).message.split('\n')[0]}`) }
}
console.log(statuses, 'fails', fails)
await ctx.dispose()
