import { describe, expect, it } from 'vitest'

import { hasText, richTextHtml } from '../../site/src/lib/rich-text.ts'
import type { RichText } from '../../site/src/lib/types.ts'
import answer from '../fixtures/lexical/faq-answer-list-link.json'

const paragraph = (...children: object[]) => ({ type: 'paragraph', children })
const text = (value: string, format = 0) => ({ type: 'text', text: value, format })
const state = (...children: object[]): RichText => ({ root: { children } })

describe('FAQ answers (Lexical) as HTML', () => {
  it("keeps an editor's list and link (JSON written by Payload's own Markdown converter)", () => {
    expect(richTextHtml(answer.vi as RichText)).toBe(
      '<p>Mang theo:</p><ul><li>Tờ khai (bản giả lập)</li><li>Giấy tờ tùy thân</li></ul>' +
        '<p>Xem thêm tại <a href="https://dichvucong.gov.vn/p/home/dvc-trang-chu.html">Cổng Dịch vụ công quốc gia</a>.</p>',
    )
  })

  it('keeps line breaks, bold and italic; drops empty paragraphs', () => {
    const html = richTextHtml(
      state(paragraph(text('Một'), { type: 'linebreak' }, text('Hai', 1)), paragraph(), paragraph(text('Ba', 2))),
    )
    expect(html).toBe('<p>Một<br><strong>Hai</strong></p><p><em>Ba</em></p>')
  })

  it('escapes text and refuses unsafe links, keeping their text', () => {
    const link = (url: string) => ({ type: 'link', fields: { url, linkType: 'custom' }, children: [text('x')] })
    expect(richTextHtml(state(paragraph(text('<script>alert(1)</script> & "q"'))))).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;</p>',
    )
    expect(richTextHtml(state(paragraph(link('javascript:alert(1)'))))).toBe('<p>x</p>')
    expect(richTextHtml(state(paragraph(link('https://a.example/?q="><b>'))))).toBe(
      '<p><a href="https://a.example/?q=&quot;&gt;&lt;b&gt;">x</a></p>',
    )
    expect(
      richTextHtml(state(paragraph({ type: 'link', fields: { linkType: 'internal', doc: 1 }, children: [text('y')] }))),
    ).toBe('<p>y</p>')
  })

  it('shows a heading as a paragraph, and only the text of nodes it does not allow', () => {
    expect(richTextHtml(state({ type: 'heading', tag: 'h1', children: [text('T')] }))).toBe('<p>T</p>')
    expect(richTextHtml(state({ type: 'upload', value: { url: '/x.png' }, children: [] }, paragraph(text('z'))))).toBe(
      '<p>z</p>',
    )
    expect(richTextHtml(state(paragraph(text('a', 8)))), 'underline needs an inline style: plain text').toBe('<p>a</p>')
  })

  it('counts an editor left empty as no answer', () => {
    expect(hasText(state(paragraph()))).toBe(false)
    expect(hasText(null)).toBe(false)
    expect(richTextHtml(state(paragraph(text('  '))))).toBe('')
    expect(hasText(answer.en as RichText)).toBe(true)
  })
})
