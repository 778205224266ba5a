/**
 * The registries' production interface (registry.ts, business-registry.ts): POST
 * {url}/{path} with the claim as JSON, answered `{ "result": <one of the answers> }`. A
 * registry that cannot answer throws: the registration page then asks to retry later.
 */
export async function askRegistry<Answer extends string>(
  url: string,
  path: string,
  claim: object,
  answers: readonly Answer[],
  fetchImpl: typeof fetch,
): Promise<Answer> {
  const response = await fetchImpl(new URL(path, url.endsWith('/') ? url : `${url}/`), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(claim),
    signal: AbortSignal.timeout(10_000),
  })
  if (!response.ok) throw new Error(`registry ${path} answered ${response.status}`)
  const body = (await response.json()) as { result?: unknown }
  if (answers.includes(body.result as Answer)) return body.result as Answer
  throw new Error(`registry ${path} answered without a known result`)
}
