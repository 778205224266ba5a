import { interactionPolicy, type KoaContextWithOIDC } from 'oidc-provider'

import { type AssuranceLevel, heldLevel, meets, requiredLevel } from './assurance.ts'

/** The client metadata (extraClientMetadata) carrying the minimum level from the CMS record. */
export const MINIMUM_ACR = 'minimum_acr'

/** The level an authorization request needs: its `acr_values`, never below the client's minimum. */
export function requestLevel(acrValues: unknown, client: unknown): AssuranceLevel {
  const minimum = heldLevel((client as Record<string, unknown> | undefined)?.[MINIMUM_ACR]) ?? 'loa2'
  return requiredLevel(acrValues, minimum)
}

const levelOf = (ctx: KoaContextWithOIDC) => requestLevel(ctx.oidc.params?.acr_values, ctx.oidc.client)

/**
 * The library's policy plus one login check: a session below the level the request needs
 * goes back to login (a step-up), so a relying party asking loa3 never silently gets loa2
 * (the default policy only compares `claims` with essential acr: STACK-NOTES.md).
 * With prompt=none the same check answers login_required.
 */
export function interactionsPolicy(): interactionPolicy.Prompt[] {
  const policy = interactionPolicy.base()
  const login = policy.get('login') as interactionPolicy.Prompt
  login.checks.add(
    new interactionPolicy.Check(
      'acr_step_up',
      'the session does not reach the requested assurance level',
      'login_required',
      (ctx) => {
        if (!ctx.oidc.session?.accountId) return interactionPolicy.Check.NO_NEED_TO_PROMPT
        const held = heldLevel(ctx.oidc.acr)
        return held && meets(held, levelOf(ctx))
          ? interactionPolicy.Check.NO_NEED_TO_PROMPT
          : interactionPolicy.Check.REQUEST_PROMPT
      },
      (ctx) => ({ required_acr: levelOf(ctx) }),
    ),
  )
  return policy
}
