/**
 * The portal server: one Node HTTP server in front of Next (Payload admin at /admin,
 * REST at /api). The OpenID Connect provider mounts at /oidc here (TODO(sso)).
 * Run: `node cms/server.ts` (Node 24 strips the types). Env: PORT, HOST, plus what
 * cms/src/env.ts lists for Payload.
 */
import http from 'node:http'
import next from 'next'

import { appendPeer, FORWARDED_FOR } from './src/portal/http/client-ip.ts'

const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOST ?? '127.0.0.1'
const dev = process.env.NODE_ENV === 'development'

const app = next({ dev, dir: import.meta.dirname, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const server = http.createServer(function portalRequest(req, res) {
  const url = req.url ?? '/'
  // Like every proxy, append who we saw: the list then ends with the socket's peer, and
  // TRUST_PROXY says how many entries before it to believe (src/portal/http/client-ip.ts).
  req.headers[FORWARDED_FOR] = appendPeer(req.headers[FORWARDED_FOR], req.socket.remoteAddress)
  // A liveness probe for process managers and our own start script.
  if (url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    res.end('{"status":"ok"}')
    return
  }
  if (url === '/') {
    res.writeHead(302, { location: '/admin' })
    res.end()
    return
  }
  if (url.startsWith('/admin') && !/(?:^|;\s*)payload-lng=/.test(req.headers.cookie ?? '')) {
    // The admin speaks Vietnamese unless the user picked English in their account
    // (Payload keeps that choice in the payload-lng cookie), whatever the browser says.
    req.headers['accept-language'] = 'vi'
  }
  void handle(req, res)
})

server.on('error', function listenFailed(error: NodeJS.ErrnoException) {
  if (error.code === 'EADDRINUSE') {
    process.stderr.write(`Port ${port} is in use by another program: stop it or set PORT.\n`)
    process.exit(1)
  }
  throw error
})

server.listen(port, hostname, function listening() {
  process.stderr.write(`portal server ready on http://${hostname}:${port}\n`)
})

function shutdown() {
  server.close(() => process.exit(0))
  server.closeAllConnections()
  // A hung request must not keep the process alive past the supervisor's patience.
  setTimeout(() => process.exit(0), 5000).unref()
}
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)
