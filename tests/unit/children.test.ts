import { describe, expect, it } from 'vitest'

import { run } from '../../scripts/lib/children.ts'

const node = (script: string) => ['-e', script]
const options = { cwd: process.cwd(), label: 'child', quiet: true }

describe('run', () => {
  it('resolves when the child succeeds and fails with its output when it does not', async () => {
    await expect(run(process.execPath, node('console.log("fine")'), options)).resolves.toBeUndefined()
    await expect(run(process.execPath, node('console.error("broken"); process.exit(3)'), options)).rejects.toThrow(
      /exit 3[\s\S]*\[child\] broken/,
    )
  })

  it('stops a child that waits for an answer it cannot get, with the message that says why', async () => {
    // What drizzle's schema push prints before it waits on a terminal that is not there.
    const asks =
      'console.log("Is enum_procedures_levels enum created or renamed from another enum?"); setInterval(() => {}, 1000)'
    const stuckWhen = { line: /created or renamed/, message: 'The database needs a decision: start afresh.' }
    await expect(run(process.execPath, node(asks), { ...options, stuckWhen })).rejects.toThrow(
      'The database needs a decision: start afresh.',
    )
  })

  it('hands each output line to onLine as it comes, labelled', async () => {
    const lines: string[] = []
    const script = 'console.log("schema in place (12 ms)"); console.error("content in place (34 ms)")'
    await run(process.execPath, node(script), { ...options, onLine: (line) => lines.push(line) })
    expect(lines.sort()).toEqual(['[child] content in place (34 ms)', '[child] schema in place (12 ms)'])
  })
})
