import { randomUUID } from 'node:crypto'
import { ClientError, GraphQLClient, gql } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { department, guideData } from '../helpers/content'
import { restClient } from '../helpers/http'
import { startTestHub, type TestHub } from '../helpers/hub'
import { serveGraphQL } from '../helpers/loopback'

const APP_KEY = 'app-intake-test-0123456789abcdef0123456789abcdef'
const KIOSK_KEY = 'kiosk-intake-test-0123456789abcdef0123456789abc'
const WECHAT_KEY = 'wechat-intake-test-0123456789abcdef0123456789ab'
const OFF_KEY = 'kiosk-off-intake-test-0123456789abcdef012345678'
const GUIDE = '11370100MB0000105-GG-002'

let hub: TestHub
let http: ReturnType<typeof restClient>
let server: Awaited<ReturnType<typeof serveGraphQL>>
const channelIds: Record<string, number | string> = {}

beforeAll(async () => {
  hub = await startTestHub()
  http = restClient(hub.payload)
  server = await serveGraphQL(hub.payload)
  const dept = await department(hub.payload, 'GJJZX', '示范市住房公积金管理中心')
  await hub.payload.create({ collection: 'service-guides', data: guideData(dept.id, { code: GUIDE, itemType: 'public_service', title: '住房公积金提取' }) as never })
  const channel = async (name: string, kind: string, apiKey: string, enabled = true) =>
    (channelIds[name] = (await hub.payload.create({ collection: 'channels', data: { name, kind, enabled, enableAPIKey: true, apiKey } as never })).id)
  await channel('app', 'app', APP_KEY)
  await channel('kiosk', 'kiosk', KIOSK_KEY)
  await channel('wechat', 'wechat', WECHAT_KEY)
  await channel('off', 'kiosk', OFF_KEY, false)
})
afterAll(async () => {
  await server?.close()
  await hub?.close()
})

const SUBMIT = gql`
  mutation ($input: FeedbackInput!) {
    submitFeedback(input: $input) {
      caseNo
      duplicate
      receivedAt
    }
  }
`
const BATCH = gql`
  mutation ($items: [FeedbackInput!]!) {
    submitFeedbackBatch(items: $items) {
      index
      clientId
      status
      caseNo
      field
      message
      code
    }
  }
`

const stored = async (where: Record<string, unknown>) =>
  (await hub.payload.find({ collection: 'feedback', where: where as never, overrideAccess: true, depth: 0, pagination: false })).docs as Array<Record<string, any>>

const errorOf = (body: { errors?: Array<{ message: string; extensions?: Record<string, any> }> }) => {
  expect(body.errors?.length).toBe(1)
  const e = body.errors![0]
  return { message: e.message, status: e.extensions?.statusCode as number, field: e.extensions?.data?.field as string | undefined }
}

