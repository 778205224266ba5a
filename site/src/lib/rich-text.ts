import type { RichText } from './types.ts'

type Node = { type?: string; text?: string; children?: Node[] }

function walk(node: Node): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'linebreak') return '\n'
  return (node.children ?? []).map(walk).join('')
}

/**
 * The paragraphs of a Lexical state (an FAQ answer), line breaks kept as "\n". The site
 * renders them itself: no Payload or Lexical runtime at build or in the browser.
 */
export function paragraphs(state: RichText | null | undefined): string[] {
  const blocks = (state?.root?.children ?? []) as Node[]
  return blocks.map((block) => walk(block).trim()).filter(Boolean)
}
