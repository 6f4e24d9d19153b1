import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { POST as visitPost } from '../../src/app/(site)/feedback/visit/[token]/submit/route'
import { answerGraphQL } from '../../src/feedback/answer/graphql'
import { listPublicAnswers, publicAnswer } from '../../src/feedback/answer/publicQa'
import { inviteOnClose } from '../../src/feedback/answer/caseHooks'
import { closeCase, recordVisit, submitVisitByChannel, visitPageData } from '../../src/feedback/answer/returnVisit'
import { sendAnswer } from '../../src/feedback/answer/service'
import { hashVisitToken } from '../../src/feedback/answer/visit'
import { acceptFeedback } from '../../src/feedback/intake/accept'
import type { IntakeItem } from '../../src/feedback/intake/types'
import { startFakeWeChat, type FakeWeChatServer } from '../fakes/wechat-server'
import { guideData, staff } from '../helpers/content'
import { restClient } from '../helpers/http'
import { startTestHub, type TestHub } from '../helpers/hub'
import { startSmtpListener } from '../helpers/smtp'

/** Beijing wall-clock time as an instant. */
const bj = (s: string) => new Date(`${s}+08:00`)
const HOUR = 3600_000
const APP_KEY = 'app-answer-test-0123456789abcdef0123456789abcdef'
const KIOSK_KEY = 'kiosk-answer-test-0123456789abcdef0123456789abcd'

let hub: TestHub
let p: Payload
let smtp: Awaited<ReturnType<typeof startSmtpListener>>
let wechat: FakeWeChatServer
let http: ReturnType<typeof restClient>
let gjj: number | string
let rsj: number | string
let wechatChannel: number | string
let appChannel: number | string
const users: Record<string, Awaited<ReturnType<typeof staff>>> = {}
const jwt: Record<string, string> = {}
let seq = 0

/**
 * feedbackStatus / submitReturnVisit in this hub's schema, built the way hubConfig builds the feed's
 * (answerGraphQL is memoised per GraphQL module, so this is harmless once hubConfig adds it too).
 * Must run before the first GraphQL request: Payload builds the schema once, lazily.
 */
function addAnswerGraphQL(payload: Payload) {
  const gql = payload.config.graphQL as unknown as Record<'queries' | 'mutations', ((G: any, info: any) => Record<string, unknown>) | undefined>
  const { queries, mutations } = gql
  gql.queries = (G, info) => ({ ...(queries?.(G, info) ?? {}), ...answerGraphQL(G).queries })
  gql.mutations = (G, info) => ({ ...(mutations?.(G, info) ?? {}), ...answerGraphQL(G).mutations })
}

beforeAll(async () => {
  smtp = await startSmtpListener()
  wechat = await startFakeWeChat()
  hub = await startTestHub({ smtpUrl: smtp.url })
  p = hub.payload
  addAnswerGraphQL(p)
  http = restClient(p)
  gjj = (await p.create({ collection: 'departments', data: { code: 'GJJZX', name: '示范市住房公积金管理中心', keywords: ['公积金'], phones: [{ label: '咨询电话', number: '0531-80001101' }] } })).id
  rsj = (await p.create({ collection: 'departments', data: { code: 'RSJ', name: '示范市人力资源和社会保障局', keywords: ['社保'] } })).id
  await p.create({ collection: 'service-guides', data: guideData(gjj, { code: '11370100MB0000105-XK-002', title: '住房公积金提取', themes: ['住房'] }) as never })
  const accounts: Array<[string, string, string, Array<number | string>]> = [
    ['author', 'author@gjj.test', 'official', [gjj]],
    ['colleague', 'colleague@gjj.test', 'official', [gjj]],
    ['outsider', 'outsider@rsj.test', 'official', [rsj]],
  ]
  for (const [k, email, role, departments] of accounts) {
    users[k] = await staff(p, email, role, departments)
    jwt[k] = `JWT ${(await p.login({ collection: 'users', data: { email, password: 'test-password-1' } })).token}`
  }
  wechatChannel = (await p.create({ collection: 'channels', data: { name: '公众号', kind: 'wechat', wechat: { appId: wechat.appId, appSecretInput: wechat.appSecret, apiBase: wechat.url } } as never })).id
  appChannel = (await p.create({ collection: 'channels', data: { name: '示范政务APP', kind: 'app', enableAPIKey: true, apiKey: APP_KEY } as never })).id
  await p.create({ collection: 'channels', data: { name: '大厅终端', kind: 'kiosk', enableAPIKey: true, apiKey: KIOSK_KEY } as never })
}, 120_000)

