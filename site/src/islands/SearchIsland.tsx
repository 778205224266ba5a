/**
 * The search page's island (issue 5): instant results from Meilisearch with the search-only
 * key, facets with counts, state in the URL, and the Pagefind index when Meilisearch does not
 * answer. The server renders the same form, so without JavaScript it is a plain GET form.
 */
import { FACETS, type Facet, HITS_PER_PAGE, MAX_PAGE, MAX_QUERY_CHARS, pageWindow } from '@dvc/search/contract'
import { type SubmitEvent, useCallback, useEffect, useId, useRef, useState } from 'react'

import { path } from '../lib/routes.ts'
import { Facets } from './search/Facets.tsx'
import { highlightParts } from './search/highlight.ts'
import { type Hit, type Locale, type Results, type SearchConfig, searchMeili } from './search/meili.ts'
import { type Labels, searchPagefind } from './search/pagefind.ts'
import { FaqResults, LifeEventSuggestions, suggestedLifeEvents } from './search/Related.tsx'
import { emptyState, hasFilters, parseState, type SearchState, stateQuery, toggle } from './search/state.ts'
import { type Translate, translator } from './search/translate.ts'

export type SearchIslandProps = {
  locale: Locale
  /** Null when the build had no Meilisearch: the page searches the Pagefind index only. */
  config: SearchConfig | null
  labels: Labels
  /** The interface strings this island uses, in the page's language. */
  messages: Record<string, string>
}

const DEBOUNCE_MS = 250
/** After Meilisearch failed, try it again only after this long. */
const RETRY_MS = 30_000
/** The results' fixed id: the skip link and the language switch's target. */
const RESULTS_ID = 'search-results'

type Status = 'idle' | 'loading' | 'done' | 'error'

/**
 * The header's language switch keeps the query and filters (issue 14: it dropped them): the
 * other language's search page reads the same parameters, and facet values are slugs in both.
 */
function keepStateInLanguageSwitch(query: string) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav.language a[hreflang]')) {
    const base = (link.getAttribute('href') ?? '').split(/[?#]/)[0]
    link.setAttribute('href', `${base}${query}`)
  }
}

