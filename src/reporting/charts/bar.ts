import { chartId, emptyChart, FONT_SIZE, frame, legend, PAD, TITLE_BOTTOM, type ChartText } from './frame'
import { colorAt } from './palette'
import { linear, niceTicks } from './scale'
import { AXIS_COLOR, el, formatNumber, GRID_COLOR, MUTED_COLOR, text, TEXT_COLOR } from './svg'
import { fitText, textWidth } from './text'

export interface Series {
  name: string
  /** One value per category (per day for line charts); null or a non-finite number means no data. */
  values: Array<number | null>
  color?: string
}

export interface BarChartOptions extends ChartText {
  categories: string[]
  series: Series[]
  /** grouped: bars side by side; stacked: on top of each other; percent: stacked to 100% (a mix). */
  mode?: 'grouped' | 'stacked' | 'percent'
  /** auto turns horizontal when the labels would not fit under vertical bars (long Chinese names). */
  orientation?: 'auto' | 'horizontal' | 'vertical'
  width?: number
  /** Vertical charts only; horizontal ones grow with the number of categories. */
  height?: number
  valueAxisLabel?: string
  categoryAxisLabel?: string
  /** Appended to value labels: 件, 条, 小时… */
  unit?: string
  /** Values written at the bar ends (default on). */
  showValues?: boolean
}

interface Bar {
  category: number
  series: number
  /** Where the bar starts and ends on the value axis, in data units. */
  from: number
  to: number
  value: number
}

const clean = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : null)

/** Bars in data units; stacked and percent modes ignore negative values (a mix has none). */
function layoutBars(o: BarChartOptions, mode: 'grouped' | 'stacked' | 'percent'): { bars: Bar[]; domain: [number, number] } {
  const bars: Bar[] = []
  let lo = 0
  let hi = 0
  o.categories.forEach((_, c) => {
    const values = o.series.map((s) => clean(s.values[c]))
    if (mode === 'grouped') {
      values.forEach((v, s) => {
        if (v === null) return
        bars.push({ category: c, series: s, from: 0, to: v, value: v })
        lo = Math.min(lo, v)
        hi = Math.max(hi, v)
      })
      return
    }
    const total = values.reduce<number>((sum, v) => sum + Math.max(0, v ?? 0), 0)
    let at = 0
    values.forEach((v, s) => {
      if (v === null || v <= 0) return
      const size = mode === 'percent' ? (total ? (v / total) * 100 : 0) : v
      bars.push({ category: c, series: s, from: at, to: at + size, value: v })
      at += size
    })
    hi = Math.max(hi, at)
  })
  return { bars, domain: mode === 'percent' ? [0, 100] : [lo, hi] }
}

function summary(o: BarChartOptions, unit: string): string {
  const parts = o.categories.map((c, i) => {
    if (o.series.length === 1) return `${c} ${formatValue(o.series[0].values[i], unit)}`
    return `${c}：${o.series.map((s) => `${s.name} ${formatValue(s.values[i], unit)}`).join('，')}`
  })
  return `${o.title}。${parts.join('；')}。`
}

const formatValue = (v: number | null | undefined, unit: string) => (clean(v) === null ? '无数据' : formatNumber(clean(v)!, unit))

/**
 * A bar chart as an SVG string: grouped, stacked or 100% stacked; vertical, or horizontal when the
 * category names are long. Each bar carries data-category, data-series and data-value.
 */
export function barChart(o: BarChartOptions): string {
  const width = o.width ?? 640
  const mode = o.series.length === 1 && o.mode !== 'percent' ? 'grouped' : (o.mode ?? 'grouped')
  const unit = o.unit ?? ''
  const id = chartId('bar', o, o.id)
  if (!o.categories.length || !o.series.length) return emptyChart({ id, width, height: o.height ?? 240, title: o.title })

  const { bars, domain } = layoutBars(o, mode)
  const colors = o.series.map((s, i) => colorAt(i, s.color))
  const key = legend(o.series.map((s, i) => ({ label: s.name, color: colors[i] })), PAD, TITLE_BOTTOM, width - 2 * PAD)
  const labelWidths = o.categories.map((c) => textWidth(c, FONT_SIZE))
  const orientation = o.orientation && o.orientation !== 'auto' ? o.orientation : chooseOrientation(o, width, Math.max(...labelWidths))
  const description = o.description ?? summary(o, unit)
  const showValues = o.showValues ?? true
  const format = (v: number) => formatNumber(v, unit)
  const ctx = { o, mode, bars, domain, colors, key, labelWidths, showValues, format, width }
  const { body, height } = orientation === 'horizontal' ? horizontal(ctx) : vertical(ctx)
  return frame({ id, width, height, title: o.title, description }, body)
}

