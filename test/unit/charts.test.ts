import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

import { barChart, donutChart, lineChart, percentShares, SENTIMENT_COLORS } from '../../src/reporting/charts'
import { niceTicks } from '../../src/reporting/charts/scale'

// sax (a dependency of payload) is a real, strict XML parser; it ships no types, so type the part used.
interface SaxParser {
  onerror: (e: Error) => void
  onopentag: (node: { name: string; attributes: Record<string, string | { value: string }> }) => void
  onclosetag: (name: string) => void
  ontext: (t: string) => void
  write: (s: string) => SaxParser
  close: () => void
}
const sax = createRequire(import.meta.url)('sax') as { parser: (strict: boolean, opts: object) => SaxParser }

interface Node {
  name: string
  attrs: Record<string, string>
  children: Node[]
  text: string
}

/** Parses strictly (a malformed document throws) into a small tree. */
function parse(svg: string): Node {
  // XML 1.0 forbids these even escaped; sax does not check, so check here.
  expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
  const root: Node = { name: '#root', attrs: {}, children: [], text: '' }
  const stack = [root]
  const p = sax.parser(true, { xmlns: true, strictEntities: true })
  p.onerror = (e) => {
    throw e
  }
  p.onopentag = (n) => {
    const attrs = Object.fromEntries(Object.entries(n.attributes).map(([k, v]) => [k, typeof v === 'string' ? v : v.value]))
    const node: Node = { name: n.name, attrs, children: [], text: '' }
    stack[stack.length - 1].children.push(node)
    stack.push(node)
  }
  p.onclosetag = () => void stack.pop()
  p.ontext = (t) => {
    stack[stack.length - 1].text += t
  }
  p.write(svg).close()
  expect(root.children).toHaveLength(1)
  return root.children[0]
}

const all = (n: Node, pred: (n: Node) => boolean): Node[] => [...(pred(n) ? [n] : []), ...n.children.flatMap((c) => all(c, pred))]
const byClass = (n: Node, cls: string) => all(n, (x) => x.attrs.class === cls)
const textOf = (n: Node): string => n.text + n.children.filter((c) => c.name !== 'title').map(textOf).join('')
const f = (n: Node, a: string) => Number(n.attrs[a])

const DEPTS = ['市住房公积金管理中心', '市市场监督管理局', '市人力资源和社会保障局', '市医疗保障局']

function expectAccessible(root: Node) {
  expect(root.name).toBe('svg')
  expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg')
  expect(root.attrs.role).toBe('img')
  expect(root.attrs['font-family']).toContain("'Noto Sans CJK SC'")
  const [titleId, descId] = root.attrs['aria-labelledby'].split(' ')
  expect(root.children[0]).toMatchObject({ name: 'title', attrs: { id: titleId } })
  expect(root.children[1]).toMatchObject({ name: 'desc', attrs: { id: descId } })
  expect(root.children[0].text.length).toBeGreaterThan(0)
  expect(root.children[1].text.length).toBeGreaterThan(0)
}

