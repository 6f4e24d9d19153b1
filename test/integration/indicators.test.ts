import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadIndicators, type IndicatorSet } from '../../src/reporting/indicators/load'
import { feedbackLinks, idsUrl } from '../../src/reporting/indicators/links'
import { parseRange, bjDay } from '../../src/reporting/indicators/range'
import { dashboardScope } from '../../src/reporting/indicators/scope'
import { drainOutbox } from '../../src/publishing/outbox/worker'
import { guideData, staff } from '../helpers/content'
import { restClient } from '../helpers/http'
import { startTestHub, type TestHub } from '../helpers/hub'

/**
 * The dashboard's numbers against the same numbers computed here, by hand, from the fixture the
 * test itself wrote: on-time closure, satisfaction, first-response buckets and the rest, for a
 * supervisor (all departments) and a department head (their department only). Then every link
 * behind a number is opened through the REST API as the same user: it must list exactly the
 * records the number counts.
 */

const HOUR = 3600_000
const bj = (s: string) => new Date(`${s}+08:00`)
const FROM = bj('2026-11-01T00:00:00')
const TO = bj('2026-12-01T00:00:00') // exclusive: the range is 11-01 … 11-30
const inR = (d?: Date | null) => !!d && d.getTime() >= FROM.getTime() && d.getTime() < TO.getTime()

type Dept = 'GJJ' | 'RSJ'
interface Spec {
  dept: Dept | null
  channel: string
  kind: 'message' | 'rating' | 'useful'
  text?: string
  rating?: number
  useful?: boolean
  guide?: 'G1' | 'G2'
  status: string
  receivedAt: Date
  firstResponseAt?: Date
  dueAt?: Date
  closedAt?: Date
  category?: string
  sentiment?: string
  topic?: 'A' | 'B'
  visitedAt?: Date
  visitRating?: number
  rectificationDue?: Date
  rectifiedAt?: Date
}

// ---- the fixture: seeded pseudo-random items around November, plus the edge cases -----------

let seed = 20261101
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]
const after = (d: Date, hours: number) => new Date(d.getTime() + hours * HOUR)
const GUIDE_DEPT: Record<'G1' | 'G2', Dept> = { G1: 'GJJ', G2: 'RSJ' }

