import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { acceptFeedback } from '../../src/feedback/intake/accept'
import { processNewFeedback } from '../../src/feedback/pipeline/process'
import { sweepDeadlines } from '../../src/feedback/sla/sweep'
import { guideData, staff } from '../helpers/content'
import { startTestHub, type TestHub } from '../helpers/hub'
import { startSmtpListener } from '../helpers/smtp'

/** Beijing wall-clock time as an instant. */
const bj = (s: string) => new Date(`${s}+08:00`)

let hub: TestHub
let smtp: Awaited<ReturnType<typeof startSmtpListener>>
let gjj: number | string
const subjects = () => smtp.mails.map((m) => m.subject ?? '')
const mailsTo = (addr: string) => smtp.mails.filter((m) => JSON.stringify(m.to).includes(addr))

beforeAll(async () => {
  smtp = await startSmtpListener()
  hub = await startTestHub({ smtpUrl: smtp.url })
  const p = hub.payload
  gjj = (await p.create({ collection: 'departments', data: { code: 'GJJZX', name: '示范市住房公积金管理中心', shortName: '公积金中心', email: 'gjj@dept.test', keywords: ['公积金'] } })).id
  const rsj = (await p.create({ collection: 'departments', data: { code: 'RSJ', name: '示范市人力资源和社会保障局', shortName: '人社局', email: 'rsj@dept.test', keywords: ['社保', '就业'] } })).id
  await p.create({ collection: 'service-guides', data: guideData(gjj, { code: '11370100MB0000105-GG-002', itemType: 'public_service', title: '住房公积金提取', themes: ['住房'] }) as never })
  await p.create({ collection: 'service-guides', data: guideData(rsj, { code: '11370100MB0000103-GG-001', itemType: 'public_service', title: '社会保障卡申领', themes: ['社会保障'] }) as never })
  await staff(p, 'duty@gjj.test', 'official', [gjj])
  await p.update({ collection: 'users', where: { email: { equals: 'duty@gjj.test' } }, data: { onDuty: true } as never, overrideAccess: true })
  await staff(p, 'head@gjj.test', 'official', [gjj])
  await p.update({ collection: 'users', where: { email: { equals: 'head@gjj.test' } }, data: { departmentHead: true } as never, overrideAccess: true })
  await staff(p, 'boss@city.test', 'supervisor', [gjj])
}, 120_000)
afterAll(async () => {
  await hub?.close()
  await smtp?.close()
})

const waitForMail = async (n: number) => {
  for (let i = 0; i < 50 && smtp.mails.length < n; i++) await new Promise((r) => setTimeout(r, 50))
}

describe('a burst of similar complaints from three channels', () => {
  it('becomes one topic and one public-sentiment alert e-mail', async () => {
    const p = hub.payload
    const base = bj('2026-11-20T09:00:00')
    const at = (min: number) => new Date(base.getTime() + min * 60_000).toISOString()
    const texts: Array<[string, string]> = [
      ['wechat', '公积金提取的网上系统又崩了，上传材料一直转圈，提交不了，折腾一上午了'],
      ['app', 'APP办理公积金提取，上传材料后一直转圈提交不了，系统是不是崩了？'],
      ['website', '网站上公积金提取上传材料一直在转圈，根本提交不了，太耽误事了'],
    ]
    const ids = []
    for (const [i, [channel, text]] of texts.entries()) {
      ids.push((await acceptFeedback(p, { channel: channel as never, text, receivedAt: at(i * 20), clientId: `burst-${i}` })).id)
    }
    const other = await acceptFeedback(p, { channel: 'kiosk', text: '社保卡补办需要带什么材料？', receivedAt: at(30), clientId: 'other-1' })
    const before = smtp.mails.length
    await processNewFeedback(p, new Date(base.getTime() + 70 * 60_000))
    await waitForMail(before + 1)

    const items = await Promise.all(ids.map((id) => p.findByID({ collection: 'feedback', id, depth: 0, overrideAccess: true })))
    const topics = new Set(items.map((d) => String(d.topic)))
    expect(topics.size).toBe(1)
    const lone = await p.findByID({ collection: 'feedback', id: other.id, depth: 0, overrideAccess: true })
    expect(String(lone.topic ?? '')).not.toBe([...topics][0])

    const topic = await p.findByID({ collection: 'topics', id: [...topics][0] as string, depth: 0, overrideAccess: true })
    expect(topic.volume).toBe(3)
    expect([...(topic.channels as string[])].sort()).toEqual(['app', 'website', 'wechat'])
    expect(topic.alertStatus).toBe('raised')
    // The 48-hour response clock runs from the alert.
    const due = new Date((topic.alert as { responseDue: string }).responseDue).getTime()
    const raised = new Date((topic.alert as { raisedAt: string }).raisedAt).getTime()
    expect(due - raised).toBe(48 * 3600_000)

    const alerts = smtp.mails.filter((m) => (m.subject ?? '').includes('舆情预警'))
    expect(alerts).toHaveLength(1)
    expect(JSON.stringify(alerts[0].to)).toContain('gjj@dept.test')
    expect(JSON.stringify(alerts[0].to)).toContain('boss@city.test')

    // A fourth one joins the topic but does not mail again.
    await acceptFeedback(p, { channel: 'email', text: '公积金提取上传材料一直转圈，提交不了，请尽快修复系统', receivedAt: at(80), clientId: 'burst-4' })
    await processNewFeedback(p, new Date(base.getTime() + 90 * 60_000))
    await new Promise((r) => setTimeout(r, 200))
    expect(smtp.mails.filter((m) => (m.subject ?? '').includes('舆情预警'))).toHaveLength(1)
    const again = await p.findByID({ collection: 'topics', id: [...topics][0] as string, depth: 0, overrideAccess: true })
    expect(again.volume).toBe(4)
  })
})

