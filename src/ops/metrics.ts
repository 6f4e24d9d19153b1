/**
 * A small metrics registry and the Prometheus text exposition format 0.0.4, with no dependency:
 * counters and histograms live in process memory; gauges read from the database at scrape time are
 * rendered through the same `renderFamily` so escaping and ordering are written once.
 * https://prometheus.io/docs/instrumenting/exposition_formats/
 */

export const CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8'

export type MetricType = 'counter' | 'gauge' | 'histogram' | 'untyped'
export type Labels = Record<string, string>

export interface Sample {
  /** Appended to the family name: `_bucket`, `_sum`, `_count` for histograms. */
  suffix?: string
  labels?: Labels
  value: number
}

export interface Family {
  name: string
  help: string
  type: MetricType
  samples: Sample[]
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/

/** Prometheus' default buckets, in seconds: fits request latencies from 5 ms to 10 s. */
export const DEFAULT_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

export function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')
}

export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')
}

/** Go's float text, which is what Prometheus parses: +Inf, -Inf, NaN, else JS's shortest form. */
export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (value === Infinity) return '+Inf'
  if (value === -Infinity) return '-Inf'
  return String(value)
}

function formatLabels(labels: Labels | undefined): string {
  const entries = Object.entries(labels ?? {})
  if (!entries.length) return ''
  return `{${entries.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',')}}`
}

export function assertMetricName(name: string): void {
  if (!METRIC_NAME.test(name)) throw new Error(`invalid metric name: ${name}`)
}

export function assertLabelName(name: string): void {
  if (!LABEL_NAME.test(name) || name.startsWith('__')) throw new Error(`invalid label name: ${name}`)
}

/** One family: HELP and TYPE once, then its samples, each on one line. */
export function renderFamily(family: Family): string {
  assertMetricName(family.name)
  const lines = [`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} ${family.type}`]
  for (const s of family.samples) {
    for (const k of Object.keys(s.labels ?? {})) assertLabelName(k)
    lines.push(`${family.name}${s.suffix ?? ''}${formatLabels(s.labels)} ${formatValue(s.value)}`)
  }
  return lines.join('\n') + '\n'
}

export function renderFamilies(families: Family[]): string {
  const seen = new Set<string>()
  for (const f of families) {
    if (seen.has(f.name)) throw new Error(`metric family rendered twice: ${f.name}`)
    seen.add(f.name)
  }
  return families.map(renderFamily).join('')
}

/** Label values outside the declared names are refused; missing ones become "". */
function labelKey(labelNames: readonly string[], labels: Labels): string {
  for (const k of Object.keys(labels)) if (!labelNames.includes(k)) throw new Error(`unknown label ${k}`)
  return JSON.stringify(labelNames.map((n) => labels[n] ?? ''))
}

function labelsOf(labelNames: readonly string[], key: string): Labels {
  const values = JSON.parse(key) as string[]
  return Object.fromEntries(labelNames.map((n, i) => [n, values[i]]))
}

/**
 * Beyond this many label sets a metric folds new ones into a single "_overflow" series, so a
 * label fed from a URL can never grow memory without bound.
 */
const MAX_SERIES = 2000

abstract class Metric<T> {
  protected readonly series = new Map<string, T>()
  constructor(
    readonly name: string,
    readonly help: string,
    readonly labelNames: readonly string[] = [],
  ) {
    assertMetricName(name)
    labelNames.forEach(assertLabelName)
  }

  protected slot(labels: Labels, create: () => T): T {
    let key = labelKey(this.labelNames, labels)
    if (!this.series.has(key) && this.series.size >= MAX_SERIES) {
      key = JSON.stringify(this.labelNames.map(() => '_overflow'))
    }
    let value = this.series.get(key)
    if (value === undefined) {
      value = create()
      this.series.set(key, value)
    }
    return value
  }

