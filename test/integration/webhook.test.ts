import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhook } from '../../channels/shared/webhook'
import { drainOutbox } from '../../src/publishing/outbox/worker'
import { department, guideData } from '../helpers/content'
import { startTestHub, type TestHub } from '../helpers/hub'

const SECRET = 'app-backend-shared-secret'
let hub: TestHub
let receiver: http.Server
let url = ''
const received: Array<{ ok: boolean; body: string; headers: http.IncomingHttpHeaders }> = []

/** The app's backend: refuses anything whose signature does not verify. */
beforeAll(async () => {
  receiver = http.createServer(async (req, res) => {
    let body = ''
    for await (const c of req) body += c
    const ok = verifyWebhook(SECRET, String(req.headers[TIMESTAMP_HEADER] ?? ''), body, String(req.headers[SIGNATURE_HEADER] ?? ''))
    received.push({ ok, body, headers: req.headers })
    res.writeHead(ok ? 204 : 401).end()
  })
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/omnihub`
  hub = await startTestHub()
  await hub.payload.create({ collection: 'channels', data: { name: '示范政务APP', kind: 'app', webhook: { url, secretInput: SECRET } } as never })
})
afterAll(async () => {
  await hub?.close()
  await new Promise<void>((r) => receiver.close(() => r()))
})

describe('signed "content changed" webhook to the app backend', () => {
  it('is signed with HMAC-SHA256 over timestamp and body; a tampered or replayed copy is refused', async () => {
    const dept = (await department(hub.payload, 'TYJ', '示范市体育局')).id
    const guide = await hub.payload.create({
      collection: 'service-guides',
      data: guideData(dept, { code: '11370100MB0000112-GG-001', itemType: 'public_service', _status: 'published' }) as never,
      context: { workflow: { action: 'import' } },
    })
    await drainOutbox(hub.payload)
    expect(received).toHaveLength(1)
    expect(received[0].ok).toBe(true)
    expect(JSON.parse(received[0].body)).toMatchObject({ event: 'content.changed', key: guide.code, action: 'upsert' })
    const delivery = (await hub.payload.find({ collection: 'deliveries', where: { docId: { equals: String(guide.id) } } })).docs[0]
    expect(delivery.status).toBe('delivered')

    const { headers, body } = received[0]
    const send = (h: Record<string, string>, b: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...h }, body: b })
    const tampered = await send({ [SIGNATURE_HEADER]: String(headers[SIGNATURE_HEADER]), [TIMESTAMP_HEADER]: String(headers[TIMESTAMP_HEADER]) }, body.replace('upsert', 'tombstone'))
    expect(tampered.status).toBe(401)
    const wrongKey = await send({ [SIGNATURE_HEADER]: 'sha256=' + '0'.repeat(64), [TIMESTAMP_HEADER]: String(headers[TIMESTAMP_HEADER]) }, body)
    expect(wrongKey.status).toBe(401)
    const stale = String(Number(headers[TIMESTAMP_HEADER]) - 3600)
    expect(verifyWebhook(SECRET, stale, body, String(headers[SIGNATURE_HEADER]))).toBe(false)
  })

  it('a backend that refuses (5xx) gets retried; the feed entry is written once', async () => {
    const failing = http.createServer((_req, res) => res.writeHead(503).end())
    await new Promise<void>((r) => failing.listen(0, '127.0.0.1', r))
    const { docs } = await hub.payload.find({ collection: 'channels', where: { kind: { equals: 'app' } } })
    await hub.payload.update({ collection: 'channels', id: docs[0].id, data: { webhook: { url: `http://127.0.0.1:${(failing.address() as AddressInfo).port}/x` } } as never })
    const dept = (await hub.payload.find({ collection: 'departments' })).docs[0].id
    const guide = await hub.payload.create({
      collection: 'service-guides',
      data: guideData(dept, { code: '11370100MB0000112-GG-002', itemType: 'public_service', _status: 'published' }) as never,
      context: { workflow: { action: 'import' } },
    })
    await drainOutbox(hub.payload)
    await drainOutbox(hub.payload, new Date(Date.now() + 3_600_000))
    const d = (await hub.payload.find({ collection: 'deliveries', where: { docId: { equals: String(guide.id) } } })).docs[0]
    expect(d.status).toBe('failed')
    expect(Number(d.attempts)).toBe(2)
    const entries = await hub.payload.find({ collection: 'channel-feed', where: { key: { equals: guide.code } } })
    expect(entries.totalDocs).toBe(1)
    await new Promise<void>((r) => failing.close(() => r()))
  })
})
