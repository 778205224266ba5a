import { PortalScriptError, type ScriptErrorOptions } from '../lib/errors.ts'

/**
 * The import file cannot be used at all (unreadable, not JSON or CSV, no records). A problem
 * with one record is not an error: that row is rejected in the report and the others still load.
 */
export class ImportFileError extends PortalScriptError {
  override name = 'ImportFileError'
  readonly file: string

  constructor(file: string, problem: string, options: ScriptErrorOptions) {
    super(`${file} ${problem}`, options)
    this.file = file
  }
}

/** Broken CSV quoting, with the line where it starts; read.ts turns it into an ImportFileError. */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError'
  readonly line: number

  constructor(line: number, problem: string) {
    super(`line ${line}: ${problem}`)
    this.line = line
  }
}