function makeSpecs(): Spec[] {
  const specs: Spec[] = []
  for (let i = 0; i < 110; i++) {
    // 2026-10-20 … 2026-12-08: before, inside and after the range.
    const receivedAt = new Date(bj('2026-10-20T00:00:00').getTime() + Math.floor(rnd() * 50 * 24 * 60) * 60_000)
    const r = rnd()
    if (r < 0.6) {
      const status = pick(['assigned', 'answered', 'closed', 'closed', 'closed', 'reopened', 'spam', 'merged', 'triaged'] as const)
      const s: Spec = {
        dept: status === 'triaged' ? null : pick(['GJJ', 'GJJ', 'RSJ'] as const),
        channel: pick(['website', 'app', 'wechat', 'kiosk', 'email', 'hotline'] as const),
        kind: 'message',
        text: `测试诉求第${i}条，反映办事问题`,
        status,
        receivedAt,
        category: pick(['complaint', 'consultation', 'suggestion', 'help', 'complaint'] as const),
        sentiment: pick(['negative', 'neutral', 'positive', 'negative'] as const),
        topic: pick(['A', 'B', undefined, undefined] as const),
        guide: pick(['G1', 'G2', undefined, undefined] as const),
      }
      if (rnd() < 0.85) s.dueAt = after(receivedAt, pick([24, 72, 120]))
      // Exact bucket edges (1, 4, 8, 24 h) belong to the next bucket.
      const fr = pick([0.25, 0.9, 1, 3.5, 4, 7, 8, 12, 23.9, 24, 40, null])
      if (status !== 'triaged' && fr !== null) s.firstResponseAt = after(receivedAt, fr)
      if (status === 'closed' || (status === 'reopened' && rnd() < 0.5)) {
        s.closedAt = after(receivedAt, pick([10, 30, 70, 71.99, 72, 72.01, 130]))
        if (rnd() < 0.5) {
          s.visitedAt = after(s.closedAt, 30)
          s.visitRating = pick([1, 2, 3, 4, 5, 5])
          if (s.visitRating <= 2) {
            s.status = 'reopened'
            s.rectificationDue = after(s.visitedAt, 240)
            if (rnd() < 0.5) s.rectifiedAt = after(s.visitedAt, 120)
          }
        }
      }
      specs.push(s)
    } else if (r < 0.85) {
      const guide = pick(['G1', 'G2'] as const)
      const rating = pick([1, 2, 3, 4, 5, 5, 4])
      const withText = rnd() < 0.15
      const s: Spec = { dept: GUIDE_DEPT[guide], channel: pick(['kiosk', 'app', 'website'] as const), kind: 'rating', rating, guide, status: 'closed', receivedAt, sentiment: rating <= 2 ? 'negative' : 'positive' }
      if (rating >= 3 && !withText) {
        // Closed at triage without work: no deadline, no response.
        s.closedAt = after(receivedAt, 1 / 60)
      } else {
        if (withText) s.text = '窗口服务一般，希望改进'
        s.status = pick(['assigned', 'closed'] as const)
        s.category = 'complaint'
        s.dueAt = after(receivedAt, 120)
        if (rnd() < 0.7) s.firstResponseAt = after(receivedAt, pick([0.5, 2, 30]))
        if (s.status === 'closed') s.closedAt = after(receivedAt, pick([48, 150]))
        if (rating <= 2 && rnd() < 0.6) {
          s.visitedAt = after(receivedAt, 50)
          s.visitRating = pick([1, 2, 3, 4, 5])
          if (s.visitRating <= 2) {
            s.rectificationDue = after(s.visitedAt, 240)
            if (rnd() < 0.5) s.rectifiedAt = after(s.visitedAt, 100)
          }
        }
      }
      if (rnd() < 0.05) s.status = 'spam'
      specs.push(s)
    } else {
      const guide = pick(['G1', 'G2'] as const)
      specs.push({ dept: GUIDE_DEPT[guide], channel: pick(['website', 'app'] as const), kind: 'useful', useful: rnd() < 0.5, guide, status: 'closed', receivedAt, closedAt: after(receivedAt, 1 / 60) })
    }
  }
  // Edges: received exactly at the start (in) and at the end (out); closed exactly at the end
  // (out); on time to the millisecond; a return visit exactly at the start (in).
  specs.push({ dept: 'RSJ', channel: 'hotline', kind: 'message', text: '边界：区间起点', status: 'answered', receivedAt: FROM, firstResponseAt: after(FROM, 1), dueAt: after(FROM, 24), category: 'help', sentiment: 'neutral' })
  specs.push({ dept: 'RSJ', channel: 'hotline', kind: 'message', text: '边界：区间终点', status: 'assigned', receivedAt: TO, dueAt: after(TO, 24), category: 'help', sentiment: 'neutral' })
  specs.push({ dept: 'GJJ', channel: 'email', kind: 'message', text: '边界：区间终点办结', status: 'closed', receivedAt: after(TO, -48), firstResponseAt: after(TO, -47), dueAt: after(TO, 10), closedAt: TO, category: 'consultation', sentiment: 'neutral' })
  specs.push({ dept: 'RSJ', channel: 'wechat', kind: 'message', text: '边界：恰好到期办结', status: 'closed', receivedAt: after(FROM, 5), firstResponseAt: after(FROM, 9), dueAt: after(FROM, 77), closedAt: after(FROM, 77), category: 'complaint', sentiment: 'negative' })
  specs.push({ dept: 'GJJ', channel: 'kiosk', kind: 'rating', rating: 2, guide: 'G1', text: '材料说明不清楚', status: 'closed', receivedAt: after(FROM, -30), firstResponseAt: after(FROM, -29), dueAt: after(FROM, 90), closedAt: after(FROM, 20), visitedAt: FROM, visitRating: 4, category: 'complaint', sentiment: 'negative' })
  return specs
}

// ---- computed here, by hand, from the specs -----------------------------------------------------

const counted = (s: Spec) => s.status !== 'spam' && s.status !== 'merged'
const isCase = (s: Spec) => counted(s) && !(s.status === 'closed' && !s.firstResponseAt && !s.dueAt)