afterAll(async () => {
  await hub?.close()
  await wechat?.close()
  await smtp?.close()
})

/** A citizen item through the intake service, then routed to the 公积金中心 as a dispatcher would. */
async function openCase(item: Partial<IntakeItem>): Promise<{ id: number | string; caseNo: string }> {
  seq += 1
  const accepted = await acceptFeedback(p, { channel: 'website', text: '公积金提取需要什么材料？', clientId: `answer-${seq}`, ...item } as IntakeItem)
  await p.update({ collection: 'feedback', id: accepted.id, data: { department: gjj, status: 'assigned' } as never, overrideAccess: true })
  return accepted
}

/** An official writes the answer in the admin (REST, their own login). */
async function draft(caseId: number | string, body: string, who = 'author', extra: Record<string, unknown> = {}) {
  const res = await http.rest('POST', 'responses', { auth: jwt[who], body: { feedback: caseId, body, ...extra } })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number | string; status: string; body: string; author: unknown }
}

const send = (id: number | string, body: Record<string, unknown> = {}, who = 'author') => http.rest('POST', `responses/${id}/send`, { auth: jwt[who], body })
const caseDoc = (id: number | string) => p.findByID({ collection: 'feedback', id, depth: 0, overrideAccess: true }) as Promise<Record<string, any>>
const responseDoc = (id: number | string) => p.findByID({ collection: 'responses', id, depth: 0, overrideAccess: true }) as Promise<Record<string, any>>
const messagesTo = (openId: string) => wechat.customMessages.filter((m) => m.touser === openId)
const waitForMail = async (n: number) => {
  for (let i = 0; i < 100 && smtp.mails.length < n; i++) await new Promise((r) => setTimeout(r, 30))
}

describe('WeChat: customer-service message within 48 hours', () => {
  it('delivers the masked answer to the protocol fake and marks the case answered', async () => {
    const openId = 'oWX_within_48h'
    const receivedAt = new Date(Date.now() - 2 * HOUR).toISOString()
    wechat.userMessaged(openId, Date.now() - 2 * HOUR)
    const c = await openCase({ channel: 'wechat', sourceChannel: wechatChannel, text: '公积金提取进度怎么查？我的电话13912345678', contact: { openId }, receivedAt })
    const r = await draft(c.id, '您好，您留下的电话13912345678已登记，提取进度可在公积金APP查询，咨询电话0531-80001101。')
    expect(r.body).toContain('139****5678')
    // The department's own published number stays usable.
    expect(r.body).toContain('0531-80001101')
    expect(r.body).not.toContain('13912345678')

    const res = await send(r.id)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({ outcome: 'sent', status: 'sent', route: 'wechat' })
    const got = messagesTo(openId)
    expect(got).toHaveLength(1)
    expect(got[0].content).toContain(c.caseNo)
    expect(got[0].content).toContain('139****5678')
    expect(got[0].content).not.toContain('13912345678')

    const doc = await caseDoc(c.id)
    expect(doc.status).toBe('answered')
    expect(doc.sla.firstResponseAt).toBeTruthy()
    expect(doc.sla.answeredAt).toBe((await responseDoc(r.id)).sentAt)
    expect(doc.timeline.at(-1)).toMatchObject({ action: '答复' })
    expect(String(doc.timeline.at(-1).actor)).toBe(String(users.author.id))
  })

  it('refuses past 48 hours without calling WeChat, and leaves the case as it was', async () => {
    const openId = 'oWX_stale'
    const c = await openCase({ channel: 'wechat', sourceChannel: wechatChannel, text: '公积金贷款怎么办理？', contact: { openId, phone: '13853104467' }, receivedAt: new Date(Date.now() - 50 * HOUR).toISOString() })
    const r = await draft(c.id, '请携带材料到公积金中心窗口办理。')
    const before = wechat.callCount('/cgi-bin/message/custom/send')
    const res = await send(r.id)
    expect(res.body).toMatchObject({ outcome: 'needs_other_route', status: 'needs_other_route', route: 'wechat' })
    expect(res.body.message).toContain('48 小时')
    expect(wechat.callCount('/cgi-bin/message/custom/send')).toBe(before)
    expect((await caseDoc(c.id)).status).toBe('assigned')

    // The official calls instead: the answer waits for the call, then counts from the confirmation.
    const phone = await send(r.id, { route: 'phone' })
    expect(phone.body).toMatchObject({ outcome: 'awaiting_call', status: 'sending', route: 'phone' })
    expect((await caseDoc(c.id)).status).toBe('assigned')
    const called = await send(r.id, { called: true })
    expect(called.body).toMatchObject({ outcome: 'sent', status: 'sent', route: 'phone' })
    expect((await caseDoc(c.id)).status).toBe('answered')
  })

  it('treats 45015 from WeChat as needs_other_route', async () => {
    const openId = 'oWX_45015'
    // The hub saw a recent message, but WeChat's own window says otherwise (e.g. the user unfollowed).
    wechat.userMessaged(openId, Date.now() - 49 * HOUR)
    const c = await openCase({ channel: 'wechat', sourceChannel: wechatChannel, text: '公积金账户怎么销户？', contact: { openId }, receivedAt: new Date(Date.now() - HOUR).toISOString() })
    const r = await draft(c.id, '销户请到窗口办理。')
    const res = await send(r.id)
    expect(res.body).toMatchObject({ outcome: 'needs_other_route', status: 'needs_other_route' })
    expect(res.body.message).toContain('45015')
    expect(messagesTo(openId)).toHaveLength(0)
    expect((await caseDoc(c.id)).status).toBe('assigned')
  })

  it('sends once however often the send is retried', async () => {
    const openId = 'oWX_retry'
    wechat.userMessaged(openId, Date.now() - HOUR)
    const c = await openCase({ channel: 'wechat', sourceChannel: wechatChannel, text: '公积金提取到账要多久？', contact: { openId }, receivedAt: new Date(Date.now() - HOUR).toISOString() })
    const r = await draft(c.id, '一般3个工作日内到账。')
    const [a, b] = await Promise.all([send(r.id), send(r.id)])
    const again = await send(r.id)
    expect([a.body.outcome, b.body.outcome].filter((o) => o === 'sent')).toHaveLength(1)
    expect(again.body).toMatchObject({ outcome: 'already_sent', status: 'sent' })
    expect(messagesTo(openId)).toHaveLength(1)
    const timeline = (await caseDoc(c.id)).timeline as Array<{ action: string }>
    expect(timeline.filter((t) => t.action === '答复')).toHaveLength(1)
  })
})

