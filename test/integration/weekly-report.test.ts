import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET as reportGet } from '../../src/app/(payload)/api/reports/weekly/route'
import { tick, type ClockJob } from '../../src/clock/tick'
import { sendWeeklyReport, weeklyReportJob } from '../../src/reporting/report'
import { staff } from '../helpers/content'
import { startTestHub, type TestHub } from '../helpers/hub'
import { startSmtpListener } from '../helpers/smtp'

/**
 * The weekly report mailed to supervisors through a real SMTP listener: Chinese HTML with the
 * week's numbers (computed here by hand from the fixture), the chart attached as a PNG that
 * decodes to the right size and is not blank; once per week however often it is asked for.
 */

const HOUR = 3600_000
const bj = (s: string) => new Date(`${s}+08:00`)
// Monday 2026-11-30 09:30 Beijing time: the report covers Monday 11-23 … Sunday 11-29.
const NOW = bj('2026-11-30T09:30:00')
const WEEK_FROM = bj('2026-11-23T00:00:00')
const WEEK_TO = bj('2026-11-30T00:00:00')
const pct = (n: number, d: number) => `${(Math.round((n / d) * 1000) / 10).toFixed(1)}%`

interface Item {
  dept: 'GJJ' | 'RSJ'
  kind: 'message' | 'rating'
  rating?: number
  status: string
  receivedAt: Date
  firstResponseAt?: Date
  dueAt?: Date
  closedAt?: Date
  sentiment?: string
}

const at = (day: number, hour: number) => new Date(WEEK_FROM.getTime() + (day * 24 + hour) * HOUR)
const ITEMS: Item[] = [
  // Closed on time, late, on time; one closed the week before (not this week's closure).
  { dept: 'GJJ', kind: 'message', status: 'closed', receivedAt: at(0, 9), firstResponseAt: at(0, 9.5), dueAt: at(3, 17), closedAt: at(2, 10), sentiment: 'negative' },
  { dept: 'GJJ', kind: 'message', status: 'closed', receivedAt: at(0, 10), firstResponseAt: at(0, 15), dueAt: at(1, 10), closedAt: at(2, 11), sentiment: 'neutral' },
  { dept: 'RSJ', kind: 'message', status: 'closed', receivedAt: at(1, 8), firstResponseAt: at(1, 20), dueAt: at(4, 17), closedAt: at(4, 16), sentiment: 'negative' },
  { dept: 'RSJ', kind: 'message', status: 'closed', receivedAt: at(-5, 8), firstResponseAt: at(-5, 9), dueAt: at(-2, 17), closedAt: at(-3, 9), sentiment: 'neutral' },
  { dept: 'RSJ', kind: 'message', status: 'assigned', receivedAt: at(3, 14), dueAt: at(8, 17), sentiment: 'positive' },
  { dept: 'GJJ', kind: 'message', status: 'spam', receivedAt: at(4, 1), sentiment: 'negative' },
  // 好差评: 5, 4 and 3 closed at triage; 1 is a case.
  { dept: 'GJJ', kind: 'rating', rating: 5, status: 'closed', receivedAt: at(2, 9), closedAt: at(2, 9.01) },
  { dept: 'GJJ', kind: 'rating', rating: 4, status: 'closed', receivedAt: at(5, 11), closedAt: at(5, 11.01) },
  { dept: 'RSJ', kind: 'rating', rating: 3, status: 'closed', receivedAt: at(6, 15), closedAt: at(6, 15.01) },
  { dept: 'RSJ', kind: 'rating', rating: 1, status: 'assigned', receivedAt: at(6, 16), dueAt: at(11, 17), sentiment: 'negative' },
]

let smtp: Awaited<ReturnType<typeof startSmtpListener>>
let hub: TestHub
let p: Payload
const dept: Record<'GJJ' | 'RSJ', number | string> = {} as never
const jwt: Record<string, string> = {}

