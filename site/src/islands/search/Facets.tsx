/**
 * The filters: a fieldset of checkboxes per facet with counts. On a narrow screen they fold
 * behind a button (issue 14: a phone showed 1,250 px of filters before the first result);
 * on a wide one they stay open beside the results and the button is not shown (search.css).
 */
import { FACETS, type Facet } from '@dvc/search/contract'
import { useState } from 'react'

import type { Results } from './meili.ts'
import { emptyState, type SearchState, toggle } from './state.ts'
import type { Translate } from './translate.ts'

const SHOWN_VALUES = 8

type Props = {
  id: string
  locale: string
  state: SearchState
  results: Results | null
  label: (facet: Facet, value: string) => string
  commit: (next: SearchState, mode: 'push' | 'replace') => void
  t: Translate
}

export function Facets({ id, locale, state, results, label, commit, t }: Props) {
  const [open, setOpen] = useState(false)
  const [expanded, setExpanded] = useState<Partial<Record<Facet, boolean>>>({})
  const chosen = FACETS.reduce((sum, facet) => sum + state.filters[facet].length, 0)
  return (
    <section className="search-facets" aria-labelledby={`${id}-filters`}>
      <div className="search-facets__bar">
        <h2 id={`${id}-filters`}>{t('search.filters.heading')}</h2>
        <button
          type="button"
          className="search-facets__toggle"
          aria-expanded={open}
          aria-controls={`${id}-facets`}
          onClick={() => setOpen(!open)}
        >
          {open ? t('search.filters.hide') : t('search.filters.show')}
          {chosen > 0 ? ` (${t('search.filters.chosen', { count: chosen })})` : ''}
        </button>
      </div>
      <div id={`${id}-facets`} className="search-facets__body" data-open={open}>
        {chosen > 0 && (
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
          const more = expanded[facet] ?? false
          const shown = more
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
              {values.length > shown.length || more ? (
                <button
                  type="button"
                  className="search-link"
                  aria-expanded={more}
                  onClick={() => setExpanded({ ...expanded, [facet]: !more })}
                >
                  {more ? t('search.filters.less') : t('search.filters.more', { count: values.length })}
                </button>
              ) : null}
            </fieldset>
          )
        })}
      </div>
    </section>
  )
}
