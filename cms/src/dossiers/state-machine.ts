/**
 * The dossier's one declared state machine (STYLE 6): the portal API, the officers' buttons
 * in the admin and the tests all read this table. States follow the one-stop-shop model
 * (shared/reference/one_stop_shop_model.json, the national portal's status strings beside
 * each); the clock rules follow Decree 118/2025/NĐ-CP (one-stop shop): the deadline runs
 * from reception, stops while a supplement is awaited, and a refusal or a supplement request
 * states its reason.
 */
import { DOSSIER_STATES, type DossierState } from './contract.ts'

export { DOSSIER_STATES, type DossierState }

export type Actor = 'citizen' | 'officer'

export type Transition = {
  readonly from: DossierState
  readonly to: DossierState
  readonly by: Actor
  /** The note is the reason the citizen reads: required for a refusal or a supplement request. */
  readonly noteRequired: boolean
  /** A resolution carries its result document(s). */
  readonly resultRequired: boolean
}

/** The name of an action: the state it leads to. */
export type Action = DossierState

const step = (
  from: DossierState,
  to: DossierState,
  by: Actor,
  extra: Partial<Pick<Transition, 'noteRequired' | 'resultRequired'>> = {},
): Transition => Object.freeze({ from, to, by, noteRequired: false, resultRequired: false, ...extra })

export const TRANSITIONS: readonly Transition[] = Object.freeze([
  step('submitted', 'received', 'officer'),
  step('submitted', 'refused', 'officer', { noteRequired: true }),
  // Withdrawn by the citizen before the agency received it ("Công dân yêu cầu rút hồ sơ").
  step('submitted', 'withdrawn', 'citizen'),
  step('received', 'processing', 'officer'),
  step('received', 'supplement_requested', 'officer', { noteRequired: true }),
  step('processing', 'supplement_requested', 'officer', { noteRequired: true }),
  step('processing', 'resolved', 'officer', { resultRequired: true }),
  // The citizen's supplement restarts the clock.
  step('supplement_requested', 'processing', 'citizen'),
  step('resolved', 'returned', 'officer'),
])

/** The states nothing leaves. */
export const FINAL_STATES: readonly DossierState[] = Object.freeze(
  DOSSIER_STATES.filter((state) => !TRANSITIONS.some((transition) => transition.from === state)),
)

/** The national portal's status string for each state (the model's `dvcqg` column). */
export const NATIONAL_STATUS: Readonly<Record<DossierState, string>> = Object.freeze({
  submitted: 'receiving',
  received: 'new',
  refused: 'denied',
  processing: 'processing',
  supplement_requested: 'waiting',
  resolved: 'releasing',
  returned: 'done',
  withdrawn: 'cancelled',
})

/** States in which the deadline clock runs. */
export const CLOCK_RUNS: readonly DossierState[] = Object.freeze(['received', 'processing'])

export function transitionsFrom(state: DossierState, by?: Actor): Transition[] {
  return TRANSITIONS.filter((transition) => transition.from === state && (by === undefined || transition.by === by))
}

/** The transition from `from` to `to` by `by`, or undefined when the table has none. */
export function findTransition(from: DossierState, to: DossierState, by: Actor): Transition | undefined {
  return TRANSITIONS.find((transition) => transition.from === from && transition.to === to && transition.by === by)
}

export function isDossierState(value: unknown): value is DossierState {
  return DOSSIER_STATES.includes(value as DossierState)
}
