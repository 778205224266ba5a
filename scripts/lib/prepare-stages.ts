/**
 * The lines scripts/prepare.ts prints when a stage is reached, so that `npm start` goes on with
 * what depends on it while the rest runs: the portal server once the schema is in place, the
 * site's render once the content is (the search index is built meanwhile).
 */
export const PREPARE_STAGES = {
  schema: 'schema in place',
  content: 'content in place',
} as const

export type PrepareStage = keyof typeof PREPARE_STAGES

/** The stage a line of prepare's output announces, if any. */
export function stageOf(line: string): PrepareStage | undefined {
  for (const [stage, text] of Object.entries(PREPARE_STAGES)) {
    if (line.includes(`${text} (`)) return stage as PrepareStage
  }
  return undefined
}
