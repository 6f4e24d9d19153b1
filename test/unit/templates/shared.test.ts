import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime } from '../../../templates/shared/dates'
import { guideFacts, phones, telHref } from '../../../templates/shared/doc'
import { escapeHtml, safeUrl } from '../../../templates/shared/escape'
import { blocksText, lexicalBlocks } from '../../../templates/shared/lexical'
import { cpLength, joinText, truncate, wrapLines } from '../../../templates/shared/text'
import { buildGuide, ctx, el, lexical, text } from './fixtures'

describe('escapeHtml', () => {
  it('escapes the five HTML specials and nothing else', () => {
    expect(escapeHtml(`<script>alert("x&y")</script>'`)).toBe('&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;&#39;')
    expect(escapeHtml('办事指南 ①')).toBe('办事指南 ①')
    expect(escapeHtml(null)).toBe('')
    expect(escapeHtml(42)).toBe('42')
  })
  it('escapes already-escaped text again (no double-decoding shortcuts)', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;')
  })
})

describe('safeUrl', () => {
  it('keeps http(s), mailto, tel and site-relative URLs', () => {
    for (const u of ['https://a.cn/x?y=1', 'http://a.cn', 'mailto:a@b.cn', 'tel:12345', '/guides/x']) expect(safeUrl(u)).toBe(u)
  })
  it('drops script, data and protocol-relative URLs', () => {
    for (const u of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', '//evil.example', 'not a url', ''])
      expect(safeUrl(u)).toBeNull()
  })
})

describe('text', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(cpLength('办事😀')).toBe(3)
    expect('办事😀'.length).toBe(4)
  })
  it('truncates at a punctuation mark and ends with …', () => {
    const s = '第一句话说明办理条件。第二句话说明办理材料，以及其他很多很多很多很多很多很多的细节内容。'
    const { text: t, truncated } = truncate(s, 20)
    expect(truncated).toBe(true)
    expect(cpLength(t)).toBeLessThanOrEqual(20)
    expect(t).toBe('第一句话说明办理条件…')
    expect(truncate('短文本', 20)).toEqual({ text: '短文本', truncated: false })
  })
  it('wraps at Chinese punctuation into short lines and keeps times whole', () => {
    const lines = wrapLines('周一至周五 9:00-12:00，13:30-17:00；法定节假日除外。登录示范市政务服务网或到窗口提交申请材料。', 18)
    expect(lines).toEqual([
      '周一至周五 9:00-12:00，',
      '13:30-17:00；',
      '法定节假日除外。',
      '登录示范市政务服务网或',
      '到窗口提交申请材料。',
    ])
    for (const l of lines) expect(cpLength(l)).toBeLessThanOrEqual(19)
  })
  it('joins lines without spaces after CJK punctuation', () => {
    expect(joinText(['第一段。', '第二段', 'B'])).toBe('第一段。第二段 B')
  })
})

describe('dates', () => {
  it('formats in Asia/Shanghai, with the time only when it is not midnight', () => {
    expect(formatDate('2026-11-25T16:00:00.000Z')).toBe('2026年11月26日')
    expect(formatDateTime('2026-11-25T16:00:00.000Z')).toBe('2026年11月26日')
    expect(formatDateTime('2026-11-26T00:30:00.000Z')).toBe('2026年11月26日 08:30')
    expect(formatDate('nonsense')).toBe('')
    expect(formatDate(null)).toBe('')
  })
})

describe('document helpers', () => {
  it('builds tel: URIs with extensions', () => {
    expect(telHref('0532-86300021')).toBe('tel:053286300021')
    expect(telHref('0532-86300021-305')).toBe('tel:053286300021,305')
    expect(telHref('12345')).toBe('tel:12345')
  })
  it('lists guide phones first, then the department, without repeats', () => {
    const list = phones(buildGuide({ consultPhone: '0532-86300000' }))
    expect(list.map((p) => p.number)).toEqual(['0532-86300000', '12345'])
  })
  it('reads facts with labels, 即办 for a promised limit of 0', () => {
    const facts = guideFacts(buildGuide())
    expect(facts.find((f) => f.key === 'promisedLimit')?.value).toBe('即办')
    expect(facts.find((f) => f.key === 'itemType')?.value).toBe('公共服务')
  })
})

describe('lexicalBlocks', () => {
  it('orders headings under the page h1 without skipping levels', () => {
    const blocks = lexicalBlocks(
      lexical(
        el('heading', [text('A')], { tag: 'h1' }),
        el('heading', [text('B')], { tag: 'h4' }),
        el('heading', [text('C')], { tag: 'h2' }),
      ),
      ctx,
    )
    expect(blocks.map((b) => (b.type === 'heading' ? b.level : 0))).toEqual([2, 3, 2])
  })
  it('keeps safe links, resolves internal links and drops script links', () => {
    const blocks = lexicalBlocks(
      lexical(
        el('paragraph', [
          el('link', [text('坏')], { fields: { url: 'javascript:alert(1)', linkType: 'custom' } }),
          el('link', [text('指南')], {
            fields: { linkType: 'internal', doc: { relationTo: 'service-guides', value: { id: 1, code: 'X-GG-001' } } },
          }),
        ]),
      ),
      ctx,
    )
    const inlines = blocks[0].type === 'paragraph' ? blocks[0].inlines : []
    expect(inlines[0].href).toBeUndefined()
    expect(inlines[1].href).toBe('https://zwfw.example.cn/guides/X-GG-001')
  })
  it('attaches nested lists to the item before, and reads plain text and JSON strings', () => {
    const state = lexical(
      el('list', [el('listitem', [text('一')]), el('listitem', [el('list', [el('listitem', [text('一.1')])], { listType: 'bullet' })])], {
        listType: 'number',
      }),
    )
    const [list] = lexicalBlocks(JSON.stringify(state), ctx)
    expect(list.type === 'list' && list.items.length).toBe(1)
    expect(blocksText(lexicalBlocks(state, ctx))).toEqual(['一', '一.1'])
    expect(blocksText(lexicalBlocks('第一行\n\n第二行', ctx))).toEqual(['第一行', '第二行'])
    expect(lexicalBlocks(null, ctx)).toEqual([])
  })
})
