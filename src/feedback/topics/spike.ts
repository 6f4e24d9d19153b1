/**
 * Spike rule (舆情预警): a topic is spiking when, in the `windowHours` ending now, at least
 * `minCount` items arrived AND at least `factor` times what the previous `baselineDays` would
 * predict for a window of that length:
 *
 *   windowCount >= minCount  and  windowCount >= factor × baselineRate
 *   baselineRate = baselineCount × windowHours / (baselineDays × 24)
 *
 * A quiet topic (baselineRate 0) therefore spikes as soon as minCount is met: three similar
 * complaints from different channels within two hours. A topic with steady volume does not,
 * however large, until it grows `factor`-fold. `ratio` divides by the baseline floored at one
 * item over the whole baseline, so it stays finite and comparable for quiet topics.
 *
 * Deterministic: `now` defaults to the latest event, never the wall clock; events after `now`
 * are ignored. The series is either single items ({ at }) or bucket counts ({ at, count }, `at`
 * the bucket's start; buckets must not be longer than the window).
 */
export interface SpikeEvent {
  at: Date
  /** Items in this bucket; 1 when absent. */
  count?: number
  /** Where it came from: the reason says how many channels a burst spans. */
  channel?: string
}

export interface SpikeOptions {
  windowHours: number
  baselineDays: number
  minCount: number
  factor: number
  /** End of the window; default the latest event's time. */
  now?: Date
}

export interface SpikeResult {
  spiking: boolean
  windowCount: number
  /** Items expected in one window, from the baseline days. */
  baselineRate: number
  ratio: number
  /** Distinct channels in the window (0 when events carry none). */
  channels: number
  /** One Chinese sentence for the alert and the admin. */
  reason: string
}

const HOUR = 3_600_000

const fmt = (x: number): string => (Number.isInteger(x) ? String(x) : x < 0.1 ? x.toFixed(2) : x.toFixed(1))

export function detectSpike(series: SpikeEvent[], opts: SpikeOptions): SpikeResult {
  const windowHours = Math.max(opts.windowHours, 1e-6)
  const baselineDays = Math.max(opts.baselineDays, 1e-6)
  const events = series
    .map((e) => ({ t: e.at instanceof Date ? e.at.getTime() : NaN, n: e.count ?? 1, channel: e.channel }))
    .filter((e) => Number.isFinite(e.t) && e.n > 0)
  const now = opts.now?.getTime() ?? events.reduce((m, e) => Math.max(m, e.t), -Infinity)
  const windowStart = now - windowHours * HOUR
  const baselineStart = windowStart - baselineDays * 24 * HOUR

  let windowCount = 0
  let baselineCount = 0
  const channels = new Set<string>()
  for (const e of events) {
    if (e.t > now || e.t <= baselineStart) continue
    if (e.t > windowStart) {
      windowCount += e.n
      if (e.channel) channels.add(e.channel)
    } else baselineCount += e.n
  }
  const windowsInBaseline = (baselineDays * 24) / windowHours
  const baselineRate = baselineCount / windowsInBaseline
  const ratio = windowCount / Math.max(baselineRate, 1 / windowsInBaseline)
  const enough = windowCount >= opts.minCount
  const grown = windowCount >= opts.factor * baselineRate
  const spiking = windowCount > 0 && enough && grown

  const span = `近${fmt(opts.windowHours)}小时${fmt(windowCount)}条${channels.size > 1 ? `（来自${channels.size}个渠道）` : ''}`
  const usual = baselineCount ? `前${fmt(opts.baselineDays)}天平均每${fmt(opts.windowHours)}小时${fmt(baselineRate)}条` : `前${fmt(opts.baselineDays)}天没有同类诉求`
  const reason = spiking
    ? `${span}，${usual}${baselineCount ? `，为平常的${fmt(Math.round(ratio * 10) / 10)}倍` : ''}`
    : !enough
      ? `${span}，未达到预警起点${fmt(opts.minCount)}条`
      : `${span}，${usual}，未达到平常的${fmt(opts.factor)}倍`
  return { spiking, windowCount, baselineRate: Math.round(baselineRate * 1000) / 1000, ratio: Math.round(ratio * 100) / 100, channels: channels.size, reason }
}