function expected(specs: Spec[]) {
  const cases = specs.filter((s) => isCase(s) && inR(s.receivedAt))
  const buckets = [0, 0, 0, 0, 0]
  let noResponse = 0
  for (const s of cases) {
    if (!s.firstResponseAt) {
      noResponse++
      continue
    }
    const h = (s.firstResponseAt.getTime() - s.receivedAt.getTime()) / HOUR
    buckets[h < 1 ? 0 : h < 4 ? 1 : h < 8 ? 2 : h < 24 ? 3 : 4]++
  }
  const closedWithDue = specs.filter((s) => isCase(s) && inR(s.closedAt) && s.dueAt)
  const onTime = closedWithDue.filter((s) => s.closedAt!.getTime() <= s.dueAt!.getTime())
  const ratings = [
    ...specs.filter((s) => counted(s) && s.kind === 'rating' && inR(s.receivedAt)).map((s) => s.rating!),
    ...specs.filter((s) => counted(s) && inR(s.visitedAt) && s.visitRating).map((s) => s.visitRating!),
  ]
  const bad = specs.filter((s) => counted(s) && s.kind === 'rating' && s.rating! <= 2 && inR(s.receivedAt))
  const rectDue = specs.filter((s) => counted(s) && inR(s.rectificationDue))
  const byChannel: Record<string, number> = {}
  for (const s of cases) byChannel[s.channel] = (byChannel[s.channel] ?? 0) + 1
  return {
    cases: cases.length,
    buckets,
    noResponse,
    onTime: [onTime.length, closedWithDue.length],
    satisfied: [ratings.filter((v) => v >= 3).length, ratings.length],
    good: [ratings.filter((v) => v >= 4).length, ratings.length],
    returnVisit: [bad.filter((s) => s.visitedAt).length, bad.length],
    rectification: [rectDue.filter((s) => s.rectifiedAt).length, rectDue.length],
    byChannel,
  }
}

/** Complaints, bad ratings and "not useful" per guide within the `days` before the range ends. */
function expectedGuides(specs: Spec[], days: number) {
  const since = TO.getTime() - days * 24 * HOUR
  const out: Record<string, { complaints: number; badRatings: number; notUseful: number }> = {}
  for (const s of specs) {
    if (!s.guide || !counted(s) || s.receivedAt.getTime() < since || s.receivedAt.getTime() >= TO.getTime()) continue
    const row = (out[s.guide] ??= { complaints: 0, badRatings: 0, notUseful: 0 })
    if (s.kind === 'message' && s.category === 'complaint') row.complaints++
    if (s.kind === 'rating' && s.rating! <= 2) row.badRatings++
    if (s.kind === 'useful' && s.useful === false) row.notUseful++
  }
  return out
}

// ---- the hub ---------------------------------------------------------------------------------

let hub: TestHub
let p: Payload
let http: ReturnType<typeof restClient>
const dept: Record<Dept, number | string> = {} as never
const guides: Record<'G1' | 'G2', number | string> = {} as never
const topics: Record<'A' | 'B', number | string> = {} as never
const users: Record<string, Awaited<ReturnType<typeof staff>>> = {}
const jwt: Record<string, string> = {}
let specs: Spec[]

const iso = (d?: Date) => d?.toISOString()