describe('e-mail: a threaded reply', () => {
  it('replies In-Reply-To the citizen, and the citizen\'s answer to it threads under the case', async () => {
    const citizenId = '<c1.20261126@mail.citizen.test>'
    const c = await openCase({
      channel: 'email',
      text: '请问公积金提取需要哪些材料？我的身份证号370102199003072433',
      clientId: citizenId,
      contact: { email: 'citizen@mail.citizen.test' },
      thread: { subject: '公积金提取咨询', messageId: citizenId },
    })
    const r = await draft(c.id, '您好，提取需提供本人身份证（370102199003072433）及银行卡。')
    const before = smtp.mails.length
    const res = await send(r.id)
    expect(res.body).toMatchObject({ outcome: 'sent', route: 'email' })
    await waitForMail(before + 1)
    const mail = smtp.mails.at(-1)!
    expect(JSON.stringify(mail.to)).toContain('citizen@mail.citizen.test')
    expect(mail.subject).toBe('Re: 公积金提取咨询')
    expect(mail.inReplyTo).toBe(citizenId)
    expect([mail.references].flat()).toContain(citizenId)
    expect(mail.text).toContain('370***********2433')
    expect(mail.text).not.toContain('370102199003072433')
    const sent = await responseDoc(r.id)
    expect(sent.externalId).toBe(mail.messageId)

    const reply = await acceptFeedback(p, {
      channel: 'email',
      text: '收到，谢谢！另外异地购房能提取吗？',
      clientId: '<c2.20261126@mail.citizen.test>',
      contact: { email: 'citizen@mail.citizen.test' },
      thread: { subject: 'Re: 公积金提取咨询', messageId: '<c2.20261126@mail.citizen.test>', inReplyTo: mail.messageId },
    })
    const follow = await caseDoc(reply.id)
    expect(String(follow.thread.parent)).toBe(String(c.id))
  })
})

