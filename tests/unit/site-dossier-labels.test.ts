import { DOSSIER_STATES, TIMINGS } from '@dvc/cms/dossiers'
import { describe, expect, it } from 'vitest'

import en from '../../site/src/i18n/en.json'
import { CATALOGUE } from '../../site/src/i18n/index.ts'
import vi from '../../site/src/i18n/vi.json'
import { ApiError } from '../../site/src/islands/dossier/api.ts'
import { errorText, stateKey, timingKey, timingTone } from '../../site/src/islands/dossier/labels.ts'
import { translator } from '../../site/src/islands/search/translate.ts'

/** The catalogue the pages read: the JSON files and the contract's state and timing words. */
const dictionaries = CATALOGUE as Record<string, Record<string, string>>

describe('dossier states and timings in words', () => {
  it.each(['vi', 'en'])('labels all 8 states and 7 timings in %s', (locale) => {
    const messages = dictionaries[locale] ?? {}
    expect(DOSSIER_STATES).toHaveLength(8)
    expect(TIMINGS).toHaveLength(7)
    for (const state of DOSSIER_STATES) expect(messages[stateKey(state)], state).toBeTruthy()
    for (const timing of TIMINGS) expect(messages[timingKey(timing)], timing).toBeTruthy()
  })

  it('has the same dossier keys in both languages', () => {
    const dossierKeys = (messages: Record<string, string>) =>
      Object.keys(messages)
        .filter((key) => /^(dossier|track|submit|receipt|mine|verify)\./.test(key))
        .sort()
    expect(dossierKeys(en)).toEqual(dossierKeys(vi))
  })

  it('gives late and overdue a warning tone and on-time a good one', () => {
    expect(timingTone('overdue')).toBe('bad')
    expect(timingTone('done_late')).toBe('bad')
    expect(timingTone('due_soon')).toBe('warning')
    expect(timingTone('on_time')).toBe('good')
    expect(timingTone('paused')).toBe('neutral')
  })

  it("shows the server's message as it came, ours when there was none", () => {
    const t = translator('en', en)
    expect(errorText(new ApiError(404, 'not_found', 'No dossier has this code and secret.'), t)).toBe(
      'No dossier has this code and secret.',
    )
    expect(errorText(new ApiError(0, 'network', ''), t)).toBe(en['dossier.error.network'])
    expect(errorText(new ApiError(502, 'server', ''), t)).toBe(en['dossier.error.server'])
    expect(errorText(new TypeError('boom'), t)).toBe(en['dossier.error.server'])
  })
})
