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