describe('website: the public Q&A page', () => {
  it('publishes the answer with masked text and no contact data', async () => {
    const c = await openCase({
      channel: 'website',
      text: '我的手机13853104467一直收不到公积金提取的短信验证码，邮箱zs@example.com也没有通知',
      contact: { name: '张某某', phone: '13853104467', email: 'zs@example.com', replyVia: 'channel' },
    })
    const r = await draft(c.id, '经核实，您的手机号13853104467未绑定，请到窗口绑定后再试。')
    const res = await send(r.id)
    expect(res.body).toMatchObject({ outcome: 'sent', route: 'pull' })
    const other = await http.rest('POST', 'responses', { auth: jwt.outsider, body: { feedback: c.id, body: '不是本部门的答复' } })
    expect(other.status).toBe(403)
    const hidden = await openCase({ channel: 'website', text: '公积金缴存基数怎么调整？' })
    const private_ = await draft(hidden.id, '请单位经办人在网上办理。', 'author', { public: false })
    expect((await send(private_.id)).body).toMatchObject({ outcome: 'needs_other_route' })

    const list = await listPublicAnswers(p, { limit: 50 })
    const entry = list.entries.find((e) => e.caseNo === c.caseNo)!
    expect(entry).toBeTruthy()
    expect(entry.department).toBe('示范市住房公积金管理中心')
    expect(entry.receivedAt).toBeTruthy()
    expect(entry.answeredAt).toBe((await responseDoc(r.id)).sentAt)
    expect(entry.question).toContain('138****4467')
    expect(list.entries.some((e) => e.caseNo === hidden.caseNo)).toBe(false)
    const page = await publicAnswer(p, c.caseNo)
    expect(page!.answers[0].answer).toContain('138****4467')
    for (const shown of [JSON.stringify(list), JSON.stringify(page)]) {
      expect(shown).not.toContain('13853104467')
      expect(shown).not.toContain('zs@example.com')
      expect(shown).not.toContain('张某某')
    }
    expect(await publicAnswer(p, hidden.caseNo)).toBeNull()
  })
})

describe('answer review (requireAnswerReview)', () => {
  beforeAll(async () => {
    await p.updateGlobal({ slug: 'feedback-settings', data: { requireAnswerReview: true } as never })
  })
  afterAll(async () => {
    await p.updateGlobal({ slug: 'feedback-settings', data: { requireAnswerReview: false } as never })
  })

  it('waits for a different staff member: the author cannot approve their own answer', async () => {
    const c = await openCase({ channel: 'website', text: '公积金中心周六上班吗？' })
    const r = await draft(c.id, '周六上午正常办公。')
    expect((await send(r.id)).body).toMatchObject({ outcome: 'pending_review', status: 'pending_review' })
    expect((await caseDoc(c.id)).status).toBe('assigned')

    const own = await http.rest('POST', `responses/${r.id}/approve`, { auth: jwt.author })
    expect(own.status).toBe(403)
    expect(own.body.errors[0].field).toBe('reviewer')
    const outsider = await http.rest('POST', `responses/${r.id}/approve`, { auth: jwt.outsider })
    expect(outsider.status).toBe(403)
    // Editing the text while under review is refused.
    const edit = await http.rest('PATCH', `responses/${r.id}`, { auth: jwt.author, body: { body: '周六全天办公。' } })
    expect(edit.status).toBe(409)
    expect((await responseDoc(r.id)).status).toBe('pending_review')

    // A colleague approves in the admin form (the 操作 field), which sends it.
    const ok = await http.rest('PATCH', `responses/${r.id}`, { auth: jwt.colleague, body: { action: 'approve' } })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    const done = await responseDoc(r.id)
    expect(done.status).toBe('sent')
    expect(String(done.reviewer)).toBe(String(users.colleague.id))
    expect((await caseDoc(c.id)).status).toBe('answered')
  })
})

