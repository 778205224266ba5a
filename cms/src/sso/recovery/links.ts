import type { Locale } from '../../vocabulary.ts'

/** The "forgotten password" page from an interaction page: {mount}/recovery, the mount being the part before /interaction. */
export function recoveryHref(interactionBase: string, language: Locale): string {
  return `${interactionBase.replace(/\/interaction\/.*$/, '')}/recovery?lang=${language}`
}
