/**
 * Opens Payload on the environment's database as every script does (scripts/lib/payload.ts,
 * schema push included), then closes it: a process of its own, since Payload is opened once
 * per process.
 */
import { closePayload, openPayload, payloadEnvFromProcess } from '../../../scripts/lib/payload.ts'

await closePayload(await openPayload(payloadEnvFromProcess()))
process.exit(0)