describe('return visit', () => {
  it('a rating of 2 reopens the case with a rectification deadline past 国庆', async () => {
    const c = await openCase({ channel: 'app', sourceChannel: appChannel, clientId: 'app-visit-bad', text: '公积金APP提取一直失败，页面报错', receivedAt: bj('2026-09-28T10:00:00').toISOString() })
    const r = await draft(c.id, '系统已修复，请重新提交。')
    expect((await sendAnswer(p, r.id, { user: users.author, now: bj('2026-09-29T10:00:00') })).outcome).toBe('sent')
    const closed = await closeCase(p, c.id, { user: users.author, now: bj('2026-09-30T10:00:00') })
    expect(closed.invite).toBe('pull')
    expect(closed.case.status).toBe('closed')
    expect(closed.case.sla?.closedAt).toBe(bj('2026-09-30T10:00:00').toISOString())
    expect(closed.case.returnVisit?.token).toBe(hashVisitToken(closed.token!))

    const status = await http.graphql('query($n: String!, $c: String) { feedbackStatus(caseNo: $n, clientId: $c) { statusLabel receivedAt answeredAt department answer returnVisitOpen } }', {
      auth: `channels API-Key ${APP_KEY}`,
      variables: { n: c.caseNo, c: 'app-visit-bad' },
    })
    expect(status.body.errors).toBeUndefined()
    expect(status.body.data.feedbackStatus).toMatchObject({ statusLabel: '已办结', department: '示范市住房公积金管理中心', answer: '系统已修复，请重新提交。', returnVisitOpen: true })

    const visit = await submitVisitByChannel(p, { id: appChannel }, { caseNo: c.caseNo, clientId: 'app-visit-bad', rating: 2, now: bj('2026-09-30T15:00:00') })
    expect(visit.reopened).toBe(true)
    const doc = await caseDoc(c.id)
    expect(doc.status).toBe('reopened')
    expect(doc.returnVisit.rating).toBe(2)
    expect(doc.returnVisit.visitedAt).toBe(bj('2026-09-30T15:00:00').toISOString())
    // 10 working days: Oct 1–7 are the National Day holiday, Sat Oct 10 a make-up working day.
    expect(doc.returnVisit.rectificationDue).toBe(bj('2026-10-20T17:00:00').toISOString())
    expect(doc.timeline.at(-1)).toMatchObject({ action: '回访不满意，重新办理' })
    expect(doc.timeline.at(-1).note).toContain('2026年10月20日')
  })

  it('app clients see only their own channel\'s cases and rate through GraphQL', async () => {
    const c = await openCase({ channel: 'app', sourceChannel: appChannel, clientId: 'app-visit-good', text: '公积金贷款额度怎么算？' })
    const r = await draft(c.id, '额度按缴存余额计算。', 'author', { public: false })
    await send(r.id)
    await closeCase(p, c.id, { user: users.author })
    const q = 'query($n: String!, $c: String) { feedbackStatus(caseNo: $n, clientId: $c) { statusLabel answer returnVisitOpen } }'
    const kiosk = await http.graphql(q, { auth: `channels API-Key ${KIOSK_KEY}`, variables: { n: c.caseNo } })
    expect(kiosk.body.data.feedbackStatus).toBeNull()
    // Not public and no client id: the status, not the answer.
    const anonymous = await http.graphql(q, { auth: `channels API-Key ${APP_KEY}`, variables: { n: c.caseNo } })
    expect(anonymous.body.data.feedbackStatus).toMatchObject({ statusLabel: '已办结', answer: null, returnVisitOpen: true })
    const staffCall = await http.graphql(q, { auth: jwt.author, variables: { n: c.caseNo } })
    expect(staffCall.body.errors?.[0].message).toContain('API Key')

    const m = 'mutation($n: String!, $c: String, $r: Int!) { submitReturnVisit(caseNo: $n, clientId: $c, rating: $r) { ok reopened statusLabel } }'
    const wrongClient = await http.graphql(m, { auth: `channels API-Key ${APP_KEY}`, variables: { n: c.caseNo, c: 'someone-else', r: 5 } })
    expect(wrongClient.body.errors?.[0].message).toContain('未找到')
    const rated = await http.graphql(m, { auth: `channels API-Key ${APP_KEY}`, variables: { n: c.caseNo, c: 'app-visit-good', r: 5 } })
    expect(rated.body.data.submitReturnVisit).toEqual({ ok: true, reopened: false, statusLabel: '已办结' })
    const twice = await http.graphql(m, { auth: `channels API-Key ${APP_KEY}`, variables: { n: c.caseNo, c: 'app-visit-good', r: 1 } })
    expect(twice.body.errors?.[0].message).toContain('无需评价')
    const doc = await caseDoc(c.id)
    expect(doc).toMatchObject({ status: 'closed', returnVisit: { rating: 5 } })
  })

  it('e-mails a link; the page form posts a rating once, without JavaScript', async () => {
    const c = await openCase({ channel: 'email', text: '公积金提取材料清单在哪里下载？', contact: { email: 'visit@mail.citizen.test' }, thread: { subject: '材料清单', messageId: '<v1@mail.citizen.test>' } })
    const r = await draft(c.id, '可在网站“办事指南”栏目下载。')
    await send(r.id)
    const before = smtp.mails.length
    await closeCase(p, c.id, { user: users.author })
    await waitForMail(before + 1)
    const mail = smtp.mails.at(-1)!
    expect(mail.inReplyTo).toBe('<v1@mail.citizen.test>')
    const token = /\/feedback\/visit\/([A-Za-z0-9_-]{43})/.exec(mail.text ?? '')?.[1]
    expect(token).toBeTruthy()
    expect((await caseDoc(c.id)).returnVisit.token).toBe(hashVisitToken(token!))

    const post = (rating: string) =>
      visitPost(new Request(`http://localhost/feedback/visit/${token}/submit`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ rating, comment: '' }) }), {
        params: Promise.resolve({ token: token! }),
      })
    const bad = await post('9')
    expect(bad.status).toBe(303)
    expect(bad.headers.get('location')).toContain('error=rating')
    const ok = await post('4')
    expect(ok.status).toBe(303)
    expect(ok.headers.get('location')).toBe(`/feedback/visit/${token}`)
    const again = await post('1')
    expect(again.headers.get('location')).toContain('error=done')
    const doc = await caseDoc(c.id)
    expect(doc.status).toBe('closed')
    expect(doc.returnVisit.rating).toBe(4)
    expect(doc.returnVisit.visitedAt).toBeTruthy()
    expect(await visitPageData(p, token!)).toMatchObject({ open: false, rating: 4, caseNo: c.caseNo })
    expect(await visitPageData(p, 'x'.repeat(43))).toBeNull()
  })

  it('an official records the call-back a bad 好差评 rating needs', async () => {
    const a = await openCase({ channel: 'kiosk', kind: 'rating', rating: 1, text: null, guideCode: '11370100MB0000105-XK-002', clientId: 'answer-rate-1' })
    // As triage leaves a 1–2 rating (src/feedback/pipeline/process.ts): routed, return visit required.
    await p.update({ collection: 'feedback', id: a.id, data: { returnVisit: { required: true, due: new Date(Date.now() + 72 * HOUR).toISOString() } } as never, overrideAccess: true })
    const before = await caseDoc(a.id)
    expect(before.returnVisit).toMatchObject({ required: true })
    expect(before.returnVisit.visitedAt).toBeFalsy()
    await expect(recordVisit(p, a.id, { user: users.outsider, rating: 3 })).rejects.toMatchObject({ status: 403 })
    const v = await recordVisit(p, a.id, { user: users.colleague, rating: 3, note: '已电话联系，市民表示理解' })
    expect(v.reopened).toBe(false)
    const doc = await caseDoc(a.id)
    expect(doc.returnVisit.visitedAt).toBeTruthy()
    expect(doc.returnVisit.rating).toBe(3)
    expect(doc.timeline.at(-1).action).toBe('回访')
    await expect(recordVisit(p, a.id, { user: users.colleague })).rejects.toMatchObject({ status: 409 })
  })

  it('closing in the case form (status select) invites the same way, once the hook is installed', async () => {
    const openId = 'oWX_form_close'
    wechat.userMessaged(openId, Date.now() - HOUR)
    const c = await openCase({ channel: 'wechat', sourceChannel: wechatChannel, text: '公积金提取审核要几天？', contact: { openId }, receivedAt: new Date(Date.now() - HOUR).toISOString() })
    await send((await draft(c.id, '审核一般需要3个工作日。')).id)
    const req = { payload: p, user: users.author, context: {} as Record<string, unknown> }
    const previousDoc = await caseDoc(c.id)
    const doc = await p.update({ collection: 'feedback', id: c.id, data: { status: 'closed' } as never, overrideAccess: true, depth: 0 })
    // What Payload runs after the form's save (collections/Feedback afterChange, see the report).
    const after = (await inviteOnClose({ doc, previousDoc, operation: 'update', req, context: req.context, collection: {} } as never)) as Record<string, any>
    expect(after.status).toBe('closed')
    expect(after.sla.closedAt).toBeTruthy()
    expect(after.returnVisit.token).toMatch(/^[0-9a-f]{64}$/)
    const invite = messagesTo(openId).at(-1)!
    expect(invite.content).toContain('/feedback/visit/')
    expect(hashVisitToken(/\/feedback\/visit\/([A-Za-z0-9_-]{43})/.exec(invite.content)![1])).toBe(after.returnVisit.token)
  })
})
