/**
 * Beside the procedures: the life events they belong to ("tôi vừa sinh con" suggests "Có con
 * nhỏ", issue 14) and the FAQs that match (issue 10, item 5), each linked to its own page.
 */
import { routes } from '../../lib/routes.ts'
import type { FaqHit, Hit, Locale } from './meili.ts'
import type { Translate } from './translate.ts'

const SUGGESTED_EVENTS = 2
/** Hits read for life events: the first ones say what the query is about. */
const READ_HITS = 10

/** The life events most of the first hits belong to, most frequent first. */
export function suggestedLifeEvents(hits: readonly Hit[]): string[] {
  const counts = new Map<string, number>()
  for (const hit of hits.slice(0, READ_HITS)) {
    for (const slug of hit.lifeEvents ?? []) counts.set(slug, (counts.get(slug) ?? 0) + 1)
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, SUGGESTED_EVENTS)
    .map(([slug]) => slug)
}

type Props = {
  id: string
  locale: Locale
  lifeEvents: string[]
  faqs: FaqHit[]
  eventName: (slug: string) => string
  t: Translate
}

export function LifeEventSuggestions({ id, locale, lifeEvents, eventName, t }: Omit<Props, 'faqs'>) {
  if (lifeEvents.length === 0) return null
  return (
    <aside className="search-related" aria-labelledby={`${id}-events`}>
      <h3 id={`${id}-events`}>{t('search.lifeEvents.heading')}</h3>
      <ul>
        {lifeEvents.map((slug) => (
          <li key={slug}>
            <a href={routes.lifeEvent(slug, locale)}>{eventName(slug)}</a>
          </li>
        ))}
      </ul>
    </aside>
  )
}

export function FaqResults({ id, locale, faqs, t }: Pick<Props, 'id' | 'locale' | 'faqs' | 't'>) {
  if (faqs.length === 0) return null
  return (
    <section className="search-related search-faqs" aria-labelledby={`${id}-faqs`}>
      <h3 id={`${id}-faqs`}>{t('search.faqs.heading')}</h3>
      <ul>
        {faqs.map((faq) => (
          <li key={faq.slug}>
            <a href={routes.faq(faq.slug, locale)}>{faq.question}</a>
          </li>
        ))}
      </ul>
    </section>
  )
}
