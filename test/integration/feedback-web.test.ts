import { randomUUID } from 'node:crypto'
import type { ReactElement } from 'react'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { UsefulForm } from '../../src/app/(site)/components/UsefulForm'
import FeedbackPage from '../../src/app/(site)/feedback/page'
import { POST as submitForm } from '../../src/app/(site)/feedback/submit/route'
import ThanksPage from '../../src/app/(site)/feedback/thanks/page'
import { POST as submitUseful } from '../../src/app/(site)/feedback/useful/route'
import { FORM_LIMIT } from '../../src/feedback/intake/web/submit'
import { drainOutbox } from '../../src/publishing/outbox/worker'
import { department, guideData } from '../helpers/content'
import { startTestHub, type TestHub } from '../helpers/hub'

const GUIDE = '11370100MB0000105-GG-002'
let hub: TestHub
let ipSeq = 0
/** Each test its own client address, so the per-address limit of one test does not touch another. */
const freshIp = () => `198.51.100.${++ipSeq}`

beforeAll(async () => {
  hub = await startTestHub()
  const dept = await department(hub.payload, 'GJJZX', '示范市住房公积金管理中心')
  // Published and delivered to the website channel, as /guides/<code> shows it.
  await hub.payload.create({ collection: 'channels', data: { name: '政务服务网', kind: 'website' } as never })
  await hub.payload.create({
    collection: 'service-guides',
    data: guideData(dept.id, { code: GUIDE, itemType: 'public_service', title: '住房公积金提取', _status: 'published' }) as never,
    context: { workflow: { action: 'import' } },
  })
  await drainOutbox(hub.payload)
})
afterAll(async () => {
  await hub?.close()
})