beforeAll(async () => {
  hub = await startTestHub()
  p = hub.payload
  http = restClient(p)
  dept.GJJ = (await p.create({ collection: 'departments', data: { code: 'GJJZX', name: '示范市住房公积金管理中心', shortName: '公积金中心' } })).id
  dept.RSJ = (await p.create({ collection: 'departments', data: { code: 'RSJ', name: '示范市人力资源和社会保障局', shortName: '人社局' } })).id
  for (const [k, email, role, deps] of [
    ['supervisor', 'supervisor@ind.test', 'supervisor', [dept.GJJ]],
    ['head', 'head@ind.test', 'official', [dept.RSJ]],
    ['editor', 'editor@ind.test', 'editor', [dept.GJJ]],
  ] as const) {
    users[k] = await staff(p, email, role, [...deps])
    jwt[k] = `JWT ${(await p.login({ collection: 'users', data: { email, password: 'test-password-1' } })).token}`
  }
  await p.update({ collection: 'users', id: users.head.id, data: { departmentHead: true } as never, overrideAccess: true })
  users.head = { ...users.head, departmentHead: true } as never
  // Guides before any channel exists: their imports deliver nowhere.
  for (const [k, d, n] of [['G1', 'GJJ', 1], ['G2', 'RSJ', 2]] as const) {
    guides[k] = (await p.create({
      collection: 'service-guides',
      data: guideData(dept[d], { code: `11370100MB0000888-XK-00${n}`, title: k === 'G1' ? '住房公积金提取' : '失业保险金申领', _status: 'published' }) as never,
      context: { workflow: { action: 'import' } },
    })).id
  }
  for (const [k, d] of [['A', 'GJJ'], ['B', 'RSJ']] as const) {
    topics[k] = (await p.create({ collection: 'topics', data: { key: `tp-test-${k}`, label: k === 'A' ? '提取、到账、公积金' : '失业金、申领、审核', department: dept[d] } as never, overrideAccess: true })).id
  }
  specs = makeSpecs()
  for (const [i, s] of specs.entries()) {
    await p.create({
      collection: 'feedback',
      overrideAccess: true,
      depth: 0,
      data: {
        channel: s.channel,
        kind: s.kind,
        text: s.text,
        rating: s.rating,
        useful: s.useful,
        guide: s.guide ? guides[s.guide] : undefined,
        guideCode: s.guide ? `11370100MB0000888-XK-00${s.guide === 'G1' ? 1 : 2}` : undefined,
        receivedAt: iso(s.receivedAt),
        clientId: `ind-${i}`,
        status: s.status,
        department: s.dept ? dept[s.dept] : undefined,
        topic: s.topic ? topics[s.topic] : undefined,
        triage: { sentiment: s.sentiment, category: s.category },
        sla: { dueAt: iso(s.dueAt), firstResponseAt: iso(s.firstResponseAt), closedAt: iso(s.closedAt) },
        returnVisit: {
          required: s.kind === 'rating' && (s.rating ?? 5) <= 2,
          visitedAt: iso(s.visitedAt),
          rating: s.visitRating,
          rectificationDue: iso(s.rectificationDue),
          rectifiedAt: iso(s.rectifiedAt),
        },
      } as never,
    })
  }
  await p.create({ collection: 'search-gaps', data: { query: '开饭店要什么手续', count: 7, lastSeenAt: iso(after(FROM, 100)), firstSeenAt: iso(after(FROM, 3)) } as never, overrideAccess: true })
  await p.create({ collection: 'search-gaps', data: { query: '公积金贷款额度', count: 12, lastSeenAt: iso(after(FROM, -100)), firstSeenAt: iso(after(FROM, -300)) } as never, overrideAccess: true })
}, 180_000)

afterAll(async () => hub?.close())

const range = { from: FROM, to: TO }
const now = bj('2026-12-01T09:00:00')

async function indicatorsAs(user: keyof typeof users, department?: string): Promise<IndicatorSet> {
  const u = users[user]
  const scope = dashboardScope(u as never, department)!
  const req = await createLocalReq({ user: u as never }, p)
  return loadIndicators({ payload: p, req }, scope, range, now)
}

/** The ids the REST API lists for an admin list URL, as the given user. */
async function listed(url: string, auth: string): Promise<string[]> {
  const [path, query] = url.replace('/admin/collections/', '').split('?')
  const res = await http.rest('GET', `${path}?${query ?? ''}&limit=1000&depth=0`, { auth })
  expect(res.status).toBe(200)
  return (res.body.docs as Array<{ id: number | string }>).map((d) => String(d.id)).sort()
}
const ids = (xs: Array<number | string>) => [...new Set(xs.map(String))].sort()

