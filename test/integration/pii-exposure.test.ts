import { REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { listPublicAnswers, publicAnswer } from '../../src/feedback/answer/publicQa'
import { sendAnswer } from '../../src/feedback/answer/service'
import { maskPii } from '../../src/text/pii'
import { staff } from '../helpers/content'
import { restClient } from '../helpers/http'
import { startTestHub, type TestHub } from '../helpers/hub'

/**
 * Must show (issue #4): no detector's personal data appears unmasked in channel API responses,
 * public pages or exports — one case per detector, each carried through intake (GraphQL), an
 * answer that repeats the number, the app's status query, the public Q&A and the CSV export.
 */
const SAMPLES = {
  phone: '13912345678',
  id_card: '110105199003071239',
  bank_card: '6222021234567890128',
  email: 'zhang.san@example.com',
} as const
const APP_KEY = 'app-pii-test-0123456789abcdef0123456789abcdef01'

let hub: TestHub
let p: Payload
let http: ReturnType<typeof restClient>
let dept: number | string
let official: Awaited<ReturnType<typeof staff>>
let adminJwt = ''
let supervisorJwt = ''

beforeAll(async () => {
  hub = await startTestHub()
  p = hub.payload
  http = restClient(p)
  dept = (await p.create({ collection: 'departments', data: { code: 'GJJZX', name: '示范市住房公积金管理中心' } })).id
  official = await staff(p, 'official@gjj.test', 'official', [dept])
  await staff(p, 'boss@city.test', 'supervisor', [dept])
  await p.create({ collection: 'users', data: { email: 'admin@city.test', password: 'test-password-1', name: 'admin', role: 'admin' } as never })
  await p.create({ collection: 'channels', data: { name: '示范市政务APP', kind: 'app', enabled: true, enableAPIKey: true, apiKey: APP_KEY } as never })
  const login = async (email: string) => `JWT ${(await p.login({ collection: 'users', data: { email, password: 'test-password-1' } })).token}`
  adminJwt = await login('admin@city.test')
  supervisorJwt = await login('boss@city.test')
}, 120_000)
afterAll(async () => hub?.close())

const appAuth = `channels API-Key ${APP_KEY}`

async function rawGet(path: string, auth: string): Promise<{ status: number; text: string }> {
  const url = new URL(`http://localhost/api/${path}`)
  const request = new Request(url, { headers: { authorization: auth } })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const res = await REST_GET(Promise.resolve(p.config) as never)(request, { params: Promise.resolve({ slug }) })
  return { status: res.status, text: await res.text() }
}

describe.each(Object.entries(SAMPLES))('personal data: %s', (kind, value) => {
  let caseNo = ''
  const clientId = `pii-${kind}`
  const masked = maskPii(value)

  beforeAll(async () => {
    expect(masked).not.toBe(value)
    const submitted = await http.graphql(
      'mutation($input: FeedbackInput!) { submitFeedback(input: $input) { caseNo duplicate receivedAt } }',
      { auth: appAuth, variables: { input: { clientId, text: `公积金提取一直没到账，我的信息：${value}，请核实。` } } },
    )
    expect(submitted.body.errors).toBeUndefined()
    expect(JSON.stringify(submitted.body)).not.toContain(value)
    caseNo = submitted.body.data.submitFeedback.caseNo
    const doc = (await p.find({ collection: 'feedback', where: { caseNo: { equals: caseNo } }, overrideAccess: true })).docs[0]
    await p.update({ collection: 'feedback', id: doc.id, data: { department: dept, status: 'assigned' } as never, overrideAccess: true, context: { feedbackSystem: true } })
    // The official's answer repeats the number; it must be stored and shown masked.
    const response = await p.create({
      collection: 'responses',
      data: { feedback: doc.id, body: `您好，已根据您提供的 ${value} 核实，款项将于三个工作日内到账。`, public: true } as never,
      user: official as never,
      overrideAccess: false,
    })
    const sent = await sendAnswer(p, response.id, { user: official as never })
    expect(sent.outcome).toBe('sent')
  })

  it('is masked in the channel API (the app asking for the case status)', async () => {
    const res = await http.graphql(
      'query($c: String!, $id: String) { feedbackStatus(caseNo: $c, clientId: $id) { caseNo statusLabel answer } }',
      { auth: appAuth, variables: { c: caseNo, id: clientId } },
    )
    expect(res.body.errors).toBeUndefined()
    const text = JSON.stringify(res.body)
    expect(text).toContain(masked)
    expect(text).not.toContain(value)
  })

  it('is masked on the public Q&A pages', async () => {
    const one = JSON.stringify(await publicAnswer(p, caseNo))
    expect(one).toContain(masked)
    expect(one).not.toContain(value)
    expect(JSON.stringify(await listPublicAnswers(p))).not.toContain(value)
  })

  it('is masked in the CSV export, even for an admin', async () => {
    const csv = await rawGet('feedback/export/csv', adminJwt)
    expect(csv.status).toBe(200)
    expect(csv.text).toContain(caseNo)
    expect(csv.text).not.toContain(value)
  })

  it('is masked in staff lists for everyone but the routed department\'s officials and admins', async () => {
    const list = await rawGet(`feedback?where[caseNo][equals]=${caseNo}&depth=0`, supervisorJwt)
    expect(list.status).toBe(200)
    expect(list.text).toContain(caseNo)
    expect(list.text).not.toContain(value)
    // The routed official reads the original (needed to call back).
    const officialJwt = `JWT ${(await p.login({ collection: 'users', data: { email: 'official@gjj.test', password: 'test-password-1' } })).token}`
    const own = await rawGet(`feedback?where[caseNo][equals]=${caseNo}&depth=0`, officialJwt)
    expect(own.text).toContain(value)
  })
})
