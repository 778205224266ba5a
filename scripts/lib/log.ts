/**
 * Progress lines for CLI scripts. Everything goes to stderr so stdout stays
 * free for results a caller may pipe (URLs, JSON). Library code inside the CMS
 * logs through `payload.logger` instead.
 */
import { isAbsolute, relative } from 'node:path'

export type Log = {
  /** Something is starting: "starting PostgreSQL". */
  step(msg: string): void
  info(msg: string): void
  warn(msg: string): void
  error(msg: string): void
  /** Something finished, with how long it took. */
  done(msg: string, ms: number): void
}

type Writable = { write(chunk: string): unknown; isTTY?: boolean }

const codes = { dim: [2, 22], green: [32, 39], yellow: [33, 39], red: [31, 39], cyan: [36, 39] } as const
type Colour = keyof typeof codes

export function createLog(prefix: string, stream: Writable = process.stderr): Log {
  // https://no-color.org: colours only on a terminal, and never when NO_COLOR is set.
  const colour = stream.isTTY === true && !process.env.NO_COLOR
  const paint = (c: Colour, text: string): string =>
    colour ? `\u001b[${codes[c][0]}m${text}\u001b[${codes[c][1]}m` : text
  const line = (mark: string, c: Colour, msg: string): void => {
    stream.write(`${paint('dim', `[${prefix}]`)} ${paint(c, mark)} ${msg}\n`)
  }

  return {
    step: (msg) => line('›', 'cyan', msg),
    info: (msg) => line(' ', 'dim', msg),
    warn: (msg) => line('!', 'yellow', msg),
    error: (msg) => line('✗', 'red', msg),
    done: (msg, ms) => line('✓', 'green', `${msg} ${paint('dim', `(${formatMs(ms)})`)}`),
  }
}

/** A log that prints nothing, for tests. */
export const silentLog: Log = Object.freeze({
  step: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  done: () => {},
})

function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
}

/** A path as a developer would type it from the repository root; absolute when outside it. */
export function displayPath(rootDir: string, path: string): string {
  const rel = relative(rootDir, path)
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel
}
