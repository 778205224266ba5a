/**
 * REST and GraphQL as a client speaks them: requests through Payload's REST handler (what
 * the Next route calls) and Payload's GraphQL route handler, signed in with a JWT from the
 * real login endpoint. Access tables use it to say each rule holds on both APIs.
 */
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { type CollectionSlug, formatNames, handleEndpoints, type Payload } from 'payload'
import type { Role } from './access.ts'
import { STAFF_PASSWORD, type World } from './fixtures.ts'

// biome-ignore lint/suspicious/noExplicitAny: a JSON body whose shape each test asserts as it reads it
export type Answer = { status: number; body: any; headers: Headers }

export type Api = {
  rest(role: Role, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>
  restForm(role: Role, method: string, path: string, form: FormData): Promise<Answer>
  graphql(role: Role, query: string, variables?: Record<string, unknown>): Promise<Answer>
  /** The GraphQL names Payload gave a collection (createX, updateX, versionsXs...). */
  names(slug: CollectionSlug): { singular: string; plural: string }
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {}
  return { status: response.status, body, headers: response.headers }
}

export async function apiFor(payload: Payload, world: World): Promise<Api> {
  const config = payload.config
  const url = (path: string) => `http://localhost:3000/api/${path}`
  const send = async (request: Request) => answer(await handleEndpoints({ config, request }))
  const tokens = new Map<Role, string>()
  for (const role of Object.keys(world.users) as (keyof World['users'])[]) {
    const login = await send(
      new Request(url('users/login'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: world.users[role].email, password: STAFF_PASSWORD }),
      }),
    )
    if (login.status !== 200) throw new Error(`login of ${role}: ${login.status} ${JSON.stringify(login.body)}`)
    tokens.set(role, login.body.token)
  }
  const auth = (role: Role): Record<string, string> =>
    role === 'public' ? {} : { authorization: `JWT ${tokens.get(role)}` }
  const graphqlHandler = GRAPHQL_POST(Promise.resolve(config))

  return {
    rest: (role, method, path, body, headers = {}) =>
      send(
        new Request(url(path), {
          method,
          headers: { ...auth(role), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      ),
    restForm: (role, method, path, form) => send(new Request(url(path), { method, headers: auth(role), body: form })),
    async graphql(role, query, variables = {}) {
      const request = new Request(url('graphql'), {
        method: 'POST',
        headers: { ...auth(role), 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      })
      return answer(await graphqlHandler(request))
    },
    // As @payloadcms/graphql names them (schema/initCollections.js); none of ours overrides it.
    names(slug) {
      const { singular, plural } = formatNames(slug)
      return { singular, plural: singular === plural ? `all${singular}` : plural }
    },
  }
}
