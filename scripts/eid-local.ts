/**
 * The national e-ID's local stand-in as a process (scripts/lib/local-eid.ts starts it for
 * `npm start` and the browser tests): labelled synthetic identities, never production.
 */
import { startLocalEid } from '@dvc/cms/local-eid'

const { EID_LOCAL_PORT, EID_CLIENT_ID, EID_CLIENT_SECRET, EID_REDIRECT_URI } = process.env
if (!EID_LOCAL_PORT || !EID_CLIENT_ID || !EID_CLIENT_SECRET || !EID_REDIRECT_URI) {
  process.stderr.write('eid-local: set EID_LOCAL_PORT, EID_CLIENT_ID, EID_CLIENT_SECRET and EID_REDIRECT_URI\n')
  process.exit(1)
}
const eid = await startLocalEid({
  port: Number(EID_LOCAL_PORT),
  clientId: EID_CLIENT_ID,
  clientSecret: EID_CLIENT_SECRET,
  redirectUris: [EID_REDIRECT_URI],
})
process.stderr.write(`national e-ID stand-in (SYNTHETIC identities) at ${eid.issuer}\n`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void eid.close().then(() => process.exit(0))
  })
}
