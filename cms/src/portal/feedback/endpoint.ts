/**
 * POST /api/portal/feedback: "Is this page useful?" from any page of the site.
 *
 *   body (JSON or an HTML form post): { path: "/thu-tuc/1.001193", useful: "yes"|"no",
 *     locale: "vi"|"en", comment?: string (≤ 1000) }
 *   201 { id } for JSON; a form post (no JavaScript) is answered 303 to the page it came from,
 *   at #useful-thanks, which the page shows with CSS alone.
 *   400 feedback.invalid (details.parameters), 429 feedback.rate_limited (Retry-After).
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { env } from '../../env.ts'
import { PortalError } from '../../errors.ts'
import { LOCALES } from '../../vocabulary.ts'
import { clientIp, FORWARDED_FOR } from '../http/client-ip.ts'
import { requestLanguage } from '../http/language.ts'
import { type RateLimiter, SharedTokenBucket } from '../http/rate-limit.ts'
import { CORS, errorResponse } from '../http/respond.ts'

export const COMMENT_MAX = 1000

export const feedbackSchema = z.strictObject({
  // A path on the site (no scheme, no host, no "//"): the answer is about one of our pages.
  path: z
    .string()
    .max(300)
    .regex(/^\/(?!\/)\S*$/)
    .refine((value) => !value.includes('\u0000')),
  useful: z.enum(['yes', 'no']),
  locale: z.enum(LOCALES),
  comment: z
    .string()
    .max(COMMENT_MAX)
    .refine((value) => !value.includes('\u0000'))
    .optional()
    .transform((value) => value?.trim() || undefined),
})

const FORM = 'application/x-www-form-urlencoded'

async function readInput(req: PayloadRequest): Promise<{ form: boolean; input: unknown }> {
  const type = req.headers.get('content-type') ?? ''
  const text = req.text ? await req.text() : ''
  if (type.startsWith(FORM)) return { form: true, input: Object.fromEntries(new URLSearchParams(text)) }
  try {
    return { form: false, input: JSON.parse(text) }
  } catch {
    return { form: false, input: undefined }
  }
}

/** Feedback with its own bucket per client: a few answers at once, then one every 10 s. */
export function createFeedbackEndpoint(
  limiter: RateLimiter = new SharedTokenBucket({ capacity: 5, perSecond: 0.1 }),
): Endpoint {
  return {
    path: '/portal/feedback',
    method: 'post',
    handler: async function portalFeedback(req) {
      const url = new URL(req.url ?? 'http://localhost/')
      const language = requestLanguage(url.searchParams.get('locale'), req.headers.get('accept-language'))
      const client = clientIp(req.headers.get(FORWARDED_FOR), env.TRUST_PROXY)
      const decision = await limiter.take(`feedback:${client}`, req.payload)
      if (!decision.allowed) {
        const seconds = decision.retryAfterSeconds
        return errorResponse(new PortalError('feedback.rate_limited', { language, values: { seconds } }), {
          headers: { 'Retry-After': String(seconds) },
        })
      }
      const { form, input } = await readInput(req)
      const parsed = feedbackSchema.safeParse(input)
      if (!parsed.success) {
        const parameters = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? 'body')))]
        return errorResponse(
          new PortalError('feedback.invalid', { language, values: { max: COMMENT_MAX }, details: { parameters } }),
        )
      }
      const saved = await req.payload.create({
        collection: 'feedback',
        data: parsed.data,
        overrideAccess: true,
        depth: 0,
      })
      if (form) {
        const back = new URL(parsed.data.path, env.SITE_URL)
        back.hash = 'useful-thanks'
        return new Response(null, { status: 303, headers: { Location: back.href, 'Cache-Control': 'no-store' } })
      }
      return Response.json({ id: saved.id }, { status: 201, headers: { 'Cache-Control': 'no-store', ...CORS } })
    },
  }
}

export const feedbackEndpoint: Endpoint = createFeedbackEndpoint()