describe('bar chart', () => {
  it('horizontal bars: well-formed, accessible, bar lengths proportional to the values from one baseline', () => {
    const values = [42, 17, 30, 8]
    const svg = barChart({ title: '各部门本周诉求数量', categories: DEPTS, series: [{ name: '诉求', values }], unit: '件', valueAxisLabel: '件数' })
    const root = parse(svg)
    expectAccessible(root)
    expect(root.children[0].text).toBe('各部门本周诉求数量')
    expect(root.children[1].text).toContain('市住房公积金管理中心 42件')
    const bars = byClass(root, 'bar')
    expect(bars.map((b) => b.attrs['data-category'])).toEqual(DEPTS)
    expect(bars.map((b) => f(b, 'data-value'))).toEqual(values)
    // Long Chinese names: the chart turned horizontal, so bars differ in width, not height.
    expect(new Set(bars.map((b) => f(b, 'x'))).size).toBe(1)
    expect(new Set(bars.map((b) => f(b, 'height'))).size).toBe(1)
    const perUnit = f(bars[0], 'width') / values[0]
    bars.forEach((b, i) => expect(f(b, 'width')).toBeCloseTo(values[i] * perUnit, 1))
    // Bars stay inside the canvas and the labels are there in full.
    bars.forEach((b) => expect(f(b, 'x') + f(b, 'width')).toBeLessThanOrEqual(f(root, 'width')))
    const texts = all(root, (n) => n.name === 'text').map(textOf)
    for (const d of DEPTS) expect(texts).toContain(d)
    expect(texts).toContain('42件')
  })

  it('vertical grouped bars for short labels: heights proportional, bottoms on the zero line', () => {
    const svg = barChart({
      title: '各渠道诉求',
      categories: ['网站', 'APP', '公众号', '热线'],
      series: [
        { name: '本周', values: [12, 30, 45, 60] },
        { name: '上周', values: [10, 25, 50, 40] },
      ],
    })
    const root = parse(svg)
    expectAccessible(root)
    const bars = byClass(root, 'bar')
    expect(bars).toHaveLength(8)
    const bottom = f(bars[0], 'y') + f(bars[0], 'height')
    const perUnit = f(bars[0], 'height') / 12
    for (const b of bars) {
      expect(f(b, 'y') + f(b, 'height')).toBeCloseTo(bottom, 1)
      expect(f(b, 'height')).toBeCloseTo(f(b, 'data-value') * perUnit, 1)
    }
    expect(new Set(bars.map((b) => f(b, 'width'))).size).toBe(1)
    // Two series: a legend naming both, in distinct colours.
    expect(textOf(byClass(root, 'legend')[0])).toBe('本周上周')
    expect(new Set(bars.map((b) => b.attrs.fill)).size).toBe(2)
  })

  it('stacked: segments are contiguous and each stack is as long as its total', () => {
    const series = [
      { name: '负面', values: [10, 5, 0], color: SENTIMENT_COLORS.negative },
      { name: '中性', values: [20, 10, 6], color: SENTIMENT_COLORS.neutral },
      { name: '正面', values: [5, null, 12], color: SENTIMENT_COLORS.positive },
    ]
    const root = parse(barChart({ title: '情绪构成', mode: 'stacked', orientation: 'horizontal', categories: DEPTS.slice(0, 3), series }))
    const bars = byClass(root, 'bar')
    const perUnit = f(bars[0], 'width') / 10
    for (const dept of DEPTS.slice(0, 3)) {
      const segs = bars.filter((b) => b.attrs['data-category'] === dept)
      const total = segs.reduce((s, b) => s + f(b, 'data-value'), 0)
      for (let i = 1; i < segs.length; i++) expect(f(segs[i], 'x')).toBeCloseTo(f(segs[i - 1], 'x') + f(segs[i - 1], 'width'), 1)
      expect(segs.reduce((s, b) => s + f(b, 'width'), 0)).toBeCloseTo(total * perUnit, 1)
    }
    // Zero and missing values draw nothing; the given sentiment colours are used.
    expect(bars).toHaveLength(7)
    expect(bars.find((b) => b.attrs['data-series'] === '负面')!.attrs.fill).toBe(SENTIMENT_COLORS.negative)
  })

  it('percent mode (a mix): every stack fills the whole axis, segments in proportion to their shares', () => {
    const root = parse(
      barChart({
        title: '各部门诉求情绪构成',
        mode: 'percent',
        orientation: 'horizontal',
        categories: ['甲', '乙'],
        series: [
          { name: '负面', values: [1, 30] },
          { name: '正面', values: [3, 10] },
        ],
      }),
    )
    const bars = byClass(root, 'bar')
    const full = (cat: string) => bars.filter((b) => b.attrs['data-category'] === cat).reduce((s, b) => s + f(b, 'width'), 0)
    expect(full('甲')).toBeCloseTo(full('乙'), 1)
    const first = bars.find((b) => b.attrs['data-category'] === '甲')!
    expect(f(first, 'width') / full('甲')).toBeCloseTo(0.25, 3)
    const texts = all(root, (n) => n.name === 'text').map(textOf)
    expect(texts).toEqual(expect.arrayContaining(['100%', '75%', '25%']))
  })

  it('negative values in grouped mode grow left of the zero line', () => {
    const root = parse(barChart({ title: '环比变化', orientation: 'horizontal', categories: ['甲', '乙'], series: [{ name: '变化', values: [-10, 20] }] }))
    const [neg, pos] = byClass(root, 'bar')
    expect(f(neg, 'x') + f(neg, 'width')).toBeCloseTo(f(pos, 'x'), 1)
    expect(f(pos, 'width')).toBeCloseTo(2 * f(neg, 'width'), 1)
  })

  it('escapes labels: markup, quotes and ampersands come back as the same text; control characters are dropped', () => {
    const evil = `<script>alert("x")</script> & '引号' \u0001]]>`
    const svg = barChart({ title: `标题 ${evil}`, categories: [evil, '正常'], series: [{ name: `系列 ${evil}`, values: [1, 2] }, { name: '二', values: [2, 1] }] })
    expect(svg).not.toContain('<script')
    const root = parse(svg)
    const clean = evil.replace('\u0001', '')
    expect(root.children[0].text).toBe(`标题 ${clean}`)
    expect(byClass(root, 'bar')[0].attrs['data-category']).toBe(clean)
    const texts = all(root, (n) => n.name === 'text').map(textOf)
    expect(texts.some((t) => t.startsWith('<script>'))).toBe(true)
    expect(textOf(byClass(root, 'legend')[0])).toContain('系列 <script>')
  })

  it('shortens a label that does not fit, keeping the full name as its tooltip', () => {
    const long = '示范市行政审批服务局政务服务中心综合受理窗口第三服务专区（不动产登记与税务联办）'
    const root = parse(barChart({ title: '窗口', categories: [long, '短'], series: [{ name: 'n', values: [1, 2] }], width: 480 }))
    const label = all(root, (n) => n.name === 'text' && n.children.some((c) => c.name === 'title'))[0]
    expect(label.children[0].text).toBe(long)
    expect(textOf(label).endsWith('…')).toBe(true)
    expect(textOf(label).length).toBeLessThan(long.length)
  })

  it('is deterministic, and ids differ between charts so several fit on one page', () => {
    const opts = { title: '甲', categories: ['a', 'b'], series: [{ name: 's', values: [1, 2] }] }
    expect(barChart(opts)).toBe(barChart(structuredClone(opts)))
    const id = (svg: string) => parse(svg).children[0].attrs.id
    expect(id(barChart(opts))).not.toBe(id(barChart({ ...opts, series: [{ name: 's', values: [1, 3] }] })))
    expect(id(barChart({ ...opts, id: 'weekly dept' }))).toBe('weekly-dept-title')
  })

  it('no data: a well-formed chart saying 暂无数据', () => {
    const root = parse(barChart({ title: '本周诉求', categories: [], series: [] }))
    expectAccessible(root)
    expect(all(root, (n) => n.name === 'text').map(textOf)).toContain('暂无数据')
    expect(byClass(root, 'bar')).toHaveLength(0)
  })
})

