/**
 * The words and tones of a dossier's state and timing: one translation key per value
 * (`dossier.state.received`, `dossier.timing.overdue`) and a tone the style sheet colours,
 * always beside the words (WCAG 1.4.1: colour is never the only sign).
 */
import type { DossierState, Timing } from '@dvc/cms/dossiers'

import type { Translate } from '../search/translate.ts'
import type { ApiError } from './api.ts'

export const stateKey = (state: DossierState) => `dossier.state.${state}`
export const timingKey = (timing: Timing) => `dossier.timing.${timing}`

export type Tone = 'good' | 'warning' | 'bad' | 'neutral'

const TONES: Record<Timing, Tone> = {
  not_started: 'neutral',
  on_time: 'good',
  due_soon: 'warning',
  overdue: 'bad',
  paused: 'neutral',
  done_on_time: 'good',
  done_late: 'bad',
}

export const timingTone = (timing: Timing): Tone => TONES[timing] ?? 'neutral'

/** The server's message as it came (already in the page's language), else ours for what it could not say. */
export function errorText(error: unknown, t: Translate): string {
  const known = error as Partial<ApiError> | null
  if (known?.name === 'ApiError' && known.message) return known.message
  return t(known?.code === 'network' ? 'dossier.error.network' : 'dossier.error.server')
}
