/**
 * `npm run import -- FILE [--publish] [--json]`: load procedures from a national portal export
 * (reference/procedure_record_schema.json; JSON, JSON Lines or CSV) into the `npm start` database,
 * starting or reusing its services. Upserts by national code; saves drafts for a reviewer unless
 * `--publish` (an administrator's run). Prints a row-by-row report (`--json`: as JSON).
 * Exit code: 0 every row landed, 2 some rows were rejected, 1 the import could not run.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { importProcedures } from './import/import-procedures.ts'
import { readRecordsFile } from './import/read.ts'
import { exitCode, formatReport, type Report } from './import/report.ts'
import { loadConfig } from './lib/config.ts'
import { describeError } from './lib/errors.ts'
import { createLog } from './lib/log.ts'
import { openPayloadFor } from './lib/open-dev-payload.ts'

const USAGE = 'usage: npm run import -- FILE [--publish] [--json]'
const log = createLog('import')

function options() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { publish: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    })
    if (values.help || positionals.length !== 1 || !positionals[0]) return undefined
    return { file: positionals[0], publish: values.publish === true, json: values.json === true }
  } catch (error) {
    log.error((error as Error).message)
    return undefined
  }
}

/**
 * While Payload runs, what it prints goes to stderr, so that stdout carries the report alone
 * (`--json | jq`). The schema push writes through process.stdout; Payload's default pino logger
 * writes to file descriptor 1 itself (pino-pretty's SonicBoom calls fs.write), so both are routed.
 * TODO(logging): a stderr destination for the logger in the Payload config would make the fs part moot.
 */
function stdoutToStderr(): () => void {
  const stdoutWrite = process.stdout.write
  const { write, writeSync } = fs
  type AnyWrite = (fd: number, ...rest: unknown[]) => unknown
  const route =
    (original: AnyWrite) =>
    (fd: number, ...rest: unknown[]) =>
      original(fd === 1 ? 2 : fd, ...rest)
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write
  fs.write = route(write as unknown as AnyWrite) as unknown as typeof fs.write
  fs.writeSync = route(writeSync as unknown as AnyWrite) as unknown as typeof fs.writeSync
  return () => {
    process.stdout.write = stdoutWrite
    fs.write = write
    fs.writeSync = writeSync
  }
}

async function run(file: string, publish: boolean): Promise<Report> {
  // npm runs scripts from the repository root; a relative path means where the command was typed.
  const input = readRecordsFile(path.resolve(process.env.INIT_CWD ?? process.cwd(), file))
  const as = publish ? 'published' : 'drafts'
  log.step(`${input.records.length} records in ${input.file} (${input.format}), to be saved as ${as}`)
  const config = loadConfig('dev')
  const restoreStdout = stdoutToStderr()
  try {
    const { payload, close } = await openPayloadFor(config, log)
    try {
      const started = performance.now()
      const report = await importProcedures(payload, input.records, {
        source: input.file,
        publish,
        onProgress: (written, total) => {
          const seconds = (performance.now() - started) / 1000
          log.info(`${written} of ${total} new records written (${Math.round(written / seconds)}/s)`)
        },
      })
      const seconds = (performance.now() - started) / 1000
      const { created, updated, unchanged, rejected } = report.totals
      log.done(
        `import finished: ${created} created, ${updated} updated, ${unchanged} unchanged, ${rejected} rejected (${Math.round(input.records.length / seconds)} records/s)`,
        performance.now() - started,
      )
      return report
    } finally {
      await close()
    }
  } finally {
    restoreStdout()
  }
}

const parsed = options()
if (!parsed) {
  log.error(USAGE)
  process.exit(1)
}
try {
  const report = await run(parsed.file, parsed.publish)
  const text = parsed.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report)
  // Exit once stdout is flushed: a long report piped to another program must arrive whole.
  process.stdout.write(text, () => process.exit(exitCode(report)))
} catch (error) {
  log.error(describeError(error))
  process.exit(1)
}