describe('line chart', () => {
  const days = ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24']

  it('maps values linearly to height, breaks the line at a missing day and labels days in Chinese', () => {
    const received = [10, 20, null, 40, 30]
    const svg = lineChart({ title: '近5天诉求趋势', labels: days, series: [{ name: '收到', values: received }, { name: '办结', values: [5, 5, 5, 5, 5] }], valueAxisLabel: '件数' })
    const root = parse(svg)
    expectAccessible(root)
    const points = byClass(root, 'point').filter((p) => p.attrs['data-series'] === '收到')
    expect(points.map((p) => p.attrs['data-label'])).toEqual(['2026-11-20', '2026-11-21', '2026-11-23', '2026-11-24'])
    // y = a - b·v for every point: equal value steps give equal pixel steps.
    const [p10, p20, p40, p30] = points
    const perUnit = (f(p10, 'cy') - f(p20, 'cy')) / 10
    expect(perUnit).toBeGreaterThan(0)
    expect(f(p10, 'cy') - f(p40, 'cy')).toBeCloseTo(30 * perUnit, 1)
    expect(f(p10, 'cy') - f(p30, 'cy')).toBeCloseTo(20 * perUnit, 1)
    // Days are evenly spaced along x.
    expect(f(p20, 'cx') - f(p10, 'cx')).toBeCloseTo((f(p40, 'cx') - f(p20, 'cx')) / 2, 1)
    const line = byClass(root, 'line').find((l) => l.attrs['data-series'] === '收到')!
    expect(line.attrs.d.match(/M/g)).toHaveLength(2)
    const texts = all(root, (n) => n.name === 'text').map(textOf)
    expect(texts).toEqual(expect.arrayContaining(['11月20日', '11月24日', '件数']))
    expect(root.children[1].text).toContain('收到：合计 100，最高 40（11月23日）')
  })

  it('thins the day labels of a long period so they do not overlap', () => {
    const month = Array.from({ length: 90 }, (_, i) => new Date(Date.UTC(2026, 8, 1 + i)).toISOString().slice(0, 10))
    const root = parse(lineChart({ title: '季度趋势', labels: month, series: [{ name: '收到', values: month.map((_, i) => i % 7) }] }))
    const dayTexts = all(root, (n) => n.name === 'text' && /月\d+日$/.test(textOf(n)))
    expect(dayTexts.length).toBeGreaterThan(3)
    expect(dayTexts.length).toBeLessThan(15)
    const xs = dayTexts.map((t) => f(t, 'x'))
    for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(50)
    expect(textOf(dayTexts[dayTexts.length - 1])).toBe('11月29日')
  })

  it('escapes series names and is empty-safe', () => {
    const root = parse(lineChart({ title: 'x', labels: days, series: [{ name: 'a<b>&"c"', values: [1, 2, 3, 4, 5] }, { name: 'd', values: [1, 1, 1, 1, 1] }] }))
    expect(byClass(root, 'line')[0].attrs['data-series']).toBe('a<b>&"c"')
    const empty = parse(lineChart({ title: '无', labels: days, series: [{ name: 'a', values: [null, null, null, null, null] }] }))
    expect(all(empty, (n) => n.name === 'text').map(textOf)).toContain('暂无数据')
  })
})

