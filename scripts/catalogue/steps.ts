import { given } from './tables.ts'

const STEP_MARK = /(?:^|\n)[ \t]*(?=Bước\s*\d+\s*[:.–-]?)/u
const STEP_PREFIX = /^Bước\s*\d+\s*[:.–-]?\s*/u

/**
 * "Bước 1: ... Bước 2: ..." → one step each, the paragraphs of a step kept (the site numbers
 * the steps, so the mark is dropped); text without step marks stays one step.
 */
export function stepsOf(raw: string | undefined): string[] {
  const text = given(raw)
  if (!text) return []
  return text
    .split(STEP_MARK)
    .map((part) => part.replace(STEP_PREFIX, '').trim())
    .filter(Boolean)
}