  /** Series in a stable order (sorted by label values), so two scrapes diff cleanly. */
  protected sorted(): Array<[Labels, T]> {
    return [...this.series.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [labelsOf(this.labelNames, k), v])
  }

  reset(): void {
    this.series.clear()
  }

  abstract collect(): Family
}

export class Counter extends Metric<{ value: number }> {
  inc(labels: Labels = {}, by = 1): void {
    if (!(by >= 0)) throw new Error(`counter ${this.name} can only go up`)
    this.slot(labels, () => ({ value: 0 })).value += by
  }

  get(labels: Labels = {}): number {
    return this.series.get(labelKey(this.labelNames, labels))?.value ?? 0
  }

  collect(): Family {
    return { name: this.name, help: this.help, type: 'counter', samples: this.sorted().map(([labels, s]) => ({ labels, value: s.value })) }
  }
}

interface HistogramState {
  counts: number[]
  sum: number
  count: number
}

export class Histogram extends Metric<HistogramState> {
  readonly buckets: number[]

  constructor(name: string, help: string, labelNames: readonly string[] = [], buckets = DEFAULT_BUCKETS) {
    super(name, help, labelNames)
    if (labelNames.includes('le')) throw new Error('"le" is reserved for histogram buckets')
    this.buckets = [...buckets].sort((a, b) => a - b)
  }

  observe(labels: Labels, value: number): void {
    const s = this.slot(labels, () => ({ counts: this.buckets.map(() => 0), sum: 0, count: 0 }))
    // Stored per bucket; collect() makes the counts cumulative as the format requires.
    const i = this.buckets.findIndex((b) => value <= b)
    if (i >= 0) s.counts[i] += 1
    s.sum += value
    s.count += 1
  }

  /** Observations so far for one label set (tests and the health summary). */
  count(labels: Labels = {}): number {
    return this.series.get(labelKey(this.labelNames, labels))?.count ?? 0
  }

  collect(): Family {
    const samples: Sample[] = []
    for (const [labels, s] of this.sorted()) {
      let cumulative = 0
      this.buckets.forEach((b, i) => {
        cumulative += s.counts[i]
        samples.push({ suffix: '_bucket', labels: { ...labels, le: formatValue(b) }, value: cumulative })
      })
      samples.push({ suffix: '_bucket', labels: { ...labels, le: '+Inf' }, value: s.count })
      samples.push({ suffix: '_sum', labels, value: s.sum })
      samples.push({ suffix: '_count', labels, value: s.count })
    }
    return { name: this.name, help: this.help, type: 'histogram', samples }
  }
}

export class Registry {
  private readonly metrics = new Map<string, Metric<unknown>>()

  private add<M extends Metric<unknown>>(metric: M): M {
    const existing = this.metrics.get(metric.name)
    if (existing) {
      if (existing.constructor !== metric.constructor) throw new Error(`metric ${metric.name} registered with another type`)
      return existing as M
    }
    this.metrics.set(metric.name, metric)
    return metric
  }

  /** Registering a name twice returns the first metric (route modules may load more than once). */
  counter(name: string, help: string, labelNames: readonly string[] = []): Counter {
    return this.add(new Counter(name, help, labelNames))
  }

  histogram(name: string, help: string, labelNames: readonly string[] = [], buckets?: number[]): Histogram {
    return this.add(new Histogram(name, help, labelNames, buckets))
  }

  collect(): Family[] {
    return [...this.metrics.values()].map((m) => m.collect())
  }

  render(): string {
    return renderFamilies(this.collect())
  }

  reset(): void {
    this.metrics.forEach((m) => m.reset())
  }
}

const GLOBAL_KEY = Symbol.for('omnihub.metrics.registry')

/**
 * The process-wide registry. Kept on globalThis because Next compiles each route into its own
 * bundle: a module-level singleton could exist once per route and the counts would split.
 */
export function defaultRegistry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>
  return (g[GLOBAL_KEY] ??= new Registry())
}