beforeAll(async () => {
  smtp = await startSmtpListener()
  hub = await startTestHub({ smtpUrl: smtp.url })
  p = hub.payload
  dept.GJJ = (await p.create({ collection: 'departments', data: { code: 'GJJZX', name: '示范市住房公积金管理中心', shortName: '公积金中心' } })).id
  dept.RSJ = (await p.create({ collection: 'departments', data: { code: 'RSJ', name: '示范市人力资源和社会保障局', shortName: '人社局' } })).id
  await staff(p, 'duban1@report.test', 'supervisor', [dept.GJJ])
  await staff(p, 'duban2@report.test', 'supervisor', [dept.RSJ])
  await staff(p, 'official@report.test', 'official', [dept.RSJ])
  for (const email of ['duban1@report.test', 'official@report.test']) {
    jwt[email] = `JWT ${(await p.login({ collection: 'users', data: { email, password: 'test-password-1' } })).token}`
  }
  for (const [i, it] of ITEMS.entries()) {
    await p.create({
      collection: 'feedback',
      overrideAccess: true,
      data: {
        channel: it.kind === 'rating' ? 'kiosk' : 'website',
        kind: it.kind,
        text: it.kind === 'message' ? `周报测试诉求${i}` : undefined,
        rating: it.rating,
        receivedAt: it.receivedAt.toISOString(),
        clientId: `weekly-${i}`,
        status: it.status,
        department: dept[it.dept],
        triage: { sentiment: it.sentiment, category: it.kind === 'rating' ? undefined : 'consultation' },
        sla: { dueAt: it.dueAt?.toISOString(), firstResponseAt: it.firstResponseAt?.toISOString(), closedAt: it.closedAt?.toISOString() },
      } as never,
    })
  }
}, 120_000)

afterAll(async () => {
  await hub?.close()
  await smtp?.close()
})

/** Computed here by hand from ITEMS for the week, all departments (what supervisors get). */
function expectedWeek(items: Item[]) {
  const inWeek = (d?: Date) => !!d && d >= WEEK_FROM && d < WEEK_TO
  const counted = items.filter((i) => i.status !== 'spam' && i.status !== 'merged')
  const isCase = (i: Item) => !(i.status === 'closed' && !i.firstResponseAt && !i.dueAt)
  const closed = counted.filter((i) => isCase(i) && inWeek(i.closedAt) && i.dueAt)
  const onTime = closed.filter((i) => i.closedAt! <= i.dueAt!)
  const ratings = counted.filter((i) => i.kind === 'rating' && inWeek(i.receivedAt)).map((i) => i.rating!)
  return {
    cases: counted.filter((i) => isCase(i) && inWeek(i.receivedAt)).length,
    onTime: pct(onTime.length, closed.length),
    onTimeParts: `${onTime.length}/${closed.length}`,
    satisfaction: pct(ratings.filter((r) => r >= 3).length, ratings.length),
    satisfactionParts: `${ratings.filter((r) => r >= 3).length}/${ratings.length}`,
  }
}

describe('weekly report mail', () => {
  let mail: ParsedMail

  it('is not sent before Monday 08:00 Beijing time', async () => {
    expect(await weeklyReportJob(p, bj('2026-11-30T07:59:00'))).toMatch(/未到周报发送时间/)
    expect(smtp.mails).toHaveLength(0)
  })

  it('goes to every supervisor with the week’s numbers in Chinese and the chart attached as a PNG', async () => {
    const outcome = await sendWeeklyReport(p, NOW)
    expect(outcome).toMatchObject({ sent: true, week: '2026-11-23' })
    expect(smtp.mails).toHaveLength(1)
    mail = smtp.mails[0]
    const to = (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a!.value.map((v) => v.address)).sort()
    expect(to).toEqual(['duban1@report.test', 'duban2@report.test'])
    expect(mail.subject).toBe('【周报】政务融媒体中枢运行周报（2026年11月23日—11月29日）')

    const e = expectedWeek(ITEMS)
    expect(e.onTimeParts).toBe('2/3')
    const html = String(mail.html)
    expect(html).toContain('按时办结率')
    expect(html).toContain(`${e.onTime}（${e.onTimeParts}）`)
    expect(html).toContain('满意率')
    expect(html).toContain(`${e.satisfaction}（${e.satisfactionParts}）`)
    expect(html).toContain(`${e.cases}件`)
    expect(mail.text).toContain(`按时办结率：${e.onTime}`)
  })

  it('carries a PNG chart of the right size that is not blank, shown inline in the HTML', async () => {
    const png = mail.attachments.find((a) => a.contentType === 'image/png')
    expect(png).toBeDefined()
    expect(png!.cid).toBe('weekly-chart@omnihub')
    // The HTML refers to it by cid (mailparser may already have inlined it as a data: URL).
    expect(String(mail.html)).toMatch(/src="(cid:weekly-chart@omnihub|data:image\/png;base64,)/)
    const meta = await sharp(png!.content).metadata()
    expect(meta.format).toBe('png')
    expect(meta.width).toBe(1280)
    expect(meta.height).toBe(640)
    // Not blank: a white card with ink (title, axes, bars) covering a fair share of it.
    const { data, info } = await sharp(png!.content).removeAlpha().raw().toBuffer({ resolveWithObject: true })
    let ink = 0
    let colour = 0
    for (let i = 0; i < data.length; i += info.channels) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]]
      if (r < 200 || g < 200 || b < 200) ink++
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) colour++
    }
    const pixels = info.width * info.height
    expect(ink / pixels).toBeGreaterThan(0.01)
    expect(colour / pixels).toBeGreaterThan(0.005) // the bars (sentiment colours)
    expect((await sharp(png!.content).stats()).isOpaque).toBe(true)
  })

  it('is sent once per week: asking again the same week sends nothing', async () => {
    expect(await sendWeeklyReport(p, new Date(NOW.getTime() + 3 * HOUR))).toMatchObject({ sent: false })
    expect(await weeklyReportJob(p, bj('2026-12-03T10:00:00'))).toMatch(/已发送/)
    expect(smtp.mails).toHaveLength(1)
  })

  it('two processes asking at once for the next week send one mail', async () => {
    const next = bj('2026-12-07T08:05:00')
    const outcomes = await Promise.all([sendWeeklyReport(p, next), sendWeeklyReport(p, next)])
    expect(outcomes.filter((o) => o.sent)).toHaveLength(1)
    expect(smtp.mails).toHaveLength(2)
    expect(smtp.mails[1].subject).toContain('11月30日—12月6日')
  })
})

