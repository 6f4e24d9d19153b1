import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import pkg from '../../package.json'
import { GET as restGet, POST as restPost } from '../../src/app/(payload)/api/[...slug]/route'
import { GET as healthGet, HEAD as healthHead } from '../../src/app/(payload)/api/health/route'
import { GET as metricsGet } from '../../src/app/(payload)/api/metrics/route'
import { clockJobs } from '../../src/clock/jobs'
import { tick } from '../../src/clock/tick'
import { healthReport } from '../../src/ops/health'
import { Registry } from '../../src/ops/metrics'
import { scrape } from '../../src/ops/scrape'
import { drainOutbox } from '../../src/publishing/outbox/worker'
import { department, guideData, staff } from '../helpers/content'
import { startTestHub, type TestHub } from '../helpers/hub'

let hub: TestHub
let dept: number | string
let cover: number | string
let seq = 0

beforeAll(async () => {
  hub = await startTestHub()
  dept = (await department(hub.payload, 'YBJ', '示范市医疗保障局')).id
  // WeChat requires a cover: without one, publishing to the account is refused before delivery.
  const image = await sharp({ create: { width: 900, height: 400, channels: 3, background: '#1d4ed8' } }).jpeg().toBuffer()
  cover = (await hub.payload.create({ collection: 'media', data: { alt: '医保服务大厅' }, file: { data: image, mimetype: 'image/jpeg', name: 'hall.jpg', size: image.length } })).id
  const channel = (data: Record<string, unknown>) => hub.payload.create({ collection: 'channels', data: data as never })
  await channel({ name: '政务服务网', kind: 'website' })
  await channel({ name: '大厅自助终端', kind: 'kiosk' })
  // No AppID/AppSecret: the outbox gives up on this channel at once (dead, not retried).
  await channel({ name: '未配置的公众号', kind: 'wechat' })
})
afterAll(async () => {
  delete process.env.METRICS_TOKEN
  await hub?.close()
})

function publish(title: string) {
  seq += 1
  return hub.payload.create({
    collection: 'service-guides',
    data: guideData(dept, { code: `11370100MB0000777-GG-${String(seq).padStart(3, '0')}`, itemType: 'public_service', title, channelOverrides: { cover }, _status: 'published' }) as never,
    context: { workflow: { action: 'import' } },
  })
}

const req = (path: string, init: RequestInit = {}) => new Request(`http://localhost${path}`, init)

async function metricsText(headers: Record<string, string> = {}): Promise<string> {
  const res = await metricsGet(req('/api/metrics', { headers }))
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8')
  return res.text()
}

// ---- A strict reader of the Prometheus text format 0.0.4 ----------------------------------