function chooseOrientation(o: BarChartOptions, width: number, longestLabel: number): 'horizontal' | 'vertical' {
  if (o.categories.length > 12) return 'horizontal'
  const band = (width - 2 * PAD - 48) / o.categories.length
  // More than about eight characters under a bar reads badly even when it fits.
  return longestLabel > Math.min(band - 12, 8 * FONT_SIZE) ? 'horizontal' : 'vertical'
}

interface Ctx {
  o: BarChartOptions
  mode: 'grouped' | 'stacked' | 'percent'
  bars: Bar[]
  domain: [number, number]
  colors: string[]
  key: { svg: string; height: number }
  labelWidths: number[]
  showValues: boolean
  format: (v: number) => string
  width: number
}

const tickLabel = (ctx: Ctx, t: number) => (ctx.mode === 'percent' ? `${t}%` : formatNumber(t))

/** Totals written at the end of each stack (stacked) or bar (grouped); none for a 100% mix. */
function endLabels(ctx: Ctx): Array<{ category: number; series: number; at: number; value: number }> {
  if (!ctx.showValues || ctx.mode === 'percent') return []
  if (ctx.mode === 'grouped') return ctx.bars.map((b) => ({ category: b.category, series: b.series, at: b.to, value: b.value }))
  const totals = new Map<number, number>()
  for (const b of ctx.bars) totals.set(b.category, Math.max(totals.get(b.category) ?? 0, b.to))
  return [...totals].map(([category, at]) => ({ category, series: -1, at, value: at }))
}

function barRect(ctx: Ctx, b: Bar, geometry: { x: number; y: number; width: number; height: number }): string {
  return el('rect', {
    class: 'bar',
    ...geometry,
    fill: ctx.colors[b.series],
    'data-category': ctx.o.categories[b.category],
    'data-series': ctx.o.series[b.series].name,
    'data-value': b.value,
  })
}

/** Percent labels inside the segments that are wide (or tall) enough to hold them. */
function segmentLabel(ctx: Ctx, b: Bar, cx: number, cy: number, room: number): string {
  if (ctx.mode !== 'percent' || !ctx.showValues) return ''
  const label = `${Math.round(b.to - b.from)}%`
  if (textWidth(label, FONT_SIZE - 1) + 6 > room) return ''
  return text(cx, cy, label, { 'text-anchor': 'middle', 'font-size': FONT_SIZE - 1, fill: '#ffffff' })
}

function horizontal(ctx: Ctx): { body: string[]; height: number } {
  const { o, width } = ctx
  const m = o.series.length
  const grouped = ctx.mode === 'grouped' && m > 1
  const thick = grouped ? 16 : 20
  const band = grouped ? m * thick + 12 : thick + 8
  const header = o.categoryAxisLabel ? 18 : 0
  const top = TITLE_BOTTOM + ctx.key.height + header + 4
  const labelW = Math.min(Math.max(...ctx.labelWidths), width * 0.35)
  const ends = endLabels(ctx)
  const valueRoom = ends.length ? Math.max(...ends.map((e) => textWidth(ctx.format(e.value), FONT_SIZE))) + 8 : 8
  const x0 = PAD + labelW + 8
  const x1 = width - PAD - valueRoom
  const plotH = o.categories.length * band
  const ticks = niceTicks(ctx.domain[0], ctx.domain[1], Math.max(2, Math.floor((x1 - x0) / 90)))
  const x = linear([ticks[0], ticks[ticks.length - 1]], [x0, x1])
  const body: string[] = [ctx.key.svg]
  if (o.categoryAxisLabel) body.push(text(PAD + labelW, top - 8, o.categoryAxisLabel, { 'text-anchor': 'end', fill: MUTED_COLOR }))
  for (const t of ticks) {
    body.push(el('line', { x1: x(t), y1: top, x2: x(t), y2: top + plotH, stroke: t === 0 ? AXIS_COLOR : GRID_COLOR }))
    body.push(text(x(t), top + plotH + 16, tickLabel(ctx, t), { 'text-anchor': 'middle', fill: MUTED_COLOR }))
  }
  o.categories.forEach((c, i) => {
    const shown = fitText(c, labelW, FONT_SIZE)
    body.push(text(PAD + labelW, top + i * band + band / 2 + 4, shown, { 'text-anchor': 'end', fill: TEXT_COLOR }, c))
  })
  const rowY = (b: { category: number; series: number }) => top + b.category * band + (band - (grouped ? m * thick : thick)) / 2 + (grouped ? b.series * thick : 0)
  for (const b of ctx.bars) {
    const a = x(b.from)
    const z = x(b.to)
    const y = rowY(b)
    body.push(barRect(ctx, b, { x: Math.min(a, z), y, width: Math.abs(z - a), height: grouped ? thick - 2 : thick }))
    body.push(segmentLabel(ctx, b, (a + z) / 2, y + thick / 2 + 4, Math.abs(z - a)))
  }
  for (const e of ends) {
    const y = rowY({ category: e.category, series: Math.max(0, e.series) }) + (grouped ? thick - 2 : thick) / 2 + 4
    const neg = e.at < 0
    const size = grouped ? FONT_SIZE - 1 : FONT_SIZE
    body.push(text(x(e.at) + (neg ? -4 : 4), y, ctx.format(e.value), { 'text-anchor': neg ? 'end' : 'start', 'font-size': size, fill: TEXT_COLOR, class: 'value' }))
  }
  let height = top + plotH + 24
  if (o.valueAxisLabel) {
    body.push(text((x0 + x1) / 2, height + 8, o.valueAxisLabel, { 'text-anchor': 'middle', fill: MUTED_COLOR }))
    height += 20
  }
  return { body, height: height + PAD - 8 }
}

