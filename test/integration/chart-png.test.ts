import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { barChart, donutChart, FONT_FAMILY, lineChart, SENTIMENT_COLORS } from '../../src/reporting/charts'
import { svgToPng } from '../../src/reporting/charts/png'

const BAR = '#0072B2'
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))

async function decode(png: Buffer) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  const at = (x: number, y: number) => {
    const i = (Math.round(y) * info.width + Math.round(x)) * info.channels
    return [data[i], data[i + 1], data[i + 2]]
  }
  return { data, info, at }
}

const near = (a: number[], b: number[], tol = 24) => a.every((v, i) => Math.abs(v - b[i]) <= tol)

/** Attributes of every `<rect class="bar" …/>` in the chart, as numbers. */
function barsOf(svg: string) {
  return [...svg.matchAll(/<rect class="bar" ([^>]*)\/>/g)].map((m) => {
    const attr = (n: string) => Number(new RegExp(`\\s?${n}="([^"]*)"`).exec(m[1])![1])
    return { x: attr('x'), y: attr('y'), width: attr('width'), height: attr('height'), value: attr('data-value') }
  })
}

describe('svgToPng', () => {
  const departments = ['市住房公积金管理中心', '市市场监督管理局', '市人力资源和社会保障局', '市医疗保障局']
  const values = [40, 10, 30, 20]
  const svg = barChart({ title: '各部门本周诉求数量', categories: departments, series: [{ name: '诉求', values, color: BAR }], unit: '件' })
  const svgW = Number(/width="([\d.]+)"/.exec(svg)![1])
  const svgH = Number(/height="([\d.]+)"/.exec(svg)![1])

  it('renders a PNG of the asked width with the bars drawn where the SVG puts them, in proportion', async () => {
    const png = await svgToPng(svg, 1280)
    const meta = await sharp(png).metadata()
    expect(meta.format).toBe('png')
    expect(meta.width).toBe(1280)
    const scale = 1280 / svgW
    expect(Math.abs(meta.height! - svgH * scale)).toBeLessThanOrEqual(1)

    const { at, info } = await decode(png)
    const lengths = barsOf(svg).map((b) => {
      // Walk along the middle of each bar and count the pixels in the bar colour.
      const y = (b.y + b.height / 2) * scale
      let run = 0
      for (let x = 0; x < info.width; x++) if (near(at(x, y), rgb(BAR))) run++
      return { run, expected: b.width * scale, value: b.value }
    })
    expect(lengths).toHaveLength(4)
    for (const l of lengths) expect(Math.abs(l.run - l.expected)).toBeLessThanOrEqual(3)
    // 40 : 10 : 30 : 20 as drawn pixels.
    const perUnit = lengths[0].run / 40
    for (const l of lengths) expect(l.run / l.value).toBeCloseTo(perUnit, 0)

    // Not blank: a white background with ink in the title area and the bar colour present.
    const stats = await sharp(png).stats()
    expect(stats.isOpaque).toBe(true)
    expect(stats.channels[0].stdev).toBeGreaterThan(10)
    expect(near(at(2, 2), [255, 255, 255], 0)).toBe(true)
  })

  it('renders at the SVG size without a width, and line and donut charts too', async () => {
    const native = await sharp(await svgToPng(svg)).metadata()
    expect([native.width, native.height]).toEqual([svgW, svgH])

    const days = ['2026-11-20', '2026-11-21', '2026-11-22']
    const line = await svgToPng(lineChart({ title: '趋势', labels: days, series: [{ name: '收到', values: [1, 5, 3], color: BAR }] }), 800)
    const lineStats = await decode(line)
    let coloured = 0
    for (let i = 0; i < lineStats.data.length; i += 3) if (near([lineStats.data[i], lineStats.data[i + 1], lineStats.data[i + 2]], rgb(BAR))) coloured++
    expect(coloured).toBeGreaterThan(500)

    const donut = donutChart({ title: '舆情倾向', slices: [{ label: '负面', value: 1, color: SENTIMENT_COLORS.negative }, { label: '正面', value: 3, color: SENTIMENT_COLORS.positive }] })
    const { at, info } = await decode(await svgToPng(donut, 960))
    const scale = 960 / Number(/width="([\d.]+)"/.exec(donut)![1])
    // The first slice (a quarter, from 12 o'clock clockwise) is right of centre and above it.
    const ring = /M([\d.]+) ([\d.]+)A([\d.]+)/.exec(donut)!.slice(1).map(Number)
    const [cx, cy, r] = [ring[0], ring[1] + ring[2], ring[2]]
    const probe = (deg: number) => at((cx + 0.8 * r * Math.cos((deg * Math.PI) / 180)) * scale, (cy + 0.8 * r * Math.sin((deg * Math.PI) / 180)) * scale)
    expect(near(probe(-45), rgb(SENTIMENT_COLORS.negative))).toBe(true)
    expect(near(probe(90), rgb(SENTIMENT_COLORS.positive))).toBe(true)
    expect(info.width).toBe(960)
  })

  it('draws Chinese with a CJK font through the chart font stack (fonts-noto-cjk), not as missing-glyph boxes', async () => {
    // 一 is one horizontal stroke in any CJK font: its ink is far wider than tall. A missing-glyph
    // box is taller than wide.
    const glyph = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><rect width="200" height="200" fill="#fff"/><text x="40" y="140" font-size="120" font-family="${FONT_FAMILY}">一</text></svg>`
    const { info } = await sharp(await svgToPng(glyph)).trim({ background: '#ffffff', threshold: 40 }).toBuffer({ resolveWithObject: true })
    expect(info.width / info.height).toBeGreaterThan(4)
  })

  it('refuses absurd widths', async () => {
    await expect(svgToPng(svg, 0)).rejects.toThrow(RangeError)
    await expect(svgToPng(svg, 100_000)).rejects.toThrow(RangeError)
  })
})
