import type { TFunction } from 'i18next'

import type { Locale } from '../../i18n/index.ts'
import { governmentService } from '../json-ld.ts'
import { both, routes } from '../routes.ts'
import type { ProcedureView } from './procedure.ts'

/**
 * What a procedure page says about itself besides its body: both languages' URLs, a short
 * description, schema.org data for search engines, and the Pagefind filters of its hidden hints.
 */
export function procedurePageMeta(view: ProcedureView, t: TFunction, locale: Locale, site: URL | undefined) {
  const alternates = both((to) => routes.procedure(view.code, to))
  const absolute = (path: string) => new URL(path, site).href
  const jsonLd = governmentService({
    locale,
    url: absolute(alternates[locale]),
    code: view.code,
    name: view.name.text,
    ...(view.result ? { description: view.result.text } : {}),
    sector: view.sector.text.text,
    provider: {
      name: view.agency.name.text,
      url: absolute(view.agency.href),
      ...(view.agency.address ? { address: view.agency.address.text } : {}),
      ...(view.agency.phone ? { telephone: view.agency.phone } : {}),
      ...(view.agency.email ? { email: view.agency.email } : {}),
    },
    channels: view.methods.map((method) => ({
      name: t(`channel.${method.channel}`),
      ...(method.channel === 'online' && view.online ? { url: view.online.href } : {}),
      ...(method.time ? { time: method.time } : {}),
      ...(method.fee !== undefined ? { fee: method.fee } : {}),
    })),
    audience: view.subjects.map((subject) => t(`subject.${subject}`)),
    updatedAt: view.updatedAt,
  })
  return {
    alternates,
    description: [view.name.text, view.result?.text].filter(Boolean).join('. ').slice(0, 300),
    jsonLd,
    filters: {
      sector: [view.sector.text.text],
      agency: [view.agency.name.text],
      serviceLevel: [t(`serviceLevel.${view.serviceLevel}`)],
      lifeEvent: view.lifeEvents.map((event) => event.text.text),
    },
  }
}
