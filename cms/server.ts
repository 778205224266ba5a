/**
 * The portal server: one Node HTTP server in front of Next (Payload admin at /admin,
 * REST at /api) and the OpenID Connect provider at /oidc (src/sso/, its own Payload on the
 * same database: the provider runs outside Next's bundle).
 * Run: `node cms/server.ts` (Node 24 strips the types). Its environment is cms/src/env.ts:
 * a bad or missing value stops it here, one line per variable, before Next loads.
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'

import { EnvError, portalEnv } from './src/env.ts'
import { appendPeer, FORWARDED_FOR } from './src/portal/http/client-ip.ts'
import { portalPolicy, securityHeaders } from './src/security-headers.ts'

function checkedEnv() {
  try {
    return portalEnv()
  } catch (error) {
    if (!(error instanceof EnvError)) throw error
    process.stderr.write(`${error.lines.join('\n')}\n`)
    process.exit(1)
  }
}

const env = checkedEnv()
const { PORT: port, HOST: hostname } = env
const dev = env.NODE_ENV === 'development'
const https = new URL(env.SERVER_URL).protocol === 'https:'

// Loaded only now: a misconfigured start must not pay for Next.
const { default: next } = await import('next')
const app = next({ dev, dir: import.meta.dirname, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const [{ getPayload }, { default: config }, { startSso }, { trackRoute }] = await Promise.all([
  import('payload'),
  import('./src/payload.config.ts'),
  import('./src/sso/mount.ts'),
  import('./src/portal/dossiers/track-route.ts'),
])
const payload = await getPayload({ config })
const sso = await startSso(payload, env)
// The busiest public dossier read, answered here rather than through Next (track-route.ts).
const track = trackRoute(payload)

const server = http.createServer(function portalRequest(req, res) {
  const url = req.url ?? '/'
  const nonce = randomBytes(16).toString('base64')
  const headers = securityHeaders({ csp: portalPolicy({ nonce, dev }), https })
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
  // Next reads the nonce from the request's policy and puts it on the scripts it inlines.
  req.headers['content-security-policy'] = headers['content-security-policy']
  // Like every proxy, append who we saw: the list then ends with the socket's peer, and
  // TRUST_PROXY says how many entries before it to believe (src/portal/http/client-ip.ts).
  req.headers[FORWARDED_FOR] = appendPeer(req.headers[FORWARDED_FOR], req.socket.remoteAddress)
  // A liveness probe for process managers and our own start script.
  if (url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    res.end('{"status":"ok"}')
    return
  }
  if (sso.handles(url)) {
    void sso.handle(req, res)
    return
  }
  if (track(req, res)) return
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
  sso.close()
  server.close(() => process.exit(0))
  server.closeAllConnections()
  // A hung request must not keep the process alive past the supervisor's patience.
  setTimeout(() => process.exit(0), 5000).unref()
}
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)
