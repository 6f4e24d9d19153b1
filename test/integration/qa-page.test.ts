import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import QaCasePage from '../../src/app/(site)/qa/[caseNo]/page'
import QaListPage from '../../src/app/(site)/qa/page'
import VisitPage from '../../src/app/(site)/feedback/visit/[token]/page'
import { closeCase } from '../../src/feedback/answer/returnVisit'
import { sendAnswer } from '../../src/feedback/answer/service'
import { acceptFeedback } from '../../src/feedback/intake/accept'
import { staff } from '../helpers/content'
import { startTestHub, type TestHub } from '../helpers/hub'
import { startSmtpListener } from '../helpers/smtp'

let hub: TestHub
let smtp: Awaited<ReturnType<typeof startSmtpListener>>
let official: Awaited<ReturnType<typeof staff>>
let deptId: number | string
const cases: Array<{ id: number | string; caseNo: string }> = []
const DAY = 24 * 3600_000

/** A website message, routed, answered in public by the 市场监管局 (one day apart each). */
async function answered(i: number, text: string, answer: string, publicAnswer = true) {
  const p = hub.payload
  const receivedAt = new Date(Date.UTC(2026, 9, 12, 2) + i * DAY)
  const c = await acceptFeedback(p, { channel: 'website', text, clientId: `qa-${i}`, receivedAt: receivedAt.toISOString(), contact: { name: '李某', phone: '13700001111', email: 'li@example.com' } })
  await p.update({ collection: 'feedback', id: c.id, data: { department: deptId, status: 'assigned' } as never, overrideAccess: true })
  const r = await p.create({ collection: 'responses', data: { feedback: c.id, body: answer, public: publicAnswer } as never, user: official, overrideAccess: false })
  await sendAnswer(p, r.id, { user: official, now: new Date(receivedAt.getTime() + DAY / 2) })
  return c
}

const html = async (element: Promise<ReactElement> | ReactElement) => renderToStaticMarkup(await element)

beforeAll(async () => {
  smtp = await startSmtpListener()
  hub = await startTestHub({ smtpUrl: smtp.url })
  const dept = await hub.payload.create({ collection: 'departments', data: { code: 'SCJGJ', name: '示范市市场监督管理局' } })
  deptId = dept.id
  official = await staff(hub.payload, 'qa@scj.test', 'official', [dept.id])
  for (let i = 0; i < 21; i++) cases.push(await answered(i, `第${i + 1}条：超市售卖过期食品，我的电话13700001111`, `经查属实，已责令整改（来电13700001111已回复）。`))
  cases.push(await answered(21, '不公开的来信：食品经营许可办理进度', '已办结。', false))
}, 120_000)

afterAll(async () => {
  await hub?.close()
  await smtp?.close()
})

describe('公开答复 pages', () => {
  it('lists the newest 20 first with 受理日期, 答复日期 and 答复部门, masked, without contact data', async () => {
    const page1 = await html(QaListPage({ searchParams: Promise.resolve({}) }))
    expect(page1).toContain('<h1>公开答复</h1>')
    expect(page1).toContain('共 21 条')
    for (const label of ['受理日期', '答复日期', '答复部门']) expect(page1).toContain(label)
    expect(page1).toContain('示范市市场监督管理局')
    expect(page1).toContain(cases[20].caseNo)
    expect(page1.indexOf(cases[20].caseNo)).toBeLessThan(page1.indexOf(cases[19].caseNo))
    expect(page1).not.toContain(cases[0].caseNo)
    expect(page1).toContain('href="/qa?page=2"')
    expect(page1).toContain('137****1111')
    for (const secret of ['13700001111', 'li@example.com', '李某']) expect(page1).not.toContain(secret)
    expect(page1).not.toContain(cases[21].caseNo)

    const page2 = await html(QaListPage({ searchParams: Promise.resolve({ page: '2', elder: '1' }) }))
    expect(page2).toContain(cases[0].caseNo)
    expect(page2).toContain('href="/qa?elder=1"')
  })

  it('shows one case with the citizen\'s words and the answer, masked', async () => {
    const c = cases[3]
    const page = await html(QaCasePage({ params: Promise.resolve({ caseNo: c.caseNo }), searchParams: Promise.resolve({}) }))
    expect(page).toContain(`受理编号 ${c.caseNo}`)
    expect(page).toContain('第4条：超市售卖过期食品，我的电话137****1111')
    expect(page).toContain('2026年10月15日')
    expect(page).toContain('经查属实，已责令整改（来电137****1111已回复）。')
    for (const secret of ['13700001111', 'li@example.com', '李某']) expect(page).not.toContain(secret)
    // Not public, unknown, or malformed: the site's 404.
    await expect(QaCasePage({ params: Promise.resolve({ caseNo: cases[21].caseNo }), searchParams: Promise.resolve({}) })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/)
    await expect(QaCasePage({ params: Promise.resolve({ caseNo: '<script>' }), searchParams: Promise.resolve({}) })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/)
  })

  it('the visit page is a form that works without JavaScript', async () => {
    const p = hub.payload
    const c = await acceptFeedback(p, { channel: 'website', text: '网站办事指南的电话打不通', clientId: 'qa-visit', contact: { email: 'visit@example.com' } })
    await p.update({ collection: 'feedback', id: c.id, data: { department: deptId, status: 'assigned' } as never, overrideAccess: true })
    const r = await p.create({ collection: 'responses', data: { feedback: c.id, body: '已更新电话。' } as never, user: official, overrideAccess: false })
    await sendAnswer(p, r.id, { user: official })
    const { token } = await closeCase(p, c.id, { user: official })
    const page = await html(VisitPage({ params: Promise.resolve({ token: token! }), searchParams: Promise.resolve({}) }))
    expect(page).toContain(`<form action="/feedback/visit/${token}/submit" method="post">`)
    for (const label of ['非常满意', '满意', '基本满意', '不满意', '非常不满意']) expect(page).toContain(label)
    expect(page.match(/<input(?=[^>]*type="radio")(?=[^>]*name="rating")(?=[^>]*required)[^>]*>/g)).toHaveLength(5)
    expect(page).not.toContain('<script')
    const unknown = await html(VisitPage({ params: Promise.resolve({ token: 'nope' }), searchParams: Promise.resolve({}) }))
    expect(unknown).toContain('评价链接无效或已失效')
  })
})
