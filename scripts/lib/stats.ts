/** Percentile of sorted samples (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number
}

export type Timing = { p50: number; p95: number; p99: number; max: number; n: number }

/** Time `call` `n` times after `warmup` untimed calls, one at a time. */
export async function timeCalls(call: () => Promise<unknown>, n: number, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await call()
  const samples: number[] = []
  for (let i = 0; i < n; i++) {
    const started = performance.now()
    await call()
    samples.push(performance.now() - started)
  }
  samples.sort((a, b) => a - b)
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: samples[samples.length - 1] as number,
    n,
  }
}

/** A plain-text table: the benchmarks print their results this way. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = rows.map((row) =>
    row.map((cell) => (typeof cell !== 'number' ? cell : Number.isInteger(cell) ? String(cell) : cell.toFixed(1))),
  )
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((row) => String(row[i] ?? '').length)))
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i] as number)).join(' | ')} |`
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n')
}
