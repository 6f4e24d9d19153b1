import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { POST as wechatPost } from '../../src/app/(payload)/api/wechat/callback/[channel]/route'
import { POST as webPost } from '../../src/app/(site)/feedback/submit/route'
import { processNewFeedback } from '../../src/feedback/pipeline/process'
import { signedRequest, userTextXml } from '../fakes/wechat-callback'
import { guideData, staff } from '../helpers/content'
import { restClient } from '../helpers/http'
import { startTestHub, type TestHub } from '../helpers/hub'
import { startSmtpListener } from '../helpers/smtp'

/**
 * Must show (issue #4): similar complaints arriving within the hour through three real ways in —
 * a WeChat message on the signed callback, the app's GraphQL mutation and the website form —
 * become one 舆情话题 and exactly one public-sentiment alert e-mail on a real SMTP listener.
 */
const APP_KEY = 'app-burst-test-0123456789abcdef0123456789abcdef'
const TOKEN = 'burst-token'
let hub: TestHub
let smtp: Awaited<ReturnType<typeof startSmtpListener>>
let wechatId: number | string

beforeAll(async () => {
  smtp = await startSmtpListener()
  hub = await startTestHub({ smtpUrl: smtp.url })
  const p = hub.payload
  const gjj = (await p.create({ collection: 'departments', data: { code: 'GJJZX', name: '示范市住房公积金管理中心', email: 'gjj@dept.test', keywords: ['公积金'] } })).id
  await p.create({ collection: 'service-guides', data: guideData(gjj, { code: '11370100MB0000105-GG-002', itemType: 'public_service', title: '住房公积金提取', themes: ['住房'] }) as never })
  await staff(p, 'boss@city.test', 'supervisor', [gjj])
  await p.create({ collection: 'channels', data: { name: '示范市政务APP', kind: 'app', enabled: true, enableAPIKey: true, apiKey: APP_KEY } as never })
  wechatId = (await p.create({ collection: 'channels', data: { name: '示范市政务公众号', kind: 'wechat', enabled: true, wechat: { appId: 'wxburst', accountId: 'gh_burst', tokenInput: TOKEN } } as never })).id
}, 120_000)
afterAll(async () => {
  await hub?.close()
  await smtp?.close()
})

it('three channels, one topic, one alert e-mail', async () => {
  const p = hub.payload
  // 1. WeChat: a follower's text message, signed as WeChat signs it (wechat-crypto).
  const xml = userTextXml({ account: 'gh_burst', openid: 'o-citizen-1', content: '公积金提取的网上系统又崩了，上传材料一直转圈，提交不了，折腾一上午了', msgId: 880001 })
  const signed = signedRequest({ url: '', token: TOKEN, appId: 'wxburst' }, xml)
  const wx = await wechatPost(new Request(`http://localhost/api/wechat/callback/${wechatId}?${signed.query}`, { method: 'POST', body: signed.body, headers: { 'content-type': 'text/xml' } }), {
    params: Promise.resolve({ channel: String(wechatId) }),
  })
  expect(wx.status).toBe(200)
  expect(await wx.text()).toContain('FK')

  // 2. The app, through GraphQL with its API key.
  const app = await restClient(p).graphql('mutation($i: FeedbackInput!) { submitFeedback(input: $i) { caseNo } }', {
    auth: `channels API-Key ${APP_KEY}`,
    variables: { i: { clientId: randomUUID(), text: 'APP办理公积金提取，上传材料后一直转圈提交不了，系统是不是崩了？' } },
  })
  expect(app.body.errors).toBeUndefined()

  // 3. The website's form, posted as a browser posts it (no JavaScript).
  const form = new URLSearchParams({ formId: randomUUID(), text: '网站上公积金提取上传材料一直在转圈，根本提交不了，太耽误事了', replyVia: 'none', website: '' })
  const web = await webPost(new Request('http://localhost/feedback/submit', { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-real-ip': '10.0.0.9' } }))
  expect(web.status).toBe(303)

  const before = smtp.mails.length
  await processNewFeedback(p)
  for (let i = 0; i < 50 && smtp.mails.length === before; i++) await new Promise((r) => setTimeout(r, 50))

  const { docs } = await p.find({ collection: 'feedback', pagination: false, depth: 0, overrideAccess: true })
  expect(docs.map((d) => d.channel).sort()).toEqual(['app', 'website', 'wechat'])
  const topics = new Set(docs.map((d) => String(d.topic)))
  expect(topics.size).toBe(1)
  const topic = await p.findByID({ collection: 'topics', id: [...topics][0] as string, depth: 0, overrideAccess: true })
  expect(topic.volume).toBe(3)
  expect(topic.alertStatus).toBe('raised')
  const alerts = smtp.mails.filter((m) => (m.subject ?? '').includes('舆情预警'))
  expect(alerts).toHaveLength(1)
  expect(alerts[0].text).toContain('48')
  expect(JSON.stringify(alerts[0].to)).toContain('boss@city.test')

  // Triage again (the clock's sweep): nothing new, no second mail.
  await processNewFeedback(p)
  await new Promise((r) => setTimeout(r, 200))
  expect(smtp.mails.filter((m) => (m.subject ?? '').includes('舆情预警'))).toHaveLength(1)
})
