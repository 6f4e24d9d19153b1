import { describe, it, expect } from 'vitest'
import { lexicalToPlainText, plainTextToLexical } from '../../../src/text/lexicalText'

const text = (t: string) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const el = (type: string, children: unknown[], extra: object = {}) => ({ type, children, version: 1, ...extra })

describe('lexicalToPlainText', () => {
  it('tolerates null, undefined, plain strings and junk', () => {
    expect(lexicalToPlainText(null)).toBe('')
    expect(lexicalToPlainText(undefined)).toBe('')
    expect(lexicalToPlainText('just text')).toBe('just text')
    expect(lexicalToPlainText(42)).toBe('')
    expect(lexicalToPlainText({})).toBe('')
    expect(lexicalToPlainText({ root: { type: 'root' } })).toBe('')
  })

  it('joins paragraphs, headings and list items with newlines', () => {
    const state = {
      root: el('root', [
        el('heading', [text('通知')], { tag: 'h1' }),
        el('paragraph', [text('第一段'), el('link', [text('链接')], { fields: {} }), text('结尾')]),
        el('list', [
          el('listitem', [text('一')]),
          el('listitem', [text('二'), el('list', [el('listitem', [text('二.1')])])]),
        ]),
        el('paragraph', [text('行一'), { type: 'linebreak', version: 1 }, text('行二')]),
        { type: 'upload', value: 'x', version: 1 },
      ]),
    }
    expect(lexicalToPlainText(state)).toBe('通知\n第一段链接结尾\n一\n二\n二.1\n行一\n行二')
  })

  it('accepts a JSON string of the editor state', () => {
    expect(lexicalToPlainText(JSON.stringify(plainTextToLexical('甲\n乙')))).toBe('甲\n乙')
  })
})

describe('plainTextToLexical', () => {
  it('builds the standard Payload node shape', () => {
    expect(plainTextToLexical('你好')).toEqual({
      root: {
        type: 'root', format: '', indent: 0, version: 1, direction: 'ltr',
        children: [{
          type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0,
          textFormat: 0, textStyle: '', children: [text('你好')],
        }],
      },
    })
  })

  it('round-trips through lexicalToPlainText, blank lines included', () => {
    for (const t of ['', '一行', '第一段\n第二段', '甲\n\n乙\n', '\n开头空行']) {
      expect(lexicalToPlainText(plainTextToLexical(t))).toBe(t)
    }
    expect(lexicalToPlainText(plainTextToLexical('a\r\nb'))).toBe('a\nb')
  })
})