describe('feedback indicators (fixture of 115 items around November 2026)', () => {
  it('the fixture covers the cases that matter', () => {
    const e = expected(specs)
    // Enough of everything that a wrong rule would show.
    expect(e.cases).toBeGreaterThan(30)
    expect(e.buckets.every((b) => b > 0)).toBe(true)
    expect(e.onTime[0]).toBeGreaterThan(0)
    expect(e.onTime[1]).toBeGreaterThan(e.onTime[0])
    expect(e.satisfied[1]).toBeGreaterThan(e.satisfied[0])
    expect(e.returnVisit[1]).toBeGreaterThan(e.returnVisit[0])
    expect(e.rectification[1]).toBeGreaterThan(0)
  })

  for (const who of ['supervisor', 'head'] as const) {
    it(`${who}: on-time closure, satisfaction, first-response buckets and the rates equal the hand count`, async () => {
      const mine = who === 'supervisor' ? specs : specs.filter((s) => s.dept === 'RSJ')
      const e = expected(mine)
      const set = await indicatorsAs(who)
      const f = set.feedback!
      expect(f.cases.value).toBe(e.cases)
      expect(f.firstResponse.buckets.map((b) => b.count.value)).toEqual(e.buckets)
      expect(f.firstResponse.noResponse.value).toBe(e.noResponse)
      expect([f.onTime.numerator.value, f.onTime.denominator.value]).toEqual(e.onTime)
      expect(f.onTime.rate).toBeCloseTo(e.onTime[0] / e.onTime[1], 10)
      expect([f.satisfaction.numerator.value, f.satisfaction.denominator.value]).toEqual(e.satisfied)
      expect(f.satisfaction.rate).toBeCloseTo(e.satisfied[0] / e.satisfied[1], 10)
      expect([f.goodShare.numerator.value, f.goodShare.denominator.value]).toEqual(e.good)
      expect([f.returnVisit.numerator.value, f.returnVisit.denominator.value]).toEqual(e.returnVisit)
      expect([f.rectification.numerator.value, f.rectification.denominator.value]).toEqual(e.rectification)
      expect(Object.fromEntries(f.byChannel.map((b) => [b.key, b.count.value]))).toEqual(e.byChannel)
    })
  }

  it('a department head sees only their department, even when asking for another', async () => {
    const set = await indicatorsAs('head', String(dept.GJJ))
    expect(set.scope.departments).toEqual([dept.RSJ])
    expect(set.feedback!.byDepartment.map((b) => String(b.key))).toEqual([String(dept.RSJ)])
    expect(set.feedback!.cases.value).toBe(expected(specs.filter((s) => s.dept === 'RSJ')).cases)
    // No publishing section for an official.
    expect(set.publishing).toBeNull()
  })

  it('a supervisor filtering one department gets that department’s numbers', async () => {
    const set = await indicatorsAs('supervisor', String(dept.GJJ))
    const e = expected(specs.filter((s) => s.dept === 'GJJ'))
    expect([set.feedback!.onTime.numerator.value, set.feedback!.onTime.denominator.value]).toEqual(e.onTime)
    expect([set.feedback!.satisfaction.numerator.value, set.feedback!.satisfaction.denominator.value]).toEqual(e.satisfied)
  })

  it('ranks guides by complaints, bad ratings and “not useful” over 30 days, and lists searches without results of the range', async () => {
    const set = await indicatorsAs('supervisor')
    const w30 = set.quality!.windows.find((w) => w.days === 30)!
    const got = Object.fromEntries(w30.rows.map((r) => [String(r.guideId), { complaints: r.complaints.value, badRatings: r.badRatings.value, notUseful: r.notUseful.value }]))
    const want = Object.fromEntries(Object.entries(expectedGuides(specs, 30)).map(([g, v]) => [String(guides[g as 'G1' | 'G2']), v]))
    expect(got).toEqual(want)
    expect(w30.rows[0].total).toBeGreaterThanOrEqual(w30.rows[w30.rows.length - 1].total)
    expect(set.quality!.searchGaps.map((g) => g.query)).toEqual(['开饭店要什么手续'])
  })

  for (const who of ['supervisor', 'head'] as const) {
    it(`${who}: each number's link lists exactly the records it counts`, async () => {
      const set = await indicatorsAs(who)
      const f = set.feedback!
      const links = feedbackLinks(range, set.scope.departments)
      const checks: Array<[string, string, Array<number | string>]> = [
        ['cases', links.cases, f.cases.ids],
        ['closed with a deadline', links.closedWithDue, f.onTime.denominator.ids],
        ['ratings', links.ratings, f.satisfaction.denominator.ids],
        ['satisfied', links.satisfied, f.satisfaction.numerator.ids],
        ['4–5', links.good, f.goodShare.numerator.ids],
        ['bad ratings', links.badRatings, f.returnVisit.denominator.ids],
        ['bad ratings visited', links.badRatingsVisited, f.returnVisit.numerator.ids],
        ['rectification due', links.rectificationDue, f.rectification.denominator.ids],
        ['rectified', links.rectified, f.rectification.numerator.ids],
        ['on time (by id)', idsUrl('feedback', f.onTime.numerator.ids)!, f.onTime.numerator.ids],
        ['0–1 h (by id)', idsUrl('feedback', f.firstResponse.buckets[0].count.ids)!, f.firstResponse.buckets[0].count.ids],
        ...f.byChannel.map((b) => [`channel ${b.key}`, links.casesBy('channel', b.key), b.count.ids] as [string, string, Array<number | string>]),
        ...f.byCategory.map((b) => [`category ${b.key}`, links.casesBy('triage.category', b.key), b.count.ids] as [string, string, Array<number | string>]),
        ...f.byDepartment.map((b) => [`department ${b.key}`, links.casesBy('department', b.key), b.count.ids] as [string, string, Array<number | string>]),
        ...f.topTopics.map((b) => [`topic ${b.key}`, links.casesBy('topic', b.key), b.count.ids] as [string, string, Array<number | string>]),
      ]
      for (const [what, url, want] of checks) {
        expect(url.startsWith('/admin/collections/feedback?'), what).toBe(true)
        expect(await listed(url, jwt[who]), what).toEqual(ids(want))
      }
      for (const w of set.quality!.windows) {
        for (const r of w.rows) {
          const span = { from: new Date(w.from), to: TO }
          for (const signal of ['complaints', 'badRatings', 'notUseful'] as const) {
            expect(await listed(links.guideSignal({ id: r.guideId, code: r.guideCode }, signal, span), jwt[who]), `${w.days}d ${r.guide} ${signal}`).toEqual(ids(r[signal].ids))
          }
        }
      }
    })
  }

  it('an editor gets 内容质量 and 发布情况 of their departments, not the feedback sections', async () => {
    const set = await indicatorsAs('editor')
    expect(set.feedback).toBeNull()
    expect(set.publishing).not.toBeNull()
    expect(set.scope.departments).toEqual([dept.GJJ])
    // Messages routed to GJJ may concern either guide; only GJJ's own items count.
    const w90 = set.quality!.windows.find((w) => w.days === 90)!
    const got = Object.fromEntries(w90.rows.map((r) => [String(r.guideId), { complaints: r.complaints.value, badRatings: r.badRatings.value, notUseful: r.notUseful.value }]))
    const want = Object.fromEntries(Object.entries(expectedGuides(specs.filter((s) => s.dept === 'GJJ'), 90)).map(([g, v]) => [String(guides[g as 'G1' | 'G2']), v]))
    expect(got).toEqual(want)
  })
})