describe('the weekly-report clock job', () => {
  // The line proposed for src/clock/jobs/index.ts: an hourly tick that sends once the week is due.
  const job: ClockJob = { name: 'weekly-report', schedule: '7 * * * *', periodMs: HOUR, run: weeklyReportJob }

  it('sends at the first hourly tick after Monday 08:00 Beijing time, and never again that week', async () => {
    const before = smtp.mails.length
    expect(await tick(p, job, bj('2026-12-14T07:07:00'))).toMatchObject({ ran: true, ok: true, summary: expect.stringMatching(/未到/) })
    expect(await tick(p, job, bj('2026-12-14T08:07:00'))).toMatchObject({ ran: true, ok: true, summary: expect.stringMatching(/周报已发送 2 人/) })
    // Another process in the same hour does not even run; the next hours run and send nothing.
    expect(await tick(p, job, bj('2026-12-14T08:30:00'))).toEqual({ ran: false })
    expect(await tick(p, job, bj('2026-12-14T09:07:00'))).toMatchObject({ ran: true, ok: true, summary: expect.stringMatching(/已发送/) })
    expect(await tick(p, job, bj('2026-12-18T23:07:00'))).toMatchObject({ ran: true, ok: true })
    expect(smtp.mails.length - before).toBe(1)
    expect(smtp.mails.at(-1)!.subject).toContain('12月7日—12月13日')
  })
})

describe('GET /api/reports/weekly (下载周报)', () => {
  const get = (query: string, auth?: string) =>
    reportGet(new Request(`http://localhost/api/reports/weekly${query}`, { headers: auth ? { authorization: auth } : {} }))

  it('answers 401 without a login', async () => {
    const res = await get('?from=2026-11-23&to=2026-11-29')
    expect(res.status).toBe(401)
    expect((await res.json()).errors[0].message).toMatch(/请先登录/)
  })

  it('gives a supervisor the whole report as an HTML file with the chart embedded', async () => {
    const res = await get('?from=2026-11-23&to=2026-11-29', jwt['duban1@report.test'])
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="omnihub-report-2026-11-23_2026-11-29.html"/)
    const html = await res.text()
    const e = expectedWeek(ITEMS)
    expect(html).toContain(`${e.onTime}（${e.onTimeParts}）`)
    expect(html).toMatch(/<img src="data:image\/png;base64,/)
    expect(html).toContain('发布情况')
  })

  it('gives an official their own department’s numbers only', async () => {
    const res = await get('?from=2026-11-23&to=2026-11-29', jwt['official@report.test'])
    const html = await res.text()
    const e = expectedWeek(ITEMS.filter((i) => i.dept === 'RSJ'))
    expect(e.onTimeParts).toBe('1/1')
    expect(html).toContain(`按时办结率</td><td style="padding:6px 10px;border:1px solid #d0d5dd;text-align:left;vertical-align:top">${e.onTime}（${e.onTimeParts}）`)
    expect(html).not.toContain('发布情况')
  })

  it('refuses a bad date with a bilingual 400 naming the field', async () => {
    const res = await get('?from=2026-13-01&to=2026-11-29', jwt['duban1@report.test'])
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0]).toMatchObject({ field: 'from', message: expect.stringMatching(/开始日期.* \/ from/) })
  })
})
