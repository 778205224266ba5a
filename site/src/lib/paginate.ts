/** Items per page of a listing; FAQ pages hold 50 (a ministry has 500 and more). */
export const PAGE_SIZE = Object.freeze({ faqs: 50, procedures: 100, forms: 100 })

export type Slice = { page: number; pages: number; ids: number[] }

/** The pages of a list of ids; an empty list still has its first page. */
export function slices(ids: readonly number[], size: number): Slice[] {
  const pages = Math.max(1, Math.ceil(ids.length / size))
  return Array.from({ length: pages }, (_, index) => ({
    page: index + 1,
    pages,
    ids: ids.slice(index * size, (index + 1) * size),
  }))
}

/** The `[...page]` route parameter of page n: undefined for the first page. */
export const pageParam = (page: number) => (page > 1 ? String(page) : undefined)

/** Page links to show: the first, the last and two either side of the current one; `null` marks a gap. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const shown = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages))
  const sorted = [...shown].sort((a, b) => a - b)
  return sorted.flatMap((n, index) => (index > 0 && n - (sorted[index - 1] ?? n) > 1 ? [null, n] : [n]))
}