describe('urgent items and bad ratings', () => {
  it('puts an urgent item on the duty official\'s desk at once', async () => {
    const before = smtp.mails.length
    const a = await acceptFeedback(hub.payload, { channel: 'hotline', text: '来电反映公积金中心大厅二楼有燃气泄漏的味道，很大，怕出事故', clientId: 'urgent-1' })
    await processNewFeedback(hub.payload)
    await waitForMail(before + 1)
    const doc = await hub.payload.findByID({ collection: 'feedback', id: a.id, depth: 0, overrideAccess: true })
    expect(doc.triage?.urgent).toBe(true)
    expect(doc.triage?.urgentReasons).toContain('safety')
    expect(doc.status).toBe('assigned')
    const urgentMails = mailsTo('duty@gjj.test').filter((m) => (m.subject ?? '').includes('紧急诉求'))
    expect(urgentMails).toHaveLength(1)
    // Deadlines on calendar hours: first response within an hour.
    expect(new Date(doc.sla!.firstResponseDue!).getTime() - new Date(doc.receivedAt).getTime()).toBe(3600_000)
  })

  it('opens a return-visit case for a 1-2 rating, routed to the guide\'s department', async () => {
    const a = await acceptFeedback(hub.payload, { channel: 'kiosk', kind: 'rating', rating: 2, guideCode: '11370100MB0000105-GG-002', clientId: 'rate-1', receivedAt: bj('2026-09-30T10:00:00').toISOString() })
    const good = await acceptFeedback(hub.payload, { channel: 'kiosk', kind: 'rating', rating: 5, guideCode: '11370100MB0000105-GG-002', clientId: 'rate-2' })
    await processNewFeedback(hub.payload)
    const bad = await hub.payload.findByID({ collection: 'feedback', id: a.id, depth: 0, overrideAccess: true })
    expect(bad.status).toBe('assigned')
    expect(String(bad.department)).toBe(String(gjj))
    expect(bad.returnVisit?.required).toBe(true)
    // 3 working days after Sep 30, skipping National Day: Oct 8, 9, 10 (make-up Saturday).
    expect(bad.returnVisit?.due).toBe(bj('2026-10-10T17:00:00').toISOString())
    const fine = await hub.payload.findByID({ collection: 'feedback', id: good.id, depth: 0, overrideAccess: true })
    expect(fine.status).toBe('closed')
    expect(fine.returnVisit?.required).toBeFalsy()
  })
})

describe('deadlines', () => {
  it('warns at 80%, escalates when overdue, once each, on the official calendar', async () => {
    const p = hub.payload
    const a = await acceptFeedback(p, {
      channel: 'website',
      text: '投诉公积金中心窗口：材料齐全还让我来回跑了三趟，工作人员态度很差，推诿扯皮',
      receivedAt: bj('2026-09-30T10:00:00').toISOString(),
      clientId: 'sla-1',
    })
    await processNewFeedback(p, bj('2026-09-30T10:05:00'))
    const doc = await p.findByID({ collection: 'feedback', id: a.id, depth: 0, overrideAccess: true })
    expect(doc.triage?.category).toBe('complaint')
    expect(String(doc.department)).toBe(String(gjj))
    // 5 working days: Oct 8, 9, 10 (make-up Saturday), 12, 13 — National Day skipped.
    expect(doc.sla?.dueAt).toBe(bj('2026-10-13T17:00:00').toISOString())

    const n0 = smtp.mails.length
    await sweepDeadlines(p, bj('2026-10-12T12:00:00'))
    await waitForMail(n0 + 1)
    expect(subjects().filter((s) => s.includes('临期提醒') && s.includes(doc.caseNo!))).toHaveLength(1)

    await sweepDeadlines(p, bj('2026-10-14T09:00:00'))
    await sweepDeadlines(p, bj('2026-10-14T09:05:00'))
    await new Promise((r) => setTimeout(r, 300))
    const escalations = smtp.mails.filter((m) => (m.subject ?? '').includes('超期督办') && (m.subject ?? '').includes(doc.caseNo!))
    expect(escalations).toHaveLength(1)
    const to = JSON.stringify(escalations[0].to)
    expect(to).toContain('head@gjj.test')
    expect(to).toContain('boss@city.test')
    const after = await p.findByID({ collection: 'feedback', id: a.id, depth: 0, overrideAccess: true })
    expect(after.sla?.escalatedAt).toBe(bj('2026-10-14T09:00:00').toISOString())
  })
})

describe('corrections', () => {
  it('keeps every label an official corrects', async () => {
    const p = hub.payload
    const a = await acceptFeedback(p, { channel: 'app', text: '公积金贷款的额度是怎么计算的？', clientId: 'fix-1' })
    await processNewFeedback(p)
    const official = await p.find({ collection: 'users', where: { email: { equals: 'duty@gjj.test' } }, overrideAccess: true })
    const user = { ...official.docs[0], collection: 'users' }
    await p.update({ collection: 'feedback', id: a.id, data: { department: gjj, triage: { category: 'suggestion' } } as never, user: user as never, overrideAccess: false })
    const { docs } = await p.find({ collection: 'triage-corrections', where: { feedback: { equals: a.id } }, overrideAccess: true })
    expect(docs.map((d) => d.field)).toContain('category')
    expect(docs.find((d) => d.field === 'category')?.to).toBe('suggestion')
    const doc = await p.findByID({ collection: 'feedback', id: a.id, depth: 0, overrideAccess: true })
    expect(doc.triage?.corrected).toBe(true)
  })
})