describe('donut chart', () => {
  const angle = (x: number, y: number, cx: number, cy: number) => Math.atan2(y - cy, x - cx)

  it('slices sweep angles in proportion to their values, shares add up to 100%', () => {
    const slices = [
      { label: '负面', value: 12, color: SENTIMENT_COLORS.negative },
      { label: '中性', value: 30, color: SENTIMENT_COLORS.neutral },
      { label: '正面', value: 18, color: SENTIMENT_COLORS.positive },
    ]
    const root = parse(donutChart({ title: '本周舆情倾向', slices, unit: '条' }))
    expectAccessible(root)
    const paths = byClass(root, 'slice')
    expect(paths.map((p) => p.attrs['data-share'])).toEqual(['20', '50', '30'])
    // Outer arc of each slice: "M x0 y0 A r r 0 large 1 x1 y1 L ...". Centre: where all slices meet
    // the ring, taken from the first slice's start (12 o'clock) and the ring radius.
    const arcs = paths.map((p) => p.attrs.d.match(/^M([\d.]+) ([\d.]+)A([\d.]+) [\d.]+ 0 [01] 1 ([\d.]+) ([\d.]+)/)!.slice(1).map(Number))
    const [sx, sy, r] = arcs[0]
    const cx = sx
    const cy = sy + r
    const sweeps = arcs.map(([x0, y0, , x1, y1]) => {
      let a = angle(x1, y1, cx, cy) - angle(x0, y0, cx, cy)
      if (a <= 0) a += 2 * Math.PI
      return a
    })
    slices.forEach((s, i) => expect(sweeps[i] / (2 * Math.PI)).toBeCloseTo(s.value / 60, 2))
    expect(root.children[1].text).toBe('本周舆情倾向，合计 60条：负面 12条，占 20.0%；中性 30条，占 50.0%；正面 18条，占 30.0%。')
    const texts = all(root, (n) => n.name === 'text').map(textOf)
    expect(texts).toEqual(expect.arrayContaining(['60条', '合计', '负面  12条（20.0%）']))
  })

  it('one slice is a whole ring; all zero is 暂无数据', () => {
    const root = parse(donutChart({ title: '全正面', slices: [{ label: '正面', value: 5 }, { label: '负面', value: 0 }] }))
    const [ring] = byClass(root, 'slice')
    expect(ring.attrs['data-share']).toBe('100')
    expect(ring.attrs.d.match(/A/g)).toHaveLength(4)
    const empty = parse(donutChart({ title: '无', slices: [{ label: '正面', value: 0 }] }))
    expect(all(empty, (n) => n.name === 'text').map(textOf)).toContain('暂无数据')
  })
})

describe('helpers', () => {
  it('percentShares adds up to exactly 100.0', () => {
    expect(percentShares([1, 1, 1])).toEqual([33.4, 33.3, 33.3])
    expect(percentShares([1, 2, 3, 4, 5, 6, 7]).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9)
    expect(percentShares([0, 0])).toEqual([0, 0])
  })

  it('niceTicks covers the data with round steps', () => {
    expect(niceTicks(0, 42, 4)).toEqual([0, 10, 20, 30, 40, 50])
    expect(niceTicks(0, 0.3, 3)).toEqual([0, 0.1, 0.2, 0.3])
    expect(niceTicks(-10, 20, 3)).toEqual([-10, 0, 10, 20])
    expect(niceTicks(0, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1])
  })
})
