// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { websiteGuide, websiteNotice } from '../../../templates/website'
import { buildGuide, buildNotice, ctx, el, lexical, text } from './fixtures'

const parse = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html')

/** Heading levels in document order. */
const levels = (doc: Document) => [...doc.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.tagName[1]))

function expectOrderedHeadings(doc: Document) {
  const ls = levels(doc)
  expect(ls[0]).toBe(1)
  expect(ls.filter((l) => l === 1)).toHaveLength(1)
  for (let i = 1; i < ls.length; i++) expect(ls[i]).toBeLessThanOrEqual(ls[i - 1] + 1)
}

describe('website guide', () => {
  const r = websiteGuide(buildGuide(), ctx)
  const doc = parse(r.body.html)

  it('is a zh-CN article with exactly one h1 and no skipped heading level', () => {
    expect(doc.querySelector('article')?.getAttribute('lang')).toBe('zh-CN')
    expect(doc.querySelector('h1')?.textContent).toBe('灵活就业人员参加职工基本养老保险登记')
    expectOrderedHeadings(doc)
    expect(r.problems).toEqual([])
  })

  it('lists steps in an <ol> and materials in a table with form and copies', () => {
    expect([...doc.querySelectorAll('ol > li > strong')].map((s) => s.textContent)).toEqual(['申请', '受理审核', '办结'])
    const materials = doc.querySelector('.omni-materials table')!
    expect(materials.querySelector('caption')?.textContent).toContain('共4项')
    const rows = [...materials.querySelectorAll('tbody tr')]
    expect(rows.map((tr) => tr.querySelector('th[scope="row"]')?.textContent)).toEqual([
      '居民身份证',
      '社会保障卡',
      '灵活就业人员参保登记表',
      '居住证',
    ])
    expect(rows[2].textContent).toContain('原件')
    expect(rows[2].textContent).toContain('2份')
  })

  it('puts time limits, fee and visits in a captioned table with row headers', () => {
    const table = doc.querySelector('.omni-limits table')!
    expect(table.querySelector('caption')?.textContent).toBe('办理时限、收费与跑动次数')
    const cells = Object.fromEntries(
      [...table.querySelectorAll('tbody tr')].map((tr) => [
        tr.querySelector('th[scope="row"]')?.textContent,
        tr.querySelector('td')?.textContent,
      ]),
    )
    expect(cells).toMatchObject({ 法定办结时限: '20个工作日', 承诺办结时限: '即办', 收费标准: '不收费。', 最多跑动次数: '0次' })
    for (const th of doc.querySelectorAll('th')) expect(['row', 'col']).toContain(th.getAttribute('scope'))
  })

  it('links phones with tel:, the online-handling page, FAQ as details, related guides', () => {
    expect([...doc.querySelectorAll('address a')].map((a) => a.getAttribute('href'))).toEqual([
      'tel:053286300021',
      'tel:12345',
      'tel:053286300000',
    ])
    const online = doc.querySelector('.omni-online a')!
    expect(online.getAttribute('href')).toBe(buildGuide().onlineUrl)
    expect(online.textContent).toContain('在线办理')
    expect(doc.querySelectorAll('details > summary')).toHaveLength(2)
    expect(doc.querySelector('.omni-related a')?.getAttribute('href')).toBe('https://zwfw.example.cn/guides/11370200MB0000301-GG-013')
    expect(doc.querySelector('.omni-places dl dd')?.textContent).toBe('示范市海川区同心路100号')
  })

  it('returns title, meta description and canonical URL', () => {
    expect(r.body.description.length).toBeGreaterThan(10)
    expect(r.body.url).toBe('https://zwfw.example.cn/guides/11370200MB0000301-GG-012')
    expect(r.key).toBe('11370200MB0000301-GG-012')
  })

  it('keeps user text escaped: a <script> title stays text', () => {
    const evil = websiteGuide(
      buildGuide({ title: '<script>alert(1)</script>办证', summary: '"><img src=x onerror=alert(1)>', onlineUrl: 'javascript:alert(1)' }),
      ctx,
    )
    expect(evil.body.html).not.toContain('<script')
    expect(evil.body.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;办证')
    expect(evil.body.html).not.toContain('<img src=x')
    const d = parse(evil.body.html)
    expect(d.querySelector('h1')?.textContent).toBe('<script>alert(1)</script>办证')
    expect(d.querySelectorAll('script, img')).toHaveLength(0)
    expect(d.querySelector('.omni-online a')).toBeNull() // a javascript: URL is no online link
  })

  it('has an elder-friendly mode with large type and high contrast', () => {
    const elder = websiteGuide(buildGuide(), { ...ctx, elder: true })
    expect(elder.body.html).not.toBe(r.body.html)
    expect(elder.body.elder).toBe(true)
    const root = parse(elder.body.html).querySelector('article')!
    expect(root.className).toContain('omni-elder')
    expect(root.getAttribute('style')).toContain('--omni-font-size:22px')
    expect(root.getAttribute('style')).toContain('--omni-fg:#000000')
    expect(doc.querySelector('article')?.hasAttribute('style')).toBe(false)
  })
})

describe('website notice', () => {
  const r = websiteNotice(buildNotice(), ctx)
  const doc = parse(r.body.html)

  it('shows title, urgent banner and validity dates in Asia/Shanghai', () => {
    expectOrderedHeadings(doc)
    expect(doc.querySelector('.omni-urgent')?.textContent).toContain('紧急通知')
    const times = [...doc.querySelectorAll('.omni-validity time')]
    expect(times.map((t) => t.textContent)).toEqual(['2026年11月26日', '2027年6月30日 23:59'])
    expect(times[0].getAttribute('datetime')).toBe('2026-11-25T16:00:00.000Z')
    expect(r.body.validFrom).toBe('2026-11-25T16:00:00.000Z')
  })

  it('renders the lexical body: paragraphs, headings, lists, bold, links, images', () => {
    const body = doc.querySelector('.omni-body')!
    expect(body.querySelectorAll('p').length).toBeGreaterThanOrEqual(3)
    expect([...body.querySelectorAll('h2,h3')].map((h) => h.tagName)).toEqual(['H2', 'H3'])
    expect([...body.querySelectorAll('ol li')].map((li) => li.textContent)).toEqual(['社保参保登记', '居住证签注'])
    expect(body.querySelector('strong')?.textContent).toBe('9:00-12:00')
    expect(body.querySelector('a')?.getAttribute('href')).toBe('https://zwfw.example.cn/news/2026-1201')
    const img = body.querySelector('img')!
    expect(img.getAttribute('alt')).toBe('政务服务中心大厅周六服务窗口')
    expect(img.getAttribute('srcset')).toContain('960w')
    expect(doc.querySelector('.omni-related a')?.textContent).toBe('灵活就业人员参加职工基本养老保险登记')
  })

  it('says 长期有效 without validTo, and escapes text inside the body', () => {
    const n = websiteNotice(buildNotice({ validTo: null, urgent: false, body: lexical(el('paragraph', [text('<b>不是粗体</b>')])) }), ctx)
    const d = parse(n.body.html)
    expect(d.querySelector('.omni-validity')?.textContent).toContain('长期有效')
    expect(d.querySelector('.omni-urgent')).toBeNull()
    expect(d.querySelector('.omni-body b')).toBeNull()
    expect(d.querySelector('.omni-body p')?.textContent).toBe('<b>不是粗体</b>')
  })
})
