/**
 * The search page's island (issue 5): instant results from Meilisearch with the search-only
 * key, facets with counts, state in the URL, and the Pagefind index when Meilisearch does not
 * answer. The server renders the same form, so without JavaScript it is a plain GET form.
 */
import { FACETS, type Facet, HITS_PER_PAGE, MAX_PAGE, MAX_QUERY_CHARS, pageWindow } from '@dvc/search/contract'
import { type SubmitEvent, useCallback, useEffect, useId, useRef, useState } from 'react'

import { highlightParts } from './search/highlight.ts'
import { type Locale, type Results, type SearchConfig, searchMeili } from './search/meili.ts'
import { type Labels, searchPagefind } from './search/pagefind.ts'
import { emptyState, hasFilters, parseState, type SearchState, stateQuery, toggle } from './search/state.ts'

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
const SHOWN_VALUES = 8

type Status = 'idle' | 'loading' | 'done' | 'error'

function translate(locale: Locale, messages: Record<string, string>) {
  const plural = new Intl.PluralRules(locale)
  return (key: string, values: Record<string, string | number> = {}) => {
    const count = values.count
    const text =
      (typeof count === 'number'
        ? (messages[`${key}_${plural.select(count)}`] ?? messages[`${key}_other`])
        : undefined) ??
      messages[key] ??
      key
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''))
  }
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
  const t = translate(locale, messages)
  const id = useId()
  const [state, setState] = useState<SearchState>(emptyState)
  const [input, setInput] = useState('')
  const [results, setResults] = useState<Results | null>(null)
  const [status, setStatus] = useState<Status>('idle')
  const [offline, setOffline] = useState(false)
  const [expanded, setExpanded] = useState<Partial<Record<Facet, boolean>>>({})
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
            aria-controls={`${id}-results`}
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

      <div className="search-layout">
        <section className="search-facets" aria-labelledby={`${id}-filters`}>
          <h2 id={`${id}-filters`}>{t('search.filters.heading')}</h2>
          {chosen.length > 0 && (
            <button
              type="button"
              className="search-link"
              onClick={() => commit({ ...state, filters: emptyState().filters, page: 1 }, 'push')}
            >
              {t('search.filters.clear')}
            </button>
          )}
          {FACETS.map((facet) => {
            if (facet === 'level' && results && !results.levelFacet) return null
            const counts = results?.facets[facet] ?? {}
            const values = [...new Set([...state.filters[facet], ...Object.keys(counts)])].sort(
              (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || label(facet, a).localeCompare(label(facet, b), locale),
            )
            if (values.length === 0) return null
            const open = expanded[facet] ?? false
            const shown = open
              ? values
              : values.filter((value, index) => index < SHOWN_VALUES || state.filters[facet].includes(value))
            return (
              <fieldset key={facet} className="search-facet">
                <legend>{t(`search.facet.${facet}`)}</legend>
                <ul>
                  {shown.map((value) => (
                    <li key={value}>
                      <label>
                        <input
                          type="checkbox"
                          name={facet}
                          value={value}
                          checked={state.filters[facet].includes(value)}
                          onChange={() => commit(toggle(state, facet, value), 'push')}
                        />{' '}
                        {label(facet, value)} <span className="search-facet__count">({counts[value] ?? 0})</span>
                      </label>
                    </li>
                  ))}
                </ul>
                {values.length > shown.length || open ? (
                  <button
                    type="button"
                    className="search-link"
                    aria-expanded={open}
                    onClick={() => setExpanded({ ...expanded, [facet]: !open })}
                  >
                    {open ? t('search.filters.less') : t('search.filters.more', { count: values.length })}
                  </button>
                ) : null}
              </fieldset>
            )
          })}
        </section>

        <section
          className="search-results"
          id={`${id}-results`}
          aria-labelledby={`${id}-heading`}
          aria-busy={status === 'loading'}
        >
          <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
            {t('search.results.heading')}
          </h2>
          <p className="search-status" role="status" aria-live="polite" aria-atomic="true">
            {announce}
          </p>
          {status === 'done' && results && results.total === 0 && (
            <div className="search-empty">
              <p>{t('search.results.none')}</p>
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
                <p>{t('search.results.tips')}</p>
              )}
            </div>
          )}
          {results && results.hits.length > 0 && (
            <ol className="search-hits" start={(state.page - 1) * HITS_PER_PAGE + 1}>
              {results.hits.map((hit) => (
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
          )}
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
        </section>
      </div>
    </div>
  )
}
