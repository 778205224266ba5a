/**
 * Rich text (an FAQ answer, as Payload's Lexical editor stores it) rendered as HTML with
 * Payload's own converter (`@payloadcms/richtext-lexical/html`), at build time only.
 *
 * The converters below are an allow-list: paragraphs, line breaks, bold / italic / code,
 * lists and links to http(s), mailto: and tel: addresses. Everything else an editor could
 * insert keeps its text and loses its markup: headings would break the page's outline
 * under the question's heading, uploads and blocks have no public form here, and no
 * converter writes a `style` attribute (the site sets no inline styles).
 */
import { convertLexicalToHTML, type HTMLConverters } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { RichText } from './types.ts'

type Node = { type?: string; text?: string; format?: number | string; children?: Node[]; [key: string]: unknown }

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

/** Lexical's text format bits (lexical/LexicalConstants: IS_BOLD, IS_ITALIC, IS_CODE). */
const FORMAT_TAGS: [bit: number, tag: string][] = [
  [16, 'code'],
  [2, 'em'],
  [1, 'strong'],
]

/** Schemes a link may use; anything else (javascript:, data:) is dropped and the text kept. */
const SAFE_URL = /^(https?:|mailto:|tel:|\/(?!\/))/i

function linkHref(node: Node): string | undefined {
  const fields = (node.fields ?? {}) as { url?: unknown; linkType?: unknown }
  // Internal links name a document id, not a public URL; their text stays.
  if (fields.linkType === 'internal' || typeof fields.url !== 'string') return undefined
  const url = fields.url.trim()
  return SAFE_URL.test(url) ? url : undefined
}

const children = (nodesToHTML: (args: { nodes: never[] }) => string[], node: Node) =>
  nodesToHTML({ nodes: (node.children ?? []) as never[] }).join('')

const CONVERTERS: HTMLConverters = {
  text: ({ node }) => {
    const format = typeof node.format === 'number' ? node.format : 0
    return FORMAT_TAGS.reduce(
      (html, [bit, tag]) => (format & bit ? `<${tag}>${html}</${tag}>` : html),
      escapeHtml(node.text),
    )
  },
  linebreak: '<br>',
  tab: ' ',
  paragraph: ({ node, nodesToHTML }) => {
    const html = children(nodesToHTML, node as Node)
    return html.trim() ? `<p>${html}</p>` : ''
  },
  // A heading inside an answer is shown as a paragraph: the answer sits under the question's heading.
  heading: ({ node, nodesToHTML }) => `<p>${children(nodesToHTML, node as Node)}</p>`,
  quote: ({ node, nodesToHTML }) => `<blockquote>${children(nodesToHTML, node as Node)}</blockquote>`,
  list: ({ node, nodesToHTML }) => {
    const tag = node.listType === 'number' ? 'ol' : 'ul'
    return `<${tag}>${children(nodesToHTML, node as Node)}</${tag}>`
  },
  listitem: ({ node, nodesToHTML }) => `<li>${children(nodesToHTML, node as Node)}</li>`,
  link: ({ node, nodesToHTML }) => {
    const html = children(nodesToHTML, node as Node)
    const href = linkHref(node as Node)
    return href ? `<a href="${escapeHtml(href)}">${html}</a>` : html
  },
  autolink: ({ node, nodesToHTML }) => {
    const html = children(nodesToHTML, node as Node)
    const href = linkHref(node as Node)
    return href ? `<a href="${escapeHtml(href)}">${html}</a>` : html
  },
  // Anything else (upload, relationship, block, table, horizontal rule): its text only.
  unknown: ({ node, nodesToHTML }) => children(nodesToHTML, node as Node),
}

function text(node: Node): string {
  return (node.text ?? '') + (node.children ?? []).map(text).join('')
}

/** Whether a Lexical state has any text: an editor left empty holds one empty paragraph. */
export function hasText(state: RichText | null | undefined): state is RichText {
  return ((state?.root?.children ?? []) as Node[]).some((node) => text(node).trim() !== '')
}

/** The HTML of a Lexical state, with only the allowed elements; empty for an empty editor. */
export function richTextHtml(state: RichText | null | undefined): string {
  if (!hasText(state)) return ''
  return convertLexicalToHTML({
    data: state as unknown as SerializedEditorState,
    converters: CONVERTERS,
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  })
}
