/**
 * One portal replica for tests/int/replicas.int.test.ts, in a process of its own: Payload's
 * REST handler (what cms/src/app/(payload)/api/[...slug]/route.ts hands every /api request
 * to) on a plain Node HTTP server, appending the socket's peer to X-Forwarded-For as
 * cms/server.ts does. Environment as for the portal server (cms/src/env.ts); prints
 * `listening <port>` once Payload is ready.
 */
import http from 'node:http'
import { type ClientAddress, createRequestListener } from '@remix-run/node-fetch-server'
import { getPayload, handleEndpoints } from 'payload'

import config from '../../../cms/src/payload.config.ts'
import { appendPeer, FORWARDED_FOR } from '../../../cms/src/portal/http/client-ip.ts'

const payload = await getPayload({ config })

const server = http.createServer(
  createRequestListener(async function replicaRequest(request: Request, client: ClientAddress) {
    request.headers.set(FORWARDED_FOR, appendPeer(request.headers.get(FORWARDED_FOR) ?? undefined, client.address))
    return handleEndpoints({ config, request })
  }),
)

server.listen(0, '127.0.0.1', function listening() {
  const { port } = server.address() as { port: number }
  process.stdout.write(`listening ${port}\n`)
})

async function shutdown() {
  server.close()
  server.closeAllConnections()
  await payload.destroy()
  process.exit(0)
}
process.on('SIGTERM', shutdown)
