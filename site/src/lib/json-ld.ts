import type { Locale } from '../i18n/index.ts'
import type { TimeUnit } from './types.ts'

/** ISO 8601 duration of a processing time; working days are counted as days. */
export function isoDuration(amount: number, unit: TimeUnit): string {
  if (unit === 'hours') return `PT${amount}H`
  if (unit === 'months') return `P${amount}M`
  return `P${amount}D`
}

export type GovernmentServiceInput = {
  locale: Locale
  url: string
  code: string
  name: string
  description?: string
  sector: string
  provider: { name: string; url: string; address?: string; telephone?: string; email?: string }
  channels: { name: string; url?: string; time?: { amount: number; unit: TimeUnit }; fee?: number }[]
  audience: string[]
  updatedAt: string
}

/** schema.org GovernmentService of a procedure page (https://schema.org/GovernmentService). */
export function governmentService(input: GovernmentServiceInput): Record<string, unknown> {
  const fees = input.channels.filter((channel) => channel.fee !== undefined)
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    '@id': input.url,
    url: input.url,
    identifier: input.code,
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    inLanguage: input.locale,
    serviceType: input.sector,
    dateModified: input.updatedAt,
    areaServed: { '@type': 'Country', name: 'Việt Nam' },
    provider: {
      '@type': 'GovernmentOrganization',
      name: input.provider.name,
      url: input.provider.url,
      ...(input.provider.address ? { address: input.provider.address } : {}),
      ...(input.provider.telephone ? { telephone: input.provider.telephone } : {}),
      ...(input.provider.email ? { email: input.provider.email } : {}),
    },
    ...(input.audience.length > 0
      ? { audience: input.audience.map((name) => ({ '@type': 'Audience', audienceType: name })) }
      : {}),
    availableChannel: input.channels.map((channel) => ({
      '@type': 'ServiceChannel',
      name: channel.name,
      ...(channel.url ? { serviceUrl: channel.url } : {}),
      ...(channel.time ? { processingTime: isoDuration(channel.time.amount, channel.time.unit) } : {}),
    })),
    ...(fees.length > 0
      ? {
          offers: fees.map((channel) => ({
            '@type': 'Offer',
            name: channel.name,
            price: channel.fee,
            priceCurrency: 'VND',
          })),
        }
      : {}),
  }
}

/** JSON for a `<script type="application/ld+json">`: "<" escaped so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}