function HitList({ hits, start, t }: { hits: Hit[]; start: number; t: Translate }) {
  return (
    <ol className="search-hits" start={start}>
      {hits.map((hit) => (
        <li key={hit.url}>
          {/* Documents hold site paths; anything else (a javascript: URL) is not linked. */}
          <a href={/^\/(?!\/)/.test(hit.url) ? hit.url : undefined}>
            <Highlighted text={hit.title} />
          </a>
          {hit.code && (
            <p className="search-hit__meta">
              {[
                t('search.results.code', { code: hit.code }),
                hit.agency,
                hit.serviceLevel ? t(`serviceLevel.${hit.serviceLevel}`) : undefined,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          )}
          {hit.excerpt && (
            <p className="search-hit__excerpt">
              <Highlighted text={hit.excerpt} decode />
            </p>
          )}
        </li>
      ))}
    </ol>
  )
}

function Highlighted({ text, decode = false }: { text: string; decode?: boolean }) {
  return (
    <>
      {highlightParts(text, decode).map((part, index) =>
        part.mark ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts never reorder
          <mark key={index}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts never reorder
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  )
}

export default function SearchIsland({ locale, config, labels, messages }: SearchIslandProps) {
  const t = translator(locale, messages)
  const id = useId()
  const [state, setState] = useState<SearchState>(emptyState)
  const [input, setInput] = useState('')
  const [results, setResults] = useState<Results | null>(null)
  const [status, setStatus] = useState<Status>('idle')
  const [offline, setOffline] = useState(false)
  const [ready, setReady] = useState(false)
  const offlineUntil = useRef(0)
  const debounce = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const heading = useRef<HTMLHeadingElement>(null)
  const focusResults = useRef(false)
  const field = useRef<HTMLInputElement>(null)
  /** The latest state, for the debounced commit (its closure would hold an older one). */
  const current = useRef(state)
  current.current = state

  const commit = useCallback((next: SearchState, mode: 'push' | 'replace') => {
    current.current = next
    setState(next)
    const url = `${window.location.pathname}${stateQuery(next)}`
    if (url !== `${window.location.pathname}${window.location.search}`) {
      window.history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url)
    }
  }, [])

  useEffect(() => keepStateInLanguageSwitch(stateQuery(state)), [state])

  // The state the URL describes: on load (a shared link) and on back and forward.
  useEffect(() => {
    const read = () => {
      const next = parseState(window.location.search)
      clearTimeout(debounce.current)
      current.current = next
      setState(next)
      setInput(next.q)
    }
    read()
    // Words typed before the island woke up (a slow phone) are kept.
    const typed = field.current?.value.slice(0, MAX_QUERY_CHARS) ?? ''
    if (typed.trim() && !current.current.q) {
      setInput(typed)
      commit({ ...current.current, q: typed, page: 1 }, 'replace')
    }
    setReady(true)
    window.addEventListener('popstate', read)
    return () => window.removeEventListener('popstate', read)
  }, [commit])

  useEffect(() => {
    if (!ready) return
    const controller = new AbortController()
    setStatus('loading')
    const run = async (): Promise<Results> => {
      if (config && Date.now() >= offlineUntil.current) {
        try {
          const found = await searchMeili(config, locale, state, controller.signal)
          setOffline(false)
          return found
        } catch (error) {
          if (controller.signal.aborted) throw error
          offlineUntil.current = Date.now() + RETRY_MS
        }
      }
      setOffline(true)
      return searchPagefind(state, labels, HITS_PER_PAGE)
    }
    run().then(
      (found) => {
        if (controller.signal.aborted) return
        setResults(found)
        setStatus('done')
        if (focusResults.current) {
          focusResults.current = false
          heading.current?.focus()
        }
      },
      () => {
        if (!controller.signal.aborted) setStatus('error')
      },
    )
    return () => controller.abort()
  }, [ready, state, config, locale, labels])

  const onInput = (value: string) => {
    setInput(value)
    clearTimeout(debounce.current)
    debounce.current = setTimeout(() => commit({ ...current.current, q: value, page: 1 }, 'replace'), DEBOUNCE_MS)
  }

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    clearTimeout(debounce.current)
    commit({ ...state, q: input, page: 1 }, 'push')
  }

  const label = (facet: Facet, value: string) => labels[facet][value] ?? value
  const pages = results ? Math.min(MAX_PAGE, Math.ceil(results.total / HITS_PER_PAGE)) : 0
  const chosen = FACETS.flatMap((facet) => state.filters[facet].map((value) => ({ facet, value })))
  const pageLink = (page: number) => `?${stateQuery({ ...state, page }).slice(1)}`
  const goTo = (event: React.MouseEvent, page: number) => {
    event.preventDefault()
    focusResults.current = true
    commit({ ...state, page }, 'push')
  }

  const announce =
    status === 'done' && results
      ? state.q.trim()
        ? t('search.results.countFor', { count: results.total, q: state.q.trim() })
        : t('search.results.count', { count: results.total })
      : status === 'error'
        ? t('search.error')
        : ''

  return (
    <div className="search-island">
      {/* biome-ignore lint/a11y/useSemanticElements: the same form as SearchForm.astro, which screen readers know as a search landmark */}
      <form className="search" role="search" method="get" onSubmit={onSubmit}>
        <label htmlFor={`${id}-q`} className="search__label">
          {t('search.label')}
        </label>
        <p id={`${id}-hint`} className="search__hint">
          {t('search.hint')}
        </p>
        <div className="search__row">
          <input
            id={`${id}-q`}
            ref={field}
            name="q"
            type="search"
            value={input}
            maxLength={MAX_QUERY_CHARS}
            onChange={(event) => onInput(event.target.value)}
            aria-describedby={`${id}-hint`}
            aria-controls={RESULTS_ID}
            autoComplete="off"
            enterKeyHint="search"
          />
          <button type="submit">{t('search.submit')}</button>
        </div>
      </form>

      {offline && (
        <p className="search-offline" role="note">
          {t('search.offline')}
        </p>
      )}

      <a className="search-skip" href={`#${RESULTS_ID}`}>
        {t('search.skip')}
      </a>

      <div className="search-layout">
        <Facets id={id} locale={locale} state={state} results={results} label={label} commit={commit} t={t} />

        <section
          className="search-results"
          id={RESULTS_ID}
          aria-labelledby={`${id}-heading`}
          aria-busy={status === 'loading'}
          tabIndex={-1}
        >
          <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
            {t('search.results.heading')}
          </h2>
          <p className="search-status" role="status" aria-live="polite" aria-atomic="true">
            {announce}
          </p>
          {status === 'done' && results && results.total === 0 && (
            <div className="search-empty">
              {results.closest.length > 0 ? (
                <>
                  <p>{t('search.results.closest')}</p>
                  <HitList hits={results.closest} start={1} t={t} />
                </>
              ) : (
                <p>{state.q.trim() ? t('search.results.noneFor', { q: state.q.trim() }) : t('search.results.none')}</p>
              )}
              {hasFilters(state.filters) ? (
                <>
                  <p>{t('search.results.removeFilter')}</p>
                  <ul>
                    {chosen.map(({ facet, value }) => (
                      <li key={`${facet}:${value}`}>
                        <button
                          type="button"
                          className="search-link"
                          onClick={() => commit(toggle(state, facet, value), 'push')}
                        >
                          {t('search.filters.remove', { label: label(facet, value) })}
                        </button>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <>
                  <p>{t('search.results.tips')}</p>
                  <p>{t('search.results.browse')}</p>
                  <ul>
                    <li>
                      <a href={path(locale, 'lifeEvent')}>{t('search.results.browse.lifeEvents')}</a>
                    </li>
                    <li>
                      <a href={path(locale, 'sector')}>{t('search.results.browse.sectors')}</a>
                    </li>
                    <li>
                      <a href={path(locale, 'faq')}>{t('search.results.browse.faq')}</a>
                    </li>
                  </ul>
                </>
              )}
            </div>
          )}
          {results && results.hits.length > 0 && (
            <HitList hits={results.hits} start={(state.page - 1) * HITS_PER_PAGE + 1} t={t} />
          )}
          {/* After the first results, not above them: on a phone the first result stays on the first screen. */}
          <LifeEventSuggestions
            id={id}
            locale={locale}
            lifeEvents={suggestedLifeEvents(results?.hits.length ? results.hits : (results?.closest ?? []))}
            eventName={(slug) => label('lifeEvents', slug)}
            t={t}
          />
          {pages > 1 && (
            <nav className="pagination" aria-label={t('pagination.label')}>
              <p className="pagination__status">{t('pagination.status', { page: state.page, pages })}</p>
              <ul>
                {state.page > 1 && (
                  <li>
                    <a href={pageLink(state.page - 1)} rel="prev" onClick={(event) => goTo(event, state.page - 1)}>
                      {t('pagination.previous')}
                    </a>
                  </li>
                )}
                {pageWindow(state.page, pages).map((number, index) =>
                  number === null ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity
                    <li key={`gap-${index}`} aria-hidden="true">
                      …
                    </li>
                  ) : (
                    <li key={number}>
                      <a
                        href={pageLink(number)}
                        aria-current={number === state.page ? 'page' : undefined}
                        aria-label={t('pagination.page', { page: number })}
                        onClick={(event) => goTo(event, number)}
                      >
                        {number}
                      </a>
                    </li>
                  ),
                )}
                {state.page < pages && (
                  <li>
                    <a href={pageLink(state.page + 1)} rel="next" onClick={(event) => goTo(event, state.page + 1)}>
                      {t('pagination.next')}
                    </a>
                  </li>
                )}
              </ul>
            </nav>
          )}
          {results && <FaqResults id={id} locale={locale} faqs={results.faqs} t={t} />}
        </section>
      </div>
    </div>
  )
}