describe('publishing indicators', () => {
  const DAY = 24 * HOUR
  let today: ReturnType<typeof parseRange>
  let website: number | string
  const wechat: Record<'never' | 'fresh' | 'old', number | string> = {} as never
  let guide3: number | string

  beforeAll(async () => {
    const real = new Date()
    today = parseRange({ from: bjDay(real.getTime() - DAY), to: bjDay(real.getTime() + DAY) }, real)
    const channel = (data: Record<string, unknown>) => p.create({ collection: 'channels', data: data as never, overrideAccess: true })
    website = (await channel({ name: '政务服务网', kind: 'website' })).id
    await channel({ name: '大厅自助终端1号', kind: 'kiosk', location: '一楼大厅', sync: { lastSeenAt: new Date(real.getTime() - 3 * DAY).toISOString() } })
    await channel({ name: '示范政务APP', kind: 'app', sync: { lastSeenAt: new Date(real.getTime() - HOUR).toISOString() } })
    // Official accounts are disabled here (no AppID), so no real delivery goes to them.
    wechat.never = (await channel({ name: '示范发布', kind: 'wechat', enabled: false })).id
    wechat.fresh = (await channel({ name: '示范人社', kind: 'wechat', enabled: false })).id
    wechat.old = (await channel({ name: '示范公积金', kind: 'wechat', enabled: false })).id
    for (const [k, days] of [['fresh', 3], ['old', 20]] as const) {
      const at = new Date(real.getTime() - days * DAY).toISOString()
      await p.create({
        collection: 'deliveries',
        overrideAccess: true,
        data: { title: '往期推文', docCollection: 'notices', docId: '999999', key: `old-${k}`, version: at, channel: wechat[k], channelKind: 'wechat', action: 'publish', status: 'delivered', deliveredAt: at, dedupeKey: `old-${k}` } as never,
      })
    }
    // A guide through the real workflow (submit, approve, publish), then delivered by the outbox.
    const editor = users.editor
    const reviewer = await staff(p, 'reviewer@ind.test', 'reviewer', [dept.GJJ])
    const act = (id: number | string, user: unknown, action: string, live = false) =>
      p.update({ collection: 'service-guides', id, data: live ? { _status: 'published' } : {}, draft: !live, user, overrideAccess: false, context: { workflow: { action } } } as never)
    const draft = await p.create({
      collection: 'service-guides',
      data: guideData(dept.GJJ, { code: '11370100MB0000888-XK-003', title: '住房公积金贷款' }) as never,
      draft: true,
      user: editor as never,
      overrideAccess: false,
    })
    guide3 = draft.id
    await act(guide3, editor, 'submit')
    await act(guide3, reviewer, 'approve')
    await act(guide3, reviewer, 'publish', true)
    // And an RSJ guide by import (no approval): delivered, but no approval-to-live time.
    await p.create({
      collection: 'service-guides',
      data: guideData(dept.RSJ, { code: '11370100MB0000888-XK-004', title: '就业登记', _status: 'published' }) as never,
      context: { workflow: { action: 'import' } },
    })
    await drainOutbox(p, new Date(real.getTime() + 60_000))
  }, 120_000)

  async function publishingAs(user: keyof typeof users, at: Date) {
    const u = users[user]
    const req = await createLocalReq({ user: u as never }, p)
    return loadIndicators({ payload: p, req }, dashboardScope(u as never)!, today, at)
  }

  it('counts deliveries per channel and the time from approval to live, computed from the stored records', async () => {
    const at = new Date(Date.now() + HOUR)
    const set = await publishingAs('supervisor', at)
    const pub = set.publishing!
    const all = (await p.find({ collection: 'deliveries', where: { channel: { equals: website } }, pagination: false, depth: 0, overrideAccess: true })).docs as Array<Record<string, any>>
    const row = pub.byChannel.find((c) => String(c.channel) === String(website))!
    expect(row.total.value).toBe(all.filter((d) => d.status !== 'superseded').length)
    expect(row.delivered.value).toBe(all.filter((d) => d.status === 'delivered').length)
    expect(row.total.value).toBe(2)

    const doc = (await p.findByID({ collection: 'service-guides', id: guide3, depth: 0, overrideAccess: true })) as Record<string, any>
    const approvedAt = (doc.workflow.history as Array<Record<string, any>>).filter((h) => h.action === 'approve').at(-1)!.at
    const delivered = all.find((d) => String(d.docId) === String(guide3))!
    const wait = pub.approvalToLive.find((a) => String(a.channel) === String(website))!
    expect(wait.count.value).toBe(1)
    expect(wait.medianHours).toBeCloseTo((Date.parse(delivered.deliveredAt) - Date.parse(approvedAt)) / HOUR, 9)

    // 14 days without a publication: never published, and 20 days ago, are stale; 3 days is not.
    const stale = Object.fromEntries(pub.accounts.map((a) => [String(a.channel), a.stale]))
    expect(stale).toEqual({ [String(wechat.never)]: true, [String(wechat.fresh)]: false, [String(wechat.old)]: true })
    expect(pub.staleClients.map((c) => c.name)).toEqual(['大厅自助终端1号'])
    expect(pub.unreviewed.count.value).toBe(0)
  })

  it('guides past six months since their last review are listed', async () => {
    const later = new Date(Date.now() + 200 * DAY)
    const set = await publishingAs('supervisor', later)
    const live = (await p.find({ collection: 'service-guides', where: { _status: { equals: 'published' } }, pagination: false, depth: 0, overrideAccess: true })).docs
    expect(set.publishing!.unreviewed.count.value).toBe(live.length)
  })

  it('an editor sees the deliveries of their own departments’ documents only', async () => {
    const set = await publishingAs('editor', new Date(Date.now() + HOUR))
    const row = set.publishing!.byChannel.find((c) => String(c.channel) === String(website))!
    expect(row.total.value).toBe(1)
    // The link behind the number lists that one delivery, for the editor too.
    const { deliveryLinks } = await import('../../src/reporting/indicators/links')
    const url = deliveryLinks(today, set.deliveryFilter).channel(website)
    expect(await listed(url, jwt.editor)).toEqual(ids(row.total.ids))
  })
})