interface ParsedSample {
  name: string
  labels: Record<string, string>
  value: number
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/
const FLOAT = /^(?:[+-]?Inf|NaN|[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)$/

function parseLabels(s: string, line: string): Record<string, string> {
  const labels: Record<string, string> = {}
  let i = 0
  while (i < s.length) {
    const eq = s.indexOf('=', i)
    const name = s.slice(i, eq)
    if (!LABEL.test(name) || s[eq + 1] !== '"') throw new Error(`bad label in: ${line}`)
    let value = ''
    let j = eq + 2
    for (; j < s.length && s[j] !== '"'; j++) {
      if (s[j] === '\\') {
        const next = s[++j]
        if (next === 'n') value += '\n'
        else if (next === '\\' || next === '"') value += next
        else throw new Error(`bad escape in: ${line}`)
      } else if (s[j] === '\n') throw new Error(`raw newline in label: ${line}`)
      else value += s[j]
    }
    if (s[j] !== '"') throw new Error(`unterminated label value: ${line}`)
    if (name in labels) throw new Error(`label twice: ${line}`)
    labels[name] = value
    i = j + 1
    if (i < s.length) {
      if (s[i] !== ',') throw new Error(`expected , in: ${line}`)
      i += 1
    }
  }
  return labels
}

/** Throws on anything the format does not allow; returns families with their samples. */
function parseExposition(text: string) {
  expect(text.endsWith('\n')).toBe(true)
  const families = new Map<string, { type?: string; help?: string; samples: ParsedSample[] }>()
  const closed = new Set<string>()
  let current: string | undefined
  const familyOf = (name: string) => {
    for (const suffix of ['_bucket', '_sum', '_count']) {
      const base = name.slice(0, -suffix.length)
      if (name.endsWith(suffix) && families.get(base)?.type === 'histogram') return base
    }
    return name
  }
  const open = (name: string) => {
    if (current !== name) {
      if (closed.has(name)) throw new Error(`family ${name} is not contiguous`)
      if (current) closed.add(current)
      current = name
    }
    if (!families.has(name)) families.set(name, { samples: [] })
    return families.get(name)!
  }
  for (const line of text.slice(0, -1).split('\n')) {
    if (line.startsWith('#')) {
      const m = /^# (HELP|TYPE) (\S+) (.*)$/.exec(line)
      if (!m) throw new Error(`bad comment line: ${line}`)
      const [, kind, name, rest] = m
      if (!NAME.test(name)) throw new Error(`bad metric name: ${line}`)
      const f = open(name)
      if (kind === 'TYPE') {
        if (f.type || f.samples.length) throw new Error(`TYPE late or twice: ${line}`)
        if (!['counter', 'gauge', 'histogram', 'summary', 'untyped'].includes(rest)) throw new Error(`bad type: ${line}`)
        f.type = rest
      } else {
        if (f.help !== undefined) throw new Error(`HELP twice: ${line}`)
        if (!/^(?:[^\\]|\\[\\n])*$/.test(rest)) throw new Error(`bad escape in HELP: ${line}`)
        f.help = rest
      }
      continue
    }
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)(?: (-?\d+))?$/.exec(line)
    if (!m) throw new Error(`bad sample line: ${JSON.stringify(line)}`)
    const [, name, labelText, value] = m
    if (!FLOAT.test(value)) throw new Error(`bad value: ${line}`)
    const f = open(familyOf(name))
    if (!f.type) throw new Error(`sample before TYPE: ${line}`)
    f.samples.push({ name, labels: labelText ? parseLabels(labelText, line) : {}, value: Number(value.replace('Inf', 'Infinity')) })
  }
  // Histograms: cumulative buckets ending in +Inf, which equals _count, for every label set.
  for (const [name, f] of families) {
    if (f.type !== 'histogram') continue
    const groups = new Map<string, ParsedSample[]>()
    for (const s of f.samples.filter((x) => x.name === `${name}_bucket`)) {
      const { le, ...rest } = s.labels
      expect(le).toBeDefined()
      const key = JSON.stringify(rest)
      groups.set(key, [...(groups.get(key) ?? []), s])
    }
    for (const [key, buckets] of groups) {
      for (let i = 1; i < buckets.length; i++) expect(buckets[i].value).toBeGreaterThanOrEqual(buckets[i - 1].value)
      expect(buckets[buckets.length - 1].labels.le).toBe('+Inf')
      const count = f.samples.find((x) => x.name === `${name}_count` && JSON.stringify(x.labels) === key)
      expect(count?.value).toBe(buckets[buckets.length - 1].value)
    }
  }
  return families
}

function value(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const families = parseExposition(text)
  for (const f of families.values()) {
    const s = f.samples.find((x) => x.name === name && Object.entries(labels).every(([k, v]) => x.labels[k] === v) && Object.keys(x.labels).length === Object.keys(labels).length)
    if (s) return s.value
  }
  return undefined
}

// ---- Tests -------------------------------------------------------------------------------------

describe('GET /api/health', () => {
  it('answers 200 with the database, outbox, jobs queue and clock checks, the uptime and version, and no secrets', async () => {
    const res = await healthGet(req('/api/health'))
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const raw = await res.text()
    const body = JSON.parse(raw)
    expect(body).toMatchObject({ status: 'ok', version: pkg.version })
    expect(body.uptimeSeconds).toBeGreaterThan(0)
    expect(body.checks.database.status).toBe('ok')
    expect(body.checks.database.latencyMs).toBeGreaterThanOrEqual(0)
    expect(body.checks.outbox).toMatchObject({ status: 'ok', queued: 0, sending: 0, oldestDueAgeSeconds: 0 })
    expect(body.checks.jobs).toMatchObject({ status: 'ok', enabled: true, due: 0, processing: 0 })
    expect(body.checks.clock.status).toBe('ok')
    expect(body.checks.clock.jobs.map((j: { job: string }) => j.job)).toEqual(clockJobs.map((j) => j.name))
    expect(body.checks.clock.jobs.find((j: { job: string }) => j.job === 'deliver')).toMatchObject({ intervalSeconds: 10, state: 'never', lastTickAt: null })
    expect(raw).not.toContain('test-secret')
    expect(raw).not.toContain(hub.databaseUri === ':memory:' ? 'memory' : hub.databaseUri)
  })

  it('?scope=instance checks only the database (for load balancers); HEAD answers the status without a body', async () => {
    const body = await (await healthGet(req('/api/health?scope=instance'))).json()
    expect(Object.keys(body.checks)).toEqual(['database'])
    const head = await healthHead(req('/api/health', { method: 'HEAD' }))
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('reports each clock job\'s last tick from its lease row, and 503 degraded once a job is 3 intervals late', async () => {
    const deliver = clockJobs.find((j) => j.name === 'deliver')!
    const outcome = await tick(hub.payload, deliver)
    expect(outcome).toMatchObject({ ran: true, ok: true })
    const fresh = await (await healthGet(req('/api/health'))).json()
    const row = fresh.checks.clock.jobs.find((j: { job: string }) => j.job === 'deliver')
    expect(row).toMatchObject({ state: 'ok', lastStatus: 'done' })
    expect(row.ageSeconds).toBeLessThan(30)

    // The same rows seen 31 s later: more than 3 × 10 s, so stale.
    const later = await healthReport(hub.payload, 'full', new Date(Date.now() + 31_000))
    expect(later.status).toBe('degraded')
    expect(later.checks.clock!.jobs!.find((j) => j.job === 'deliver')).toMatchObject({ state: 'stale' })

    // Through the route: a daily job whose last tick was four days ago.
    const old = new Date(Date.now() - 4 * 86_400_000)
    const lease = await hub.payload.create({
      collection: 'cron-runs',
      data: { key: `compact-feeds@${old.toISOString()}`, job: 'compact-feeds', slot: old.toISOString(), status: 'done', createdAt: old.toISOString() } as never,
    })
    try {
      const res = await healthGet(req('/api/health'))
      expect(res.status).toBe(503)
      const body = await res.json()
      expect(body.status).toBe('degraded')
      expect(body.checks.database.status).toBe('ok')
      const compact = body.checks.clock.jobs.find((j: { job: string }) => j.job === 'compact-feeds')
      expect(compact).toMatchObject({ state: 'stale', intervalSeconds: 86_400 })
      expect(compact.ageSeconds).toBeGreaterThan(3 * 86_400)
      // The instance probe is unaffected: the clock is shared by every process.
      expect((await healthGet(req('/api/health?scope=instance'))).status).toBe(200)
      const text = await metricsText()
      expect(value(text, 'omnihub_clock_job_stale', { job: 'compact-feeds' })).toBe(1)
      expect(value(text, 'omnihub_clock_job_stale', { job: 'deliver' })).toBe(0)
      expect(value(text, 'omnihub_clock_last_tick_age_seconds', { job: 'compact-feeds' })).toBeGreaterThan(3 * 86_400)
      expect(value(text, 'omnihub_clock_interval_seconds', { job: 'deliver' })).toBe(10)
    } finally {
      await hub.payload.delete({ collection: 'cron-runs', id: lease.id })
    }
    expect((await healthGet(req('/api/health'))).status).toBe(200)
  })
})

describe('GET /api/metrics', () => {
  it('shows dead and queued deliveries by channel kind, failed attempts and the age of the oldest due delivery', async () => {
    // One guide through the real outbox: website and kiosk delivered, WeChat dead (no credentials).
    await publish('职工医保门诊共济报销')
    await drainOutbox(hub.payload)
    // Two more, left in the queue.
    await publish('城乡居民医保参保登记')
    await publish('医保关系转移接续')

    const text = await metricsText()
    expect(value(text, 'omnihub_deliveries_dead', { channel_kind: 'wechat' })).toBe(1)
    expect(value(text, 'omnihub_deliveries_dead', { channel_kind: 'website' })).toBe(0)
    for (const kind of ['website', 'kiosk', 'wechat']) {
      expect(value(text, 'omnihub_outbox_queue_depth', { status: 'queued', channel_kind: kind })).toBe(2)
    }
    expect(value(text, 'omnihub_outbox_queue_depth', { status: 'queued', channel_kind: 'app' })).toBe(0)
    expect(value(text, 'omnihub_outbox_queue_depth', { status: 'failed', channel_kind: 'wechat' })).toBe(0)
    expect(value(text, 'omnihub_delivery_failed_attempts', { channel_kind: 'wechat' })).toBe(1)
    expect(value(text, 'omnihub_delivery_failed_attempts', { channel_kind: 'website' })).toBe(0)
    const age = value(text, 'omnihub_outbox_oldest_due_seconds')!
    expect(age).toBeGreaterThanOrEqual(0)
    expect(age).toBeLessThan(60)

    // Ten minutes later with nobody working the queue, the lag says so, and health degrades.
    const later = new Date(Date.now() + 600_000)
    expect(value(await scrape(hub.payload, undefined, later), 'omnihub_outbox_oldest_due_seconds')).toBeGreaterThanOrEqual(600)
    const report = await healthReport(hub.payload, 'full', new Date(Date.now() + 1_000_000))
    expect(report.checks.outbox).toMatchObject({ status: 'degraded', queued: 6, sending: 0 })
    expect(report.checks.outbox!.oldestDueAgeSeconds).toBeGreaterThan(900)

    const health = await (await healthGet(req('/api/health'))).json()
    expect(health.checks.outbox).toMatchObject({ queued: 6, sending: 0 })

    await drainOutbox(hub.payload)
    const after = await metricsText()
    expect(value(after, 'omnihub_outbox_queue_depth', { status: 'queued', channel_kind: 'website' })).toBe(0)
    expect(value(after, 'omnihub_deliveries_dead', { channel_kind: 'wechat' })).toBe(3)
    expect(value(after, 'omnihub_outbox_oldest_due_seconds')).toBe(0)
  })

  it('is valid Prometheus text: HELP and TYPE once per family, escaped labels, cumulative histograms', async () => {
    const text = await metricsText()
    const families = parseExposition(text)
    for (const name of [
      'omnihub_http_requests_total',
      'omnihub_http_request_duration_seconds',
      'omnihub_outbox_queue_depth',
      'omnihub_deliveries_dead',
      'omnihub_delivery_failed_attempts',
      'omnihub_outbox_oldest_due_seconds',
      'omnihub_clock_last_tick_age_seconds',
      'omnihub_jobs_queue_depth',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_p99_seconds',
      'omnihub_build_info',
    ]) {
      expect(families.get(name)?.type, name).toBeDefined()
      expect(families.get(name)?.help, name).toBeTruthy()
    }
    expect(families.get('omnihub_http_request_duration_seconds')!.type).toBe('histogram')
    expect(families.get('omnihub_http_requests_total')!.type).toBe('counter')
    expect(value(text, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000)
    expect(value(text, 'omnihub_build_info', { version: pkg.version, node: process.version })).toBe(1)
    // The strict reader itself refuses what the format forbids.
    expect(() => parseExposition('# TYPE a gauge\na{x="un"escaped"} 1\n')).toThrow()
    expect(() => parseExposition('a 1\n# TYPE a gauge\n')).toThrow()
    expect(() => parseExposition('# TYPE a gauge\na 1\n# TYPE b gauge\nb 1\na 2\n')).toThrow()
  })

  it('counts feedback per status when the feedback collection exists', async () => {
    const field = (hub.payload.collections as any).feedback?.config.flattenedFields.find((f: { name: string }) => f.name === 'status')
    expect(field, 'feedback collection with a status field').toBeDefined()
    const text = await metricsText()
    for (const o of field.options) expect(value(text, 'omnihub_feedback_items', { status: typeof o === 'string' ? o : o.value })).toBe(0)
  })

  it('counts the Payload jobs queue: scheduled and due jobs', async () => {
    const doc = { relationTo: 'service-guides', value: '1' }
    await hub.payload.jobs.queue({ task: 'schedulePublish' as never, input: { type: 'publish', doc } as never, waitUntil: new Date(Date.now() + 86_400_000) })
    await hub.payload.jobs.queue({ task: 'schedulePublish' as never, input: { type: 'publish', doc } as never, waitUntil: new Date(Date.now() - 120_000) })
    const text = await metricsText()
    expect(value(text, 'omnihub_jobs_queue_depth', { state: 'scheduled' })).toBe(1)
    expect(value(text, 'omnihub_jobs_queue_depth', { state: 'due' })).toBe(1)
    expect(value(text, 'omnihub_jobs_oldest_due_seconds')).toBeGreaterThanOrEqual(120)
  })

  it('requires the bearer token when METRICS_TOKEN is set', async () => {
    process.env.METRICS_TOKEN = 'scrape-token-2b7e1516'
    try {
      const none = await metricsGet(req('/api/metrics'))
      expect(none.status).toBe(401)
      expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/)
      const body = await none.json()
      expect(body.errors[0]).toMatchObject({ field: 'authorization' })
      expect(body.errors[0].message).toMatch(/令牌.* \/ .*token/)
      expect((await metricsGet(req('/api/metrics', { headers: { authorization: 'Bearer wrong' } }))).status).toBe(401)
      expect((await metricsGet(req('/api/metrics', { headers: { authorization: 'Basic scrape-token-2b7e1516' } }))).status).toBe(401)
      const text = await metricsText({ authorization: 'Bearer scrape-token-2b7e1516' })
      expect(text).toContain('omnihub_outbox_queue_depth')
    } finally {
      delete process.env.METRICS_TOKEN
    }
    expect((await metricsGet(req('/api/metrics'))).status).toBe(200)
  })
})

describe('metrics registry', () => {
  it('escapes label values and HELP text so they read back exactly', () => {
    const registry = new Registry()
    const tricky = 'a "quoted" \\ back\nslash\nand 中文'
    registry.counter('test_requests_total', 'Help with a \\ backslash\nand a newline.', ['route']).inc({ route: tricky }, 2)
    registry.histogram('test_seconds', 'A histogram.', ['route'], [0.1, 1]).observe({ route: tricky }, 0.5)
    const text = registry.render()
    expect(text).toContain('# HELP test_requests_total Help with a \\\\ backslash\\nand a newline.')
    const families = parseExposition(text)
    expect(families.get('test_requests_total')!.samples[0]).toMatchObject({ labels: { route: tricky }, value: 2 })
    const buckets = families.get('test_seconds')!.samples.filter((s) => s.name === 'test_seconds_bucket')
    expect(buckets.map((b) => [b.labels.le, b.value])).toEqual([['0.1', 0], ['1', 1], ['+Inf', 1]])
    expect(() => registry.counter('bad-name', 'x')).toThrow()
    expect(() => registry.counter('ok_total', 'x', ['__reserved'])).toThrow()
  })
})

describe('request metrics', () => {
  const rest = (method: 'GET' | 'POST', path: string, init: RequestInit = {}) => {
    const slug = path.replace(/^\/api\//, '').split('?')[0].split('/')
    const handler = method === 'GET' ? restGet : restPost
    return handler(req(path, { method, ...init }), { params: Promise.resolve({ slug }) })
  }
  const count = (text: string, method: string, route: string, status: string) => value(text, 'omnihub_http_requests_total', { method, route, status }) ?? 0

  it('counts and times REST requests by route template and status, never by raw URL', async () => {
    await staff(hub.payload, 'ops-admin@example.cn', 'admin', [dept])
    const before = await metricsText()

    const login = await rest('POST', '/api/users/login', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ops-admin@example.cn', password: 'test-password-1' }),
    })
    expect(login.status).toBe(200)
    const { token } = await login.json()
    const auth = { headers: { authorization: `JWT ${token}` } }
    expect((await rest('GET', '/api/deliveries?limit=1', auth)).status).toBe(200)
    expect((await rest('GET', '/api/deliveries')).status).toBe(403)
    const [dead] = (await hub.payload.find({ collection: 'deliveries', where: { status: { equals: 'dead' } }, limit: 1 })).docs
    expect((await rest('POST', `/api/deliveries/${dead.id}/retry`, auth)).status).toBe(200)
    expect((await rest('GET', `/api/departments/${dept}`)).status).toBe(200)
    expect((await rest('GET', '/api/departments/999999')).status).toBe(404)
    expect((await rest('GET', '/api/no-such-thing/123')).status).toBe(404)

    const after = await metricsText()
    const delta = (m: string, r: string, s: string) => count(after, m, r, s) - count(before, m, r, s)
    expect(delta('POST', '/api/users/login', '200')).toBe(1)
    expect(delta('GET', '/api/deliveries', '200')).toBe(1)
    expect(delta('GET', '/api/deliveries', '403')).toBe(1)
    expect(delta('POST', '/api/deliveries/:id/retry', '200')).toBe(1)
    expect(delta('GET', '/api/departments/:id', '200')).toBe(1)
    expect(delta('GET', '/api/departments/:id', '404')).toBe(1)
    expect(delta('GET', '/api/:unknown', '404')).toBe(1)
    // The histogram saw the same requests.
    const hist = (t: string) => value(t, 'omnihub_http_request_duration_seconds_count', { method: 'GET', route: '/api/departments/:id', status: '200' }) ?? 0
    expect(hist(after) - hist(before)).toBe(1)
    expect(after).not.toMatch(new RegExp(`route="[^"]*${dead.id}[^"]*"`))
    expect(after).not.toContain('no-such-thing')
    // The health and metrics routes count themselves too.
    expect(count(after, 'GET', '/api/metrics', '200')).toBeGreaterThan(0)
    expect(count(after, 'GET', '/api/health', '503')).toBeGreaterThan(0)
  })
})
