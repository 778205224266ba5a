/**
 * Plain text to Lexical rich text (Payload's editor state): one paragraph per blank-line
 * separated block, line breaks kept. Seeds and imports write answers this way. (Payload's
 * `buildEditorState` makes a single paragraph; the way back is Payload's own
 * `convertLexicalToPlaintext`, used by search/sources.ts.)
 */
type TextNode = { type: 'text'; text: string; version: 1; detail: 0; format: 0; mode: 'normal'; style: '' }
type BreakNode = { type: 'linebreak'; version: 1 }
type Paragraph = {
  type: 'paragraph'
  version: 1
  children: (TextNode | BreakNode)[]
  direction: 'ltr'
  format: ''
  indent: 0
  textFormat: 0
  textStyle: ''
}

export type LexicalState = {
  root: { type: 'root'; version: 1; children: Paragraph[]; direction: 'ltr'; format: ''; indent: 0 }
}

const textNode = (text: string): TextNode => ({
  type: 'text',
  text,
  version: 1,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
})

export function plainTextToLexical(text: string): LexicalState {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map(
      (block): Paragraph => ({
        type: 'paragraph',
        version: 1,
        children: block
          .split('\n')
          .flatMap((line, index) =>
            index === 0 ? [textNode(line)] : [{ type: 'linebreak', version: 1 } as const, textNode(line)],
          ),
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
      }),
    )
  return { root: { type: 'root', version: 1, children: paragraphs, direction: 'ltr', format: '', indent: 0 } }
}
