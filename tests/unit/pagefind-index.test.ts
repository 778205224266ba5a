import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

/** site/scripts/pagefind-index.ts over small synthetic sites: one Pagefind run per language, merged. */
const script = path.resolve(import.meta.dirname, '..', '..', 'site', 'scripts', 'pagefind-index.ts')
const sites: string[] = []

function site(pages: Record<string, { lang: string; text: string }>, folders: string[] = []): string {
  const root = mkdtempSync(path.join(tmpdir(), 'dvc-pagefind-test-'))
  sites.push(root)
  for (const folder of folders) mkdirSync(path.join(root, folder), { recursive: true })
  for (const [file, page] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    const html = `<html lang="${page.lang}"><body data-pagefind-body><p>${page.text} (dữ liệu tổng hợp)</p></body></html>`
    writeFileSync(path.join(root, file), html)
  }
  execFileSync(process.execPath, [script, root], { stdio: 'pipe' })
  return root
}

const entryOf = (root: string) =>
  JSON.parse(readFileSync(path.join(root, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>
  }

afterEach(() => {
  for (const root of sites.splice(0)) rmSync(root, { recursive: true, force: true })
})

describe('the search fallback index (Pagefind, a language at a time)', () => {
  it('indexes each language apart and names both in one entry, files of both beside it', () => {
    const root = site({
      'thu-tuc/1/index.html': { lang: 'vi', text: 'Đăng ký khai sinh' },
      'hoi-dap/a/index.html': { lang: 'vi', text: 'Lệ phí khai sinh' },
      'en/procedures/1/index.html': { lang: 'en', text: 'Birth registration' },
    })
    const { languages } = entryOf(root)
    expect(Object.keys(languages).sort()).toEqual(['en', 'vi'])
    expect(languages.vi?.page_count).toBe(2)
    expect(languages.en?.page_count).toBe(1)
    const fragments = readdirSync(path.join(root, 'pagefind', 'fragment'))
    expect(fragments.some((name) => name.startsWith('vi_'))).toBe(true)
    expect(fragments.some((name) => name.startsWith('en_'))).toBe(true)
  })

  it('skips a language without pages (a folder left empty), and writes an empty entry for an empty site', () => {
    const viOnly = site({ 'thu-tuc/1/index.html': { lang: 'vi', text: 'Đăng ký khai sinh' } }, ['en/procedures/x'])
    expect(Object.keys(entryOf(viOnly).languages)).toEqual(['vi'])
    const empty = site({}, ['en/procedures/x'])
    expect(entryOf(empty).languages).toEqual({})
  })
})
