import { chartId, emptyChart, FONT_SIZE, frame, PAD, TITLE_BOTTOM, type ChartText } from './frame'
import { colorAt } from './palette'
import { el, formatNumber, MUTED_COLOR, num, text, TEXT_COLOR } from './svg'
import { fitText } from './text'

export interface Slice {
  label: string
  value: number
  color?: string
}

export interface DonutChartOptions extends ChartText {
  slices: Slice[]
  width?: number
  height?: number
  unit?: string
  /** Under the total in the hole; default 合计. */
  centerLabel?: string
}

/**
 * Shares in tenths of a percent that add up to exactly 100.0 (largest remainder), so a legend
 * never shows 33.3 + 33.3 + 33.3.
 */
export function percentShares(values: number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0)
  if (!total) return values.map(() => 0)
  const raw = values.map((v) => (v / total) * 1000)
  const floors = raw.map(Math.floor)
  let left = 1000 - floors.reduce((a, b) => a + b, 0)
  const order = raw.map((r, i) => ({ i, rest: r - floors[i] })).sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (const { i } of order) {
    if (left <= 0) break
    if (values[i] > 0) {
      floors[i] += 1
      left -= 1
    }
  }
  return floors.map((f) => f / 10)
}

function arcPath(cx: number, cy: number, outer: number, inner: number, a0: number, a1: number): string {
  const p = (a: number, r: number) => `${num(cx + r * Math.cos(a))} ${num(cy + r * Math.sin(a))}`
  if (a1 - a0 >= 2 * Math.PI - 1e-9) {
    // A whole ring: two half arcs each way, the hole cut out by the even-odd rule.
    const h = a0 + Math.PI
    return `M${p(a0, outer)}A${num(outer)} ${num(outer)} 0 1 1 ${p(h, outer)}A${num(outer)} ${num(outer)} 0 1 1 ${p(a0, outer)}Z` +
      `M${p(a0, inner)}A${num(inner)} ${num(inner)} 0 1 0 ${p(h, inner)}A${num(inner)} ${num(inner)} 0 1 0 ${p(a0, inner)}Z`
  }
  const large = a1 - a0 > Math.PI ? 1 : 0
  return `M${p(a0, outer)}A${num(outer)} ${num(outer)} 0 ${large} 1 ${p(a1, outer)}L${p(a1, inner)}A${num(inner)} ${num(inner)} 0 ${large} 0 ${p(a0, inner)}Z`
}

/**
 * A mix (e.g. 负面/中性/正面) as a ring with the total in the middle and a legend giving each
 * part's count and share. Slices start at 12 o'clock and go clockwise in the given order.
 */
export function donutChart(o: DonutChartOptions): string {
  const width = o.width ?? 480
  const height = o.height ?? 260
  const unit = o.unit ?? ''
  const id = chartId('donut', o, o.id)
  const values = o.slices.map((s) => (Number.isFinite(s.value) && s.value > 0 ? s.value : 0))
  const total = values.reduce((a, b) => a + b, 0)
  if (!total) return emptyChart({ id, width, height, title: o.title })

  const shares = percentShares(values)
  const colors = o.slices.map((s, i) => colorAt(i, s.color))
  const top = TITLE_BOTTOM + 4
  const outer = Math.max(20, Math.min((height - top - PAD) / 2, width * 0.22))
  const inner = outer * 0.6
  const cx = PAD + outer
  const cy = top + (height - top - PAD) / 2
  const body: string[] = []
  let angle = -Math.PI / 2
  o.slices.forEach((s, i) => {
    if (!values[i]) return
    const sweep = (values[i] / total) * 2 * Math.PI
    body.push(
      el('path', {
        class: 'slice',
        d: arcPath(cx, cy, outer, inner, angle, angle + sweep),
        fill: colors[i],
        'fill-rule': 'evenodd',
        stroke: '#ffffff',
        'stroke-width': 1,
        'data-label': s.label,
        'data-value': values[i],
        'data-share': shares[i],
      }),
    )
    angle += sweep
  })
  body.push(text(cx, cy + 2, formatNumber(total, unit), { 'text-anchor': 'middle', 'font-size': 18, 'font-weight': 'bold', fill: TEXT_COLOR }))
  body.push(text(cx, cy + 20, o.centerLabel ?? '合计', { 'text-anchor': 'middle', fill: MUTED_COLOR }))

  const lx = cx + outer + 24
  const rowH = 22
  const ly = cy - ((o.slices.length - 1) * rowH) / 2
  o.slices.forEach((s, i) => {
    const y = ly + i * rowH
    const line = `${s.label}  ${formatNumber(values[i], unit)}（${shares[i].toFixed(1)}%）`
    body.push(el('rect', { x: lx, y: y - 9, width: 12, height: 12, rx: 2, fill: colors[i] }))
    body.push(text(lx + 18, y + 2, fitText(line, width - PAD - lx - 18, FONT_SIZE), { fill: TEXT_COLOR }, line))
  })
  const description =
    o.description ??
    `${o.title}，合计 ${formatNumber(total, unit)}：${o.slices.map((s, i) => `${s.label} ${formatNumber(values[i], unit)}，占 ${shares[i].toFixed(1)}%`).join('；')}。`
  return frame({ id, width, height, title: o.title, description }, body)
}