function vertical(ctx: Ctx): { body: string[]; height: number } {
  const { o, width } = ctx
  const m = o.series.length
  const grouped = ctx.mode === 'grouped' && m > 1
  const height = o.height ?? 360
  const top = TITLE_BOTTOM + ctx.key.height + 8
  const bottom = height - PAD - 20 - (o.categoryAxisLabel ? 20 : 0)
  const ticks = niceTicks(ctx.domain[0], ctx.domain[1], Math.max(2, Math.floor((bottom - top) / 50)))
  const tickW = Math.max(...ticks.map((t) => textWidth(tickLabel(ctx, t), FONT_SIZE)))
  const x0 = PAD + (o.valueAxisLabel ? 20 : 0) + tickW + 8
  const x1 = width - PAD
  const y = linear([ticks[0], ticks[ticks.length - 1]], [bottom, top])
  const band = (x1 - x0) / o.categories.length
  const groupW = Math.min(band * 0.7, grouped ? m * 28 : 48)
  const barW = grouped ? groupW / m : groupW
  const body: string[] = [ctx.key.svg]
  if (o.valueAxisLabel) {
    const cy = (top + bottom) / 2
    body.push(text(PAD + 10, cy, o.valueAxisLabel, { 'text-anchor': 'middle', fill: MUTED_COLOR, transform: `rotate(-90 ${PAD + 10} ${cy})` }))
  }
  for (const t of ticks) {
    body.push(el('line', { x1: x0, y1: y(t), x2: x1, y2: y(t), stroke: t === 0 ? AXIS_COLOR : GRID_COLOR }))
    body.push(text(x0 - 6, y(t) + 4, tickLabel(ctx, t), { 'text-anchor': 'end', fill: MUTED_COLOR }))
  }
  o.categories.forEach((c, i) => {
    body.push(text(x0 + (i + 0.5) * band, bottom + 16, fitText(c, band - 4, FONT_SIZE), { 'text-anchor': 'middle', fill: TEXT_COLOR }, c))
  })
  if (o.categoryAxisLabel) body.push(text((x0 + x1) / 2, bottom + 36, o.categoryAxisLabel, { 'text-anchor': 'middle', fill: MUTED_COLOR }))
  const colX = (b: { category: number; series: number }) => x0 + b.category * band + (band - groupW) / 2 + (grouped ? b.series * barW : 0)
  for (const b of ctx.bars) {
    const a = y(b.from)
    const z = y(b.to)
    const bx = colX(b)
    body.push(barRect(ctx, b, { x: bx, y: Math.min(a, z), width: grouped ? barW - 2 : barW, height: Math.abs(z - a) }))
    body.push(segmentLabel(ctx, b, bx + barW / 2, (a + z) / 2 + 4, barW))
  }
  for (const e of endLabels(ctx)) {
    const label = ctx.format(e.value)
    if (textWidth(label, FONT_SIZE - 1) > (grouped ? barW + 6 : band)) continue
    const cx = colX({ category: e.category, series: Math.max(0, e.series) }) + (grouped ? barW - 2 : barW) / 2
    const neg = e.at < 0
    body.push(text(cx, y(e.at) + (neg ? 14 : -4), label, { 'text-anchor': 'middle', 'font-size': FONT_SIZE - 1, fill: TEXT_COLOR, class: 'value' }))
  }
  return { body, height }
}