describe('submitFeedback (app and kiosk clients, API key)', () => {
  it('stores an app message over real HTTP and answers with the receipt only; a resend stores nothing', async () => {
    const client = new GraphQLClient(server.url, { headers: { authorization: `channels API-Key ${APP_KEY}` } })
    const clientId = randomUUID()
    const input = {
      clientId,
      text: '公积金提取审核要多久？我的手机13853104467一直没收到短信',
      contact: { name: '王女士', phone: '13853104467', replyVia: 'phone' },
      attachments: [{ type: 'image', url: 'https://app.example.cn/u/1.jpg', contentType: 'image/jpeg', size: 2048 }],
    }
    const first = await client.request<{ submitFeedback: Record<string, any> }>(SUBMIT, { input })
    expect(Object.keys(first.submitFeedback).sort()).toEqual(['caseNo', 'duplicate', 'receivedAt'])
    expect(first.submitFeedback.caseNo).toMatch(/^FK\d{14}$/)
    expect(first.submitFeedback.duplicate).toBe(false)
    const again = await client.request<{ submitFeedback: Record<string, any> }>(SUBMIT, { input })
    expect(again.submitFeedback).toEqual({ ...first.submitFeedback, duplicate: true })

    const docs = await stored({ clientId: { equals: clientId } })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ channel: 'app', kind: 'message', caseNo: first.submitFeedback.caseNo, status: 'new' })
    expect(String(docs[0].sourceChannel)).toBe(String(channelIds.app))
    expect(docs[0].contact).toMatchObject({ phone: '13853104467', replyVia: 'phone' })
    expect(docs[0].maskedText).toContain('138****4467')
    expect(docs[0].attachments[0]).toMatchObject({ type: 'image', url: 'https://app.example.cn/u/1.jpg', size: 2048 })
  })

  it('takes a 好差评 rating from a kiosk: kind rating, 1..5, tied to its guide', async () => {
    const res = await http.graphql(SUBMIT, { auth: `channels API-Key ${KIOSK_KEY}`, variables: { input: { clientId: randomUUID(), kind: 'rating', rating: 2, guideCode: GUIDE, contact: { name: '刘大爷' } } } })
    expect(res.body.errors).toBeUndefined()
    const [doc] = await stored({ caseNo: { equals: res.body.data.submitFeedback.caseNo } })
    expect(doc).toMatchObject({ channel: 'kiosk', kind: 'rating', rating: 2, guideCode: GUIDE })
    expect(doc.guide).toBeTruthy()
    // No reply route named: answered on the channel it came from (the kiosk pulls feedbackStatus).
    expect(doc.contact).toMatchObject({ name: '刘大爷', replyVia: 'channel' })
  })

  it('refuses rating 7 with a bilingual message naming the field, and stores nothing', async () => {
    const clientId = randomUUID()
    const res = await http.graphql(SUBMIT, { auth: `channels API-Key ${KIOSK_KEY}`, variables: { input: { clientId, kind: 'rating', rating: 7, guideCode: GUIDE } } })
    const e = errorOf(res.body)
    expect(e).toMatchObject({ status: 400, field: 'rating' })
    expect(e.message).toContain('评价等级须为 1 至 5 的整数')
    expect(e.message).toContain('rating must be an integer from 1 to 5')
    const noGuide = errorOf((await http.graphql(SUBMIT, { auth: `channels API-Key ${KIOSK_KEY}`, variables: { input: { kind: 'rating', rating: 5 } } })).body)
    expect(noGuide).toMatchObject({ status: 400, field: 'guideCode' })
    const badKind = errorOf((await http.graphql(SUBMIT, { auth: `channels API-Key ${APP_KEY}`, variables: { input: { kind: 'praise', text: '好' } } })).body)
    expect(badKind).toMatchObject({ status: 400, field: 'kind' })
    expect(await stored({ clientId: { equals: clientId } })).toHaveLength(0)
  })

  it('refuses callers without a feedback-capable channel key: anonymous 401, WeChat and disabled 403', async () => {
    const input = { clientId: randomUUID(), text: '没有密钥的提交' }
    const anonymous = new GraphQLClient(server.url)
    const err = await anonymous.request(SUBMIT, { input }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ClientError)
    expect((err as ClientError).response.errors?.[0].extensions?.statusCode).toBe(401)
    expect(errorOf((await http.graphql(SUBMIT, { auth: `channels API-Key ${WECHAT_KEY}`, variables: { input } })).body)).toMatchObject({ status: 403, field: 'channel' })
    expect(errorOf((await http.graphql(SUBMIT, { auth: `channels API-Key ${OFF_KEY}`, variables: { input } })).body).status).toBe(403)
    expect(await stored({ clientId: { equals: input.clientId } })).toHaveLength(0)
  })
})

