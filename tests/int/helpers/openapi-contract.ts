/**
 * Checks real answers of the portal API against its served OpenAPI 3.1 document: the
 * response schema of the path, method and status (JSON Schema 2020-12, as OpenAPI 3.1
 * uses it) and the headers it declares. Every /api/portal endpoint's tests run their
 * answers through it, so the contract partners read cannot drift from what is served.
 */
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js'

type Document = { openapi: string; paths: Record<string, Record<string, { responses: Record<string, Response> }>> }
type Response = { content?: Record<string, unknown>; headers?: Record<string, { required?: boolean }> }

/** JSON Pointer escaping of one path segment (RFC 6901). */
const pointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1')

export type Answer = { status: number; headers: Headers; body: unknown }

export function openApiContract(document: Document) {
  // strict off: OpenAPI's own keywords (openapi, paths, example) sit beside the schemas.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false })
  ajv.addSchema({ ...document, $id: 'openapi.json' })

  /** What is wrong with `answer` to `method path` (empty when it keeps the contract). */
  return function violations(method: string, path: string, answer: Answer): string[] {
    const response = document.paths[path]?.[method]?.responses[String(answer.status)]
    if (!response) return [`${method.toUpperCase()} ${path}: status ${answer.status} is not documented`]
    const problems: string[] = []
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      if (header.required && !answer.headers.has(name)) problems.push(`header ${name} is missing`)
    }
    if (!response.content?.['application/json']) return problems
    const ref = ['paths', path, method, 'responses', String(answer.status), 'content', 'application/json', 'schema']
    const validate = ajv.getSchema(`openapi.json#/${ref.map(pointer).join('/')}`)
    if (!validate) return [...problems, `no schema at ${ref.join(' ')}`]
    if (!validate(answer.body)) {
      problems.push(
        ...(validate.errors ?? []).map((error: ErrorObject) => `body${error.instancePath} ${error.message ?? ''}`),
      )
    }
    return problems
  }
}
