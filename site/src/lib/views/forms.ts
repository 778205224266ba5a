import { must } from '../cms.ts'
import { fileType, formatSize } from '../format.ts'
import type { PageContext } from '../page.ts'
import { routes } from '../routes.ts'

/** Template forms of one page of the library: file link and type when uploaded, and where each is used. */
export function formCards({ store, read, locale }: PageContext, ids: number[], cmsPublicUrl: string) {
  return ids.map((id) => {
    const form = must(store.forms, id, 'form')
    const type = fileType(form.mimeType, form.filename)
    const info = [type, form.filesize ? formatSize(form.filesize, locale) : undefined].filter(Boolean).join(', ')
    return {
      slug: form.slug,
      title: read.required(form.title),
      code: form.code,
      legalBasis: form.legalBasis,
      href: form.filename ? `${cmsPublicUrl}/api/forms/file/${encodeURIComponent(form.filename)}` : undefined,
      info,
      procedures: (form.procedures ?? []).flatMap((procedureId) => {
        const procedure = store.procedures.get(procedureId)
        return procedure
          ? [{ name: read.required(procedure.name), href: routes.procedure(procedure.code, locale) }]
          : []
      }),
    }
  })
}
