import { describe, expect, it } from 'vitest'
import { buildStore, type Collections } from '../../site/src/lib/cms.ts'
import type { Procedure } from '../../site/src/lib/types.ts'
import { allFiles, fileOf, gonePages, touchedFiles } from '../../site/src/renderer/plan.ts'

/** A small world (labelled synthetic): one ministry, one sector, two procedures, a life event, two FAQs. */
const at = '2026-11-30T00:00:00.000Z'
const text = (vi: string) => ({ root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: vi }] }] } })
const procedure = (id: number, code: string, name: string): Procedure => ({
  id,
  code,
  name: { vi: `${name} (dữ liệu tổng hợp)` },
  levels: ['central'],
  serviceLevel: 'full',
  sector: 1,
  agency: 5,
  updatedAt: at,
})
const world = (procedures: Procedure[]): Collections => ({
  agencies: [
    { id: 5, code: 'BTN', slug: 'bo-thu-nghiem', name: { vi: 'Bộ thử nghiệm' }, kind: 'ministry', updatedAt: at },
  ],
  sectors: [{ id: 1, code: 'TN', slug: 'thu-nghiem', name: { vi: 'Thử nghiệm' }, ministry: 5, updatedAt: at }],
  procedures,
  lifeEvents: [
    { id: 2, slug: 'su-kien-a', name: { vi: 'Sự kiện A' }, audience: 'citizen', procedures: [4], updatedAt: at },
  ],
  faqs: [
    { id: 10, slug: 'hoi-a', question: { vi: 'Hỏi A?' }, answer: { vi: text('Đáp.') }, procedures: [4], updatedAt: at },
    { id: 11, slug: 'hoi-b', question: { vi: 'Hỏi B?' }, answer: { vi: text('Đáp.') }, procedures: [], updatedAt: at },
  ],
  forms: [],
  videos: [],
})

const files = (list: { file: string }[]) => list.map((entry) => entry.file)

describe('the pages a write touches (site/src/renderer/plan.ts)', () => {
  const before = buildStore(world([procedure(4, '9.000004', 'Thủ tục bốn'), procedure(8, '9.000008', 'Thủ tục tám')]))

  it('names files as the static build writes them', () => {
    expect(fileOf('/')).toBe('index.html')
    expect(fileOf('/en/')).toBe('en/index.html')
    expect(fileOf('/thu-tuc/1.001193')).toBe('thu-tuc/1.001193/index.html')
  })

  it('an edit re-renders the record, the lists and pages that show it, and the sitemap; not the others', () => {
    const after = buildStore(
      world([procedure(4, '9.000004', 'Thủ tục bốn đã sửa'), procedure(8, '9.000008', 'Thủ tục tám')]),
    )
    const touched = files(touchedFiles(before, after, [{ collection: 'procedures', id: 4 }]))
    expect(touched).toEqual(
      expect.arrayContaining([
        'thu-tuc/9.000004/index.html',
        'en/procedures/9.000004/index.html',
        'linh-vuc/thu-nghiem/index.html',
        'co-quan/bo-thu-nghiem/index.html',
        'su-kien/su-kien-a/index.html',
        'hoi-dap/hoi-a/index.html',
        'index.html',
        'sitemap.xml',
      ]),
    )
    expect(touched).not.toContain('thu-tuc/9.000008/index.html')
    expect(touched).not.toContain('hoi-dap/hoi-b/index.html')
    expect(touched.at(-1)).toBe('sitemap.xml')
  })

  it('an unpublish drops the record from the site and re-renders its lists', () => {
    const after = buildStore(world([procedure(8, '9.000008', 'Thủ tục tám')]))
    expect(files(allFiles(after))).not.toContain('thu-tuc/9.000004/index.html')
    expect(files(allFiles(before))).toContain('thu-tuc/9.000004/index.html')
    const touched = files(touchedFiles(before, after, [{ collection: 'procedures', id: 4 }]))
    expect(touched).toEqual(expect.arrayContaining(['linh-vuc/thu-nghiem/index.html', 'su-kien/su-kien-a/index.html']))
    expect(touched).not.toContain('thu-tuc/9.000008/index.html')
  })

  it('records an unpublished record’s pages as gone, each pointing at its sector’s list in its language', () => {
    const after = buildStore(world([procedure(8, '9.000008', 'Thủ tục tám')]))
    expect(gonePages(before, after)).toEqual({
      '/thu-tuc/9.000004': '/linh-vuc/thu-nghiem',
      '/en/procedures/9.000004': '/en/sectors/thu-nghiem',
    })
    expect(gonePages(before, before)).toEqual({})
  })

  it('points a gone FAQ without a sector, or a gone life event, at the list of sectors', () => {
    const collections = world([procedure(4, '9.000004', 'Thủ tục bốn')])
    const after = buildStore({ ...collections, faqs: collections.faqs.slice(0, 1), lifeEvents: [] })
    expect(gonePages(buildStore(collections), after)).toEqual({
      '/hoi-dap/hoi-b': '/linh-vuc',
      '/en/faq/hoi-b': '/en/sectors',
      '/su-kien/su-kien-a': '/linh-vuc',
      '/en/life-events/su-kien-a': '/en/sectors',
    })
  })

  it("puts the written record's own pages first, before the lists that show it", () => {
    const after = buildStore(
      world([procedure(4, '9.000004', 'Thủ tục bốn đã sửa'), procedure(8, '9.000008', 'Thủ tục tám')]),
    )
    const touched = files(touchedFiles(before, after, [{ collection: 'procedures', id: 4 }]))
    expect(touched.slice(0, 2)).toEqual(['thu-tuc/9.000004/index.html', 'en/procedures/9.000004/index.html'])
  })

  it("a province's local procedures are counted on its one page, not listed on every province's pages", () => {
    const province = (id: number, code: string, slug: string) =>
      ({ id, code, slug, name: { vi: `Tỉnh ${code} (dữ liệu tổng hợp)` }, kind: 'province', updatedAt: at }) as const
    const local = (id: number): Procedure => ({
      ...procedure(id, `9.${String(id).padStart(6, '0')}`, `Cấp xã ${id}`),
      levels: ['commune'],
    })
    const many = (count: number) => Array.from({ length: count }, (_, index) => local(100 + index))
    const country = (procedures: Procedure[]): Collections => {
      const base = world(procedures)
      return { ...base, agencies: [...base.agencies, province(20, '01', 'tinh-a'), province(21, '02', 'tinh-b')] }
    }
    const with250 = buildStore(country([procedure(4, '9.000004', 'Thủ tục bốn'), ...many(250)]))
    // 250 commune procedures: no province has pages of them (100 a page would have made 3 each).
    expect(files(allFiles(with250)).filter((file) => file.startsWith('co-quan/tinh-a'))).toEqual([
      'co-quan/tinh-a/index.html',
    ])
    // The first of them unpublished: each province's one page is rendered again (its counts), once.
    const without = buildStore(country([procedure(4, '9.000004', 'Thủ tục bốn'), ...many(250).slice(1)]))
    const touched = files(touchedFiles(with250, without, [{ collection: 'procedures', id: 100 }]))
    expect(touched.filter((file) => file.startsWith('co-quan/tinh-'))).toEqual([
      'co-quan/tinh-a/index.html',
      'co-quan/tinh-b/index.html',
    ])
  })
})
