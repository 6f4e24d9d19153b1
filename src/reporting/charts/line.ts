import type { Series } from './bar'
import { chartId, emptyChart, FONT_SIZE, frame, legend, PAD, TITLE_BOTTOM, type ChartText } from './frame'
import { colorAt } from './palette'
import { linear, niceTicks } from './scale'
import { AXIS_COLOR, el, formatNumber, GRID_COLOR, MUTED_COLOR, num, text } from './svg'
import { fitText, textWidth } from './text'

export interface LineChartOptions extends ChartText {
  /** The x positions in order, usually one ISO date per day ('2026-11-20' is shown as 11月20日). */
  labels: string[]
  series: Series[]
  width?: number
  height?: number
  valueAxisLabel?: string
  categoryAxisLabel?: string
  unit?: string
  /** Start the value axis at 0 (default, right for counts); false fits the axis to the data. */
  zeroBased?: boolean
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** '2026-11-20' → '11月20日'; other labels unchanged. */
export function dayLabel(label: string): string {
  const m = ISO_DATE.exec(label)
  return m ? `${Number(m[2])}月${Number(m[3])}日` : label
}

const clean = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : null)

function summary(o: LineChartOptions, unit: string): string {
  const first = dayLabel(o.labels[0])
  const last = dayLabel(o.labels[o.labels.length - 1])
  const parts = o.series.map((s) => {
    const points = o.labels.map((l, i) => ({ l, v: clean(s.values[i]) })).filter((p): p is { l: string; v: number } => p.v !== null)
    if (!points.length) return `${s.name}：无数据`
    const max = points.reduce((a, b) => (b.v > a.v ? b : a))
    const min = points.reduce((a, b) => (b.v < a.v ? b : a))
    const total = points.reduce((sum, p) => sum + p.v, 0)
    const end = points[points.length - 1]
    return `${s.name}：合计 ${formatNumber(total, unit)}，最高 ${formatNumber(max.v, unit)}（${dayLabel(max.l)}），最低 ${formatNumber(min.v, unit)}（${dayLabel(min.l)}），${dayLabel(end.l)} ${formatNumber(end.v, unit)}`
  })
  return `${o.title}，${first}至${last}。${parts.join('；')}。`
}

/**
 * A trend over days with one line per series. Missing values (null) break the line instead of
 * dropping to zero; points carry data-label and data-value.
 */
export function lineChart(o: LineChartOptions): string {
  const width = o.width ?? 640
  const height = o.height ?? 320
  const unit = o.unit ?? ''
  const id = chartId('line', o, o.id)
  const values = o.series.flatMap((s) => o.labels.map((_, i) => clean(s.values[i]))).filter((v): v is number => v !== null)
  if (!o.labels.length || !o.series.length || !values.length) return emptyChart({ id, width, height, title: o.title })

  const colors = o.series.map((s, i) => colorAt(i, s.color))
  const key = legend(o.series.map((s, i) => ({ label: s.name, color: colors[i] })), PAD, TITLE_BOTTOM, width - 2 * PAD)
  const top = TITLE_BOTTOM + key.height + 8
  const bottom = height - PAD - 20 - (o.categoryAxisLabel ? 20 : 0)
  const zeroBased = o.zeroBased ?? true
  const lo = zeroBased ? Math.min(0, ...values) : Math.min(...values)
  const ticks = niceTicks(lo, Math.max(...values), Math.max(2, Math.floor((bottom - top) / 50)))
  const tickW = Math.max(...ticks.map((t) => textWidth(formatNumber(t), FONT_SIZE)))
  const x0 = PAD + (o.valueAxisLabel ? 20 : 0) + tickW + 16
  const x1 = width - PAD - 8
  const y = linear([ticks[0], ticks[ticks.length - 1]], [bottom, top])
  const n = o.labels.length
  const x = (i: number) => (n === 1 ? (x0 + x1) / 2 : x0 + (i * (x1 - x0)) / (n - 1))

  const body: string[] = [key.svg]
  if (o.valueAxisLabel) {
    const cy = (top + bottom) / 2
    body.push(text(PAD + 10, cy, o.valueAxisLabel, { 'text-anchor': 'middle', fill: MUTED_COLOR, transform: `rotate(-90 ${PAD + 10} ${cy})` }))
  }
  for (const t of ticks) {
    body.push(el('line', { x1: x0 - 8, y1: y(t), x2: x1 + 8, y2: y(t), stroke: t === 0 ? AXIS_COLOR : GRID_COLOR }))
    body.push(text(x0 - 14, y(t) + 4, formatNumber(t), { 'text-anchor': 'end', fill: MUTED_COLOR }))
  }
  // As many x labels as fit, evenly thinned; the last day is always labelled.
  const shown = o.labels.map(dayLabel)
  const labelW = Math.max(...shown.map((l) => textWidth(l, FONT_SIZE))) + 12
  const step = Math.max(1, Math.ceil(n / Math.max(1, Math.floor((x1 - x0) / labelW))))
  shown.forEach((l, i) => {
    if (i !== n - 1 && (i % step !== 0 || n - 1 - i < step)) return
    body.push(text(x(i), bottom + 16, fitText(l, labelW * step, FONT_SIZE), { 'text-anchor': 'middle', fill: MUTED_COLOR }, o.labels[i]))
  })
  if (o.categoryAxisLabel) body.push(text((x0 + x1) / 2, bottom + 36, o.categoryAxisLabel, { 'text-anchor': 'middle', fill: MUTED_COLOR }))

  o.series.forEach((s, si) => {
    const pts = o.labels.map((_, i) => clean(s.values[i]))
    let d = ''
    pts.forEach((v, i) => {
      if (v === null) return
      d += `${i > 0 && pts[i - 1] !== null ? 'L' : 'M'}${num(x(i))} ${num(y(v))}`
    })
    body.push(el('path', { class: 'line', d, fill: 'none', stroke: colors[si], 'stroke-width': 2, 'stroke-linejoin': 'round', 'stroke-linecap': 'round', 'data-series': s.name }))
    pts.forEach((v, i) => {
      if (v === null) return
      const isolated = (i === 0 || pts[i - 1] === null) && (i === n - 1 || pts[i + 1] === null)
      if (n > 45 && !isolated) return
      body.push(el('circle', { class: 'point', cx: x(i), cy: y(v), r: 3, fill: colors[si], 'data-series': s.name, 'data-label': o.labels[i], 'data-value': v }))
    })
  })
  return frame({ id, width, height, title: o.title, description: o.description ?? summary(o, unit) }, body)
}