describe('submitFeedbackBatch (kiosk offline queue)', () => {
  it('stores each UUID once, answers every item on its own, and a bad item loses none of the others', async () => {
    const [u1, u2, u3, u4] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()]
    const queuedAt = new Date(Date.now() - 3 * 3600_000).toISOString()
    const items = [
      { clientId: u1, text: '自助终端打印社保证明时卡纸了', receivedAt: queuedAt },
      { clientId: u2, kind: 'rating', rating: 5, guideCode: GUIDE, receivedAt: queuedAt },
      { clientId: u1, text: '自助终端打印社保证明时卡纸了', receivedAt: queuedAt },
      { clientId: u3, kind: 'rating', rating: 7, guideCode: GUIDE },
      { text: '没有编号的离线留言' },
      { clientId: u4, kind: 'useful', useful: false, guideCode: GUIDE, text: '材料清单看不懂' },
    ]
    const client = new GraphQLClient(server.url, { headers: { authorization: `channels API-Key ${KIOSK_KEY}` } })
    const { submitFeedbackBatch: results } = await client.request<{ submitFeedbackBatch: Array<Record<string, any>> }>(BATCH, { items })
    expect(results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'duplicate', 'error', 'error', 'accepted'])
    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5])
    expect(results[2].caseNo).toBe(results[0].caseNo)
    expect(results[3]).toMatchObject({ clientId: u3, field: 'rating', code: 400, caseNo: null })
    expect(results[3].message).toContain('评价等级')
    expect(results[4]).toMatchObject({ field: 'clientId', code: 400 })

    const mine = await stored({ clientId: { in: [u1, u2, u3, u4] } })
    expect(mine.map((d) => d.clientId).sort()).toEqual([u1, u2, u4].sort())
    expect(mine.every((d) => d.channel === 'kiosk')).toBe(true)
    // The offline time is kept: SLA deadlines run from when the citizen pressed 提交.
    expect(mine.find((d) => d.clientId === u1)!.receivedAt).toBe(queuedAt)

    // The kiosk resends its whole queue after a timeout: nothing new is stored.
    const resent = await client.request<{ submitFeedbackBatch: Array<Record<string, any>> }>(BATCH, { items })
    expect(resent.submitFeedbackBatch.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate', 'error', 'error', 'duplicate'])
    expect(await stored({ clientId: { in: [u1, u2, u3, u4] } })).toHaveLength(3)
  })

  it('keeps two kiosks apart: the same UUID from another channel record is its own item', async () => {
    const other = 'kiosk-second-intake-test-0123456789abcdef012345'
    await hub.payload.create({ collection: 'channels', data: { name: '二号终端', kind: 'kiosk', enableAPIKey: true, apiKey: other } as never })
    const clientId = randomUUID()
    const send = (key: string) => http.graphql(BATCH, { auth: `channels API-Key ${key}`, variables: { items: [{ clientId, text: '排队叫号屏不显示号码' }] } })
    expect((await send(KIOSK_KEY)).body.data.submitFeedbackBatch[0].status).toBe('accepted')
    expect((await send(other)).body.data.submitFeedbackBatch[0].status).toBe('accepted')
    expect(await stored({ clientId: { equals: clientId } })).toHaveLength(2)
  })

  it('refuses a batch above the limit as a whole, with the field', async () => {
    const items = Array.from({ length: 101 }, () => ({ clientId: randomUUID(), text: '批量' }))
    expect(errorOf((await http.graphql(BATCH, { auth: `channels API-Key ${KIOSK_KEY}`, variables: { items } })).body)).toMatchObject({ status: 413, field: 'items' })
  })
})

describe('a channel key reads no feedback', () => {
  it('gets no feedback through the collection GraphQL queries or REST', async () => {
    const kiosk = `channels API-Key ${KIOSK_KEY}`
    const [doc] = await stored({ channel: { equals: 'kiosk' } })
    const queries = (await http.graphql('{ __schema { queryType { fields { name } } } }', { auth: kiosk })).body.data.__schema.queryType.fields.map((f: { name: string }) => f.name)
    const list = queries.find((n: string) => /^(all)?Feedbacks?$/.test(n) && n !== 'Feedback')
    expect(list).toBeTruthy()
    const many = await http.graphql(`{ ${list} { docs { id maskedText } } }`, { auth: kiosk })
    expect(many.body.data?.[list]?.docs ?? []).toEqual([])
    expect((many.body.errors?.[0] as { extensions?: { statusCode?: number } } | undefined)?.extensions?.statusCode).toBe(403)
    const one = await http.graphql(`query($id: Int!) { Feedback(id: $id) { id maskedText text } }`, { auth: kiosk, variables: { id: Number(doc.id) } })
    expect(one.body.data?.Feedback ?? null).toBeNull()
    expect(one.body.errors?.length).toBeGreaterThan(0)

    expect((await http.rest('GET', 'feedback', { auth: kiosk })).status).toBe(403)
    const byId = await http.rest('GET', `feedback/${doc.id}`, { auth: kiosk })
    expect([403, 404]).toContain(byId.status)
    expect(JSON.stringify(byId.body)).not.toContain(doc.caseNo)
    expect((await http.rest('GET', 'feedback')).status).toBe(403)
  })
})