function post(handler: (r: Request) => Promise<Response>, path: string, fields: Record<string, string>, ip: string, headers: Record<string, string> = {}) {
  return handler(
    new Request(`http://localhost${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': `203.0.113.9, ${ip}`, ...headers },
      body: new URLSearchParams(fields).toString(),
    }),
  )
}

const form = (fields: Record<string, string>, ip: string, headers?: Record<string, string>) => post(submitForm, '/feedback/submit', fields, ip, headers)
const message = (over: Record<string, string> = {}) => ({ formId: randomUUID(), text: '公积金中心大厅的叫号机经常死机，排队很乱', name: '李先生', replyVia: 'phone', phone: '13912345678', email: '', homepage: '', ...over })

const html = async (element: Promise<ReactElement> | ReactElement) => renderToStaticMarkup(await element)
const searchOf = (location: string) => Promise.resolve(Object.fromEntries(new URL(location, 'http://localhost').searchParams))
const count = async () => (await hub.payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs
const byCase = async (caseNo: string) =>
  (await hub.payload.find({ collection: 'feedback', where: { caseNo: { equals: caseNo } }, overrideAccess: true, depth: 0 })).docs[0] as Record<string, any>

describe('我要留言 (website form, no login, no JavaScript)', () => {
  it('stores the message and redirects (303) to the thank-you page with the case number; a double click stores one case', async () => {
    const ip = freshIp()
    const fields = message({ guide: GUIDE })
    const res = await form(fields, ip)
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    expect(location).toMatch(/^\/feedback\/thanks\?case=FK\d{14}$/)
    const caseNo = new URL(location, 'http://localhost').searchParams.get('case')!
    const doc = await byCase(caseNo)
    expect(doc).toMatchObject({ channel: 'website', kind: 'message', guideCode: GUIDE, status: 'new', text: fields.text })
    expect(doc.contact).toMatchObject({ name: '李先生', phone: '13912345678', replyVia: 'phone' })
    expect(doc.guide).toBeTruthy()

    const again = await form(fields, ip)
    expect(again.headers.get('location')).toBe(location)
    expect((await hub.payload.count({ collection: 'feedback', where: { caseNo: { equals: caseNo } }, overrideAccess: true })).totalDocs).toBe(1)

    const page = await html(ThanksPage({ searchParams: searchOf(location) as never }))
    expect(page).toContain('留言已收到')
    expect(page).toContain(caseNo)
  })

  it('tells a bot filling the honeypot that all went well, and stores nothing', async () => {
    const before = await count()
    const res = await form(message({ homepage: 'http://cheap-pills.example' }), freshIp())
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/feedback/thanks')
    expect(await count()).toBe(before)
    const page = await html(ThanksPage({ searchParams: Promise.resolve({}) }))
    expect(page).not.toMatch(/FK\d{14}/)
  })

  it(`answers 429 in Chinese with Retry-After after ${FORM_LIMIT.capacity} messages from one address; others still get through`, async () => {
    const ip = freshIp()
    // A refused form stored nothing and costs nothing.
    expect((await form(message({ text: '' }), ip)).status).toBe(303)
    for (let i = 0; i < FORM_LIMIT.capacity; i++) {
      const ok = await form(message({ text: `第${i + 1}条：办事大厅空调不制冷，等候区太热` }), ip)
      expect(ok.headers.get('location')).toMatch(/^\/feedback\/thanks\?case=/)
    }
    const before = await count()
    const limited = await form(message(), ip)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await limited.text()).toContain('提交过于频繁')
    expect(await count()).toBe(before)
    const json = await form(message(), ip, { accept: 'application/json' })
    expect(json.status).toBe(429)
    expect(((await json.json()) as any).errors[0].message).toContain('提交过于频繁')
    expect((await form(message(), freshIp())).status).toBe(303)
  })

  it('refuses text over the limit: back to the form with the reason in Chinese and what was typed', async () => {
    const long = '网上办事大厅系统卡顿。'.repeat(201)
    const res = await form(message({ text: long, name: '赵女士' }), freshIp())
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    expect(location).toMatch(/^\/feedback\?draft=[0-9a-f-]{36}&error=text$/)
    expect(location).not.toContain(encodeURIComponent('网上'))
    const page = await html(FeedbackPage({ searchParams: searchOf(location) as never }))
    expect(page).toContain('内容过长（最多 2000 字）')
    expect(page).toContain('赵女士')
    expect(page).toContain(long.slice(0, 40))
    expect(page).toMatch(/<textarea[^>]*aria-invalid="true"/)

    const json = await form(message({ text: long }), freshIp(), { accept: 'application/json' })
    expect(json.status).toBe(413)
    expect(((await json.json()) as any).errors[0]).toMatchObject({ field: 'text' })
  })

  it('asks for the e-mail address when the citizen chose a reply by e-mail, naming the field', async () => {
    const before = await count()
    const res = await form(message({ replyVia: 'email', email: '', name: '孙先生' }), freshIp())
    const location = res.headers.get('location')!
    expect(location).toContain('error=contact.email')
    const page = await html(FeedbackPage({ searchParams: searchOf(location) as never }))
    expect(page).toContain('选择邮件答复时须填写邮箱')
    expect(page).toMatch(/<input[^>]*id="fb-email"[^>]*aria-invalid="true"|<input[^>]*aria-invalid="true"[^>]*id="fb-email"/)
    expect(page).toContain('孙先生')
    expect(page).toMatch(/value="email"[^>]*checked|checked[^>]*value="email"/)
    expect(await count()).toBe(before)

    const json = await form(message({ replyVia: 'email', email: '' }), freshIp(), { accept: 'application/json' })
    expect(json.status).toBe(400)
    expect(((await json.json()) as any).errors[0]).toMatchObject({ field: 'contact.email' })
    const noChoice = await form(message({ replyVia: '' }), freshIp(), { accept: 'application/json' })
    expect(((await noChoice.json()) as any).errors[0]).toMatchObject({ field: 'contact.replyVia' })
  })

  it('shows the form in Chinese with a honeypot, the consent note and a fresh form id; an unknown guide code is dropped', async () => {
    const page = await html(FeedbackPage({ searchParams: Promise.resolve({ guide: 'NO-SUCH-CODE' }) as never }))
    expect(page).toContain('我要留言')
    expect(page).toContain('不需要回复')
    expect(page).toContain('个人信息说明')
    expect(page).toMatch(/name="homepage"[^>]*tabindex="-1"|tabindex="-1"[^>]*name="homepage"/i)
    expect(page).toMatch(/name="formId" value="[0-9a-f-]{36}"/)
    expect(page).not.toContain('name="guide"')
    expect(page).toContain('action="/feedback/submit"')

    const about = await html(FeedbackPage({ searchParams: Promise.resolve({ guide: GUIDE }) as never }))
    expect(about).toContain(`name="guide" value="${GUIDE}"`)
    expect(about).toContain('关于办事事项：<a href="/guides/11370100MB0000105-GG-002">住房公积金提取</a>')
  })
})

describe('页面是否有用 (yes / no on a guide page)', () => {
  const useful = (fields: Record<string, string>, ip = freshIp()) => post(submitUseful, '/feedback/useful', { homepage: '', ...fields }, ip)
  const page = `/guides/${GUIDE}`

  it('renders a form that posts the guide and the page, stores yes and no votes and sends the citizen back to the page', async () => {
    const markup = renderToStaticMarkup(createElement(UsefulForm, { guide: GUIDE, elder: true }))
    expect(markup).toContain('action="/feedback/useful"')
    expect(markup).toContain(`name="guide" value="${GUIDE}"`)
    expect(markup).toContain(`name="page" value="${page}"`)
    expect(markup).toContain('本页内容对您有用吗？')
    expect(markup).toMatch(/<button type="submit" value="yes" name="useful">有用<\/button>/)
    expect(markup).toContain(`/feedback?guide=${GUIDE}&amp;elder=1`)
    expect(renderToStaticMarkup(createElement(UsefulForm, { guide: GUIDE, outcome: 'thanks' }))).toContain('感谢您的反馈')

    const yes = await useful({ useful: 'yes', guide: GUIDE, page })
    expect(yes.status).toBe(303)
    expect(yes.headers.get('location')).toBe(`${page}?useful=thanks#useful`)
    // The form as another page renders it: no `page` field, the trap named `website`.
    const no = await useful({ useful: 'no', guide: GUIDE, website: '', text: '没写清楚需要几份复印件', elder: '1' })
    expect(no.headers.get('location')).toBe(`${page}?useful=thanks&elder=1#useful`)
    const votes = (await hub.payload.find({ collection: 'feedback', where: { kind: { equals: 'useful' } }, overrideAccess: true, depth: 0, sort: 'createdAt' })).docs as Array<Record<string, any>>
    expect(votes.map((v) => [v.useful, v.guideCode, v.pageUrl, v.channel])).toEqual([
      [true, GUIDE, page, 'website'],
      [false, GUIDE, page, 'website'],
    ])
    expect(votes[1].text).toBe('没写清楚需要几份复印件')
    expect(votes[1].guide).toBeTruthy()
  })

  it('sends a vote without a choice back with the reason, ignores bots and never redirects off the site', async () => {
    const before = await count()
    const none = await useful({ guide: GUIDE, page: 'https://evil.example/phish' })
    expect(none.headers.get('location')).toBe(`${page}?useful=error#useful`)
    const bot = await useful({ useful: 'yes', guide: GUIDE, website: 'http://spam.example' })
    expect(bot.headers.get('location')).toBe(`${page}?useful=thanks#useful`)
    const sneaky = await useful({ useful: 'yes', page: '//evil.example/x' })
    expect(sneaky.headers.get('location')).toBe('/?useful=thanks#useful')
    expect(await count()).toBe(before + 1)
  })
})
