import { beforeAll, describe, expect, it } from 'vitest'

import type { SearchEngine } from '../../../src/search/engine'
import { smallEngine } from './corpus'

let engine: SearchEngine
beforeAll(async () => {
  engine = await smallEngine()
})

const codes = async (q: string, filters = {}) => (await engine.search(q, filters, 5)).hits.map((h) => h.code)

describe('search engine on a small catalogue', () => {
  it.each([
    ['社保卡丢了', 'B-GG-001'],
    ['开个小饭馆要办什么证', 'A-XK-001'],
    ['被公司辞退了能领什么钱', 'B-JF-001'],
    ['租房子能把公积金取出来吗', 'C-GG-001'],
    ['孩子刚出生怎么上户口', 'D-QR-001'],
    ['驾照快到期了', 'D-XK-001'],
  ])('understands how citizens say it: %s', async (q, code) => {
    expect((await codes(q))[0]).toBe(code)
  })

  it.each([
    ['公基金退休提取', '11370100MB0000105-GG-003'],
    ['身份正丢了', 'D-QR-002'],
    ['社宝卡补办', 'B-GG-001'],
  ])('repairs a homophone typo: %s', async (q, code) => {
    expect((await codes(q)).slice(0, 2)).toContain(code)
  })

  it.each([
    ['shebaoka', 'B-GG-001'],
    ['sbk', 'B-GG-001'],
    ['gongjijin tiqu', 'C-GG-001'],
    ['jiashizheng', 'D-XK-001'],
  ])('reads pinyin and initials from kiosk keyboards: %s', async (q, code) => {
    expect((await codes(q)).slice(0, 3)).toContain(code)
  })

  it('lists a department’s guides when asked what it does', async () => {
    const res = await engine.search('市场监管局能办什么', {}, 10)
    expect(res.intent).toBe('department')
    expect(res.departments[0]).toMatchObject({ code: 'SCJGJ', reason: 'named' })
    expect(res.hits.map((h) => h.code).sort()).toEqual(['A-XK-001', 'A-XK-002', 'A-XK-003'])
    // Citizens' names for a department work too.
    expect((await engine.search('工商局能办哪些业务')).hits.every((h) => h.department?.code === 'SCJGJ')).toBe(true)
  })

  it('says which department handles something', async () => {
    const res = await engine.search('失业金归哪个部门管')
    expect(res.intent).toBe('who-handles')
    expect(res.departments.map((d) => d.code)).toContain('RSJ')
  })

  it('filters by department, audience, theme and online depth', async () => {
    expect(await codes('登记', { department: 'SCJGJ' })).toEqual(expect.arrayContaining(['A-XK-002', 'A-XK-003']))
    expect((await codes('登记', { department: 'SCJGJ' })).every((c) => c.startsWith('A-'))).toBe(true)
    expect(await codes('登记', { audience: 'corporate' })).toEqual(['A-XK-003'])
    expect(await codes('提取', { theme: '住房保障' })).toEqual(expect.arrayContaining(['C-GG-001', '11370100MB0000105-GG-003']))
    expect(await codes('身份证', { minOnlineDepth: 3 })).not.toContain('D-QR-002')
  })

  it('marks matched words in titles and snippets, HTML-escaped', async () => {
    const hit = (await engine.search('失业保险金')).hits[0]!
    expect(hit.titleHtml).toContain('<mark>')
    expect(hit.snippetHtml).toMatch(/<mark>失业/)
    expect(hit.snippet).not.toContain('<')
  })

  it('shows current notices only', async () => {
    const gjj = await engine.search('公积金提取')
    expect(gjj.notices.map((n) => n.slug)).toContain('gjj-upgrade')
    expect((await engine.search('社保通知')).notices.map((n) => n.slug)).not.toContain('old')
  })

  it('finds an item by its code', async () => {
    const res = await engine.search(' 11370100mb0000105-gg-003 ')
    expect(res.intent).toBe('code')
    expect(res.hits.map((h) => h.code)).toEqual(['11370100MB0000105-GG-003'])
  })

  it('answers empty, symbol-only and very long queries without throwing', async () => {
    for (const q of ['', '   ', '？？！！@#￥%……&*（）', '🙂🙂', '请问一下怎么办', null, undefined, 42]) {
      const res = await engine.search(q)
      expect(res.hits).toEqual([])
      expect(res.intent).toBe('empty')
      expect(res.message).toBeTruthy()
    }
    const long = await engine.search('社保卡丢了怎么办'.repeat(125))
    expect(long.query.length).toBeLessThanOrEqual(100)
    expect(long.hits[0]?.code).toBe('B-GG-001')
    const noise = await engine.search('xyzzy qwertyuiop')
    expect(noise.hits).toEqual([])
    expect(noise.message).toContain('12345')
  })

  it('suggests names, pinyin completions and citizen phrases', async () => {
    expect((await engine.suggest('住房')).map((s) => s.text)).toEqual(expect.arrayContaining(['住房公积金提取（租赁住房）']))
    expect((await engine.suggest('shehui')).map((s) => s.code)).toContain('B-GG-001')
    expect((await engine.suggest('社保卡')).some((s) => s.kind === 'phrase')).toBe(true)
    expect(await engine.suggest('')).toEqual([])
  })
})
