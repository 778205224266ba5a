import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ContentError,
  findReferenceProblems,
  lifeEventCodes,
  loadContent,
  PROCEDURE_CODE,
} from '../../content/schema.ts'

const contentDir = join(import.meta.dirname, '..', '..', 'content')
const content = loadContent()

describe('seed content', () => {
  it('loads from the default folder and from an explicit one alike', () => {
    const again = loadContent(contentDir)
    expect(again.procedures.map((p) => p.code)).toEqual(content.procedures.map((p) => p.code))
  })

  it('has the honest minimum counts', () => {
    expect(content.procedures.length).toBeGreaterThanOrEqual(40)
    expect(content.sectors.length).toBeGreaterThanOrEqual(8)
    expect(content.lifeEvents.length).toBeGreaterThanOrEqual(10)
    expect(content.faqs.length).toBeGreaterThanOrEqual(60)
    const usedSectors = new Set(content.procedures.map((p) => p.sector))
    expect(usedSectors.size).toBeGreaterThanOrEqual(8)
  })

  it('lists the 14 ministries, 3 ministry-level agencies and 34 provinces of 2025', () => {
    const ministries = content.agencies.filter((a) => a.kind === 'ministry')
    const ministryLevel = content.agencies.filter((a) => a.kind === 'ministry-level')
    const provinces = content.agencies.filter((a) => a.kind === 'province')
    expect(ministries).toHaveLength(14)
    expect(ministryLevel).toHaveLength(3)
    expect(ministries.length + ministryLevel.length).toBe(17)
    expect(provinces).toHaveLength(34)
    expect(provinces.every((p) => /^\d{2}$/.test(p.code))).toBe(true)
    expect(content.agencies.find((a) => a.code === 'BCA')?.name.vi).toBe('Bộ Công an')
    expect(content.agencies.find((a) => a.code === '79')?.name.vi).toBe('Thành phố Hồ Chí Minh')
  })

  it('has no dangling references and no duplicate codes or slugs', () => {
    expect(findReferenceProblems(content)).toEqual([])
  })

  it('keeps codes, slugs and file names unique', () => {
    const unique = (values: string[]) => new Set(values).size === values.length
    expect(unique(content.procedures.map((p) => p.code))).toBe(true)
    expect(unique(content.agencies.map((a) => a.code))).toBe(true)
    expect(unique(content.agencies.map((a) => a.slug))).toBe(true)
    expect(unique(content.sectors.map((s) => s.code))).toBe(true)
    expect(unique(content.sectors.map((s) => s.slug))).toBe(true)
    expect(unique(content.lifeEvents.map((e) => e.slug))).toBe(true)
    expect(unique(content.forms.map((f) => f.slug))).toBe(true)
    expect(unique(content.faqs.map((f) => f.slug))).toBe(true)
  })

  it('resolves every reference by hand as well', () => {
    const agencies = new Set(content.agencies.map((a) => a.code))
    const sectors = new Set(content.sectors.map((s) => s.code))
    const events = new Set(content.lifeEvents.map((e) => e.slug))
    const forms = new Set(content.forms.map((f) => f.slug))
    const codes = new Set(content.procedures.map((p) => p.code))
    for (const p of content.procedures) {
      expect(sectors.has(p.sector), `${p.code} sector`).toBe(true)
      expect(agencies.has(p.agency), `${p.code} agency`).toBe(true)
      for (const slug of p.lifeEvents) expect(events.has(slug), `${p.code} life event ${slug}`).toBe(true)
      for (const doc of p.documents) if (doc.form) expect(forms.has(doc.form), `${p.code} form ${doc.form}`).toBe(true)
    }
    for (const s of content.sectors) expect(agencies.has(s.ministry), `sector ${s.code}`).toBe(true)
    for (const e of content.lifeEvents)
      for (const c of lifeEventCodes(e)) expect(codes.has(c), `event ${e.slug} ${c}`).toBe(true)
    for (const f of content.faqs) for (const c of f.procedures) expect(codes.has(c), `faq ${f.slug} ${c}`).toBe(true)
    for (const f of content.forms) for (const c of f.procedures) expect(codes.has(c), `form ${f.slug} ${c}`).toBe(true)
  })

  it('gives every procedure a national code, a source and names in both languages', () => {
    for (const p of content.procedures) {
      expect(p.code).toMatch(PROCEDURE_CODE)
      expect(p.source.name.length, p.code).toBeGreaterThan(0)
      expect(p.source.url ?? p.source.note, `${p.code} source url or note`).toBeTruthy()
      expect(p.name.vi.length, p.code).toBeGreaterThan(0)
      expect(p.name.en, `${p.code} en name`).toBeTruthy()
      expect(p.result.en, `${p.code} en result`).toBeTruthy()
      for (const step of p.steps) expect(step.en, `${p.code} step`).toBeTruthy()
      for (const doc of p.documents) expect(doc.name.en, `${p.code} document`).toBeTruthy()
      expect(p.keywords.vi.length, p.code).toBeGreaterThan(0)
      expect(p.keywords.en.length, p.code).toBeGreaterThan(0)
    }
  })

  it('translates agencies, sectors, life events and FAQs', () => {
    for (const a of content.agencies) expect(a.name.en, a.code).toBeTruthy()
    for (const s of content.sectors) expect(s.name.en, s.code).toBeTruthy()
    for (const e of content.lifeEvents) {
      expect(e.name.en, e.slug).toBeTruthy()
      expect(e.description.en, e.slug).toBeTruthy()
    }
    for (const f of content.faqs) {
      expect(f.question.en, f.slug).toBeTruthy()
      expect(f.answer.en, f.slug).toBeTruthy()
    }
  })

  it('keeps fees and times well-formed where they are given', () => {
    for (const p of content.procedures) {
      for (const m of p.methods) {
        if (m.fee?.amount !== undefined) expect(Number.isInteger(m.fee.amount) && m.fee.amount >= 0, p.code).toBe(true)
        if (m.time) expect(m.time.amount, p.code).toBeGreaterThan(0)
      }
    }
    const registration = content.procedures.find((p) => p.code === '1.004222')
    expect(registration?.methods.find((m) => m.channel === 'in-person')?.fee?.amount).toBe(20000)
    expect(registration?.methods.find((m) => m.channel === 'online')?.fee?.amount).toBe(10000)
  })

  it('has at least two FAQs for the most common procedures', () => {
    const common = ['1.001193', '1.004222', '1.004194', '2.000200', '1.001456', '1.013831', '3.000722']
    for (const code of common) {
      const count = content.faqs.filter((f) => f.procedures.includes(code)).length
      expect(count, code).toBeGreaterThanOrEqual(2)
    }
  })
})

describe('loadContent errors', () => {
  it('names the file and the zod path of invalid data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'))
    try {
      cpSync(contentDir, dir, { recursive: true, filter: (src) => !src.endsWith('.ts') && !src.endsWith('.md') })
      const file = join(dir, 'procedures', '1.001193.json')
      const record = JSON.parse(readFileSync(file, 'utf8'))
      record.methods[0].time.unit = 'weeks'
      writeFileSync(file, JSON.stringify(record))
      expect(() => loadContent(dir)).toThrow(ContentError)
      expect(() => loadContent(dir)).toThrow(/1\.001193\.json.*methods\.0\.time\.unit/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('rejects a procedure whose file name does not match its code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'))
    try {
      cpSync(contentDir, dir, { recursive: true, filter: (src) => !src.endsWith('.ts') && !src.endsWith('.md') })
      const from = join(dir, 'procedures', '1.001193.json')
      writeFileSync(join(dir, 'procedures', '1.999999.json'), readFileSync(from, 'utf8'))
      expect(() => loadContent(dir)).toThrow(/1\.999999\.json.*code/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
