import MailComposer from 'nodemailer/lib/mail-composer'
import type Mail from 'nodemailer/lib/mailer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { POST } from '../../src/app/(payload)/api/feedback/email/route'
import { stripQuoted } from '../../src/feedback/intake/quotes'
import { startTestHub, type TestHub } from '../helpers/hub'

const TOKEN = 'mail-gateway-test-token-0123456789'
let hub: TestHub
let savedToken: string | undefined

beforeAll(async () => {
  savedToken = process.env.MAIL_GATEWAY_TOKEN
  process.env.MAIL_GATEWAY_TOKEN = TOKEN
  hub = await startTestHub()
})
afterAll(async () => {
  if (savedToken === undefined) delete process.env.MAIL_GATEWAY_TOKEN
  else process.env.MAIL_GATEWAY_TOKEN = savedToken
  await hub?.close()
})

/** A real RFC 822 message, as a mail client would have sent it. */
const raw = (mail: Mail.Options): Promise<Buffer> =>
  new MailComposer({ to: '12345@zwfw.example.cn', ...mail }).compile().build()

async function deliver(body: Buffer | string, o: { auth?: string | null; type?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': o.type ?? 'message/rfc822' }
  if (o.auth !== null) headers.authorization = o.auth ?? `Bearer ${TOKEN}`
  const res = await POST(new Request('http://localhost/api/feedback/email', { method: 'POST', headers, body: typeof body === 'string' ? body : new Uint8Array(body) }))
  return { status: res.status, body: (await res.json()) as Record<string, any> }
}

const find = async (where: Record<string, unknown>) =>
  (await hub.payload.find({ collection: 'feedback', where: where as never, overrideAccess: true, depth: 0, pagination: false })).docs as Array<Record<string, any>>
const count = async () => (await hub.payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs

describe('inbound e-mail (POST /api/feedback/email, raw RFC 822)', () => {
  it('refuses a gateway without the token (401) and stores nothing', async () => {
    const mail = await raw({ from: '张三 <zhangsan@mail.citizen.test>', subject: '咨询', text: '没有令牌', messageId: '<no-token@mail.citizen.test>' })
    const before = await count()
    const none = await deliver(mail, { auth: null })
    expect(none.status).toBe(401)
    expect(none.body.errors[0]).toMatchObject({ field: 'authorization' })
    expect((await deliver(mail, { auth: 'Bearer wrong-token' })).status).toBe(401)
    expect(await count()).toBe(before)
  })

  it('stores a message: sender as contact, subject and Message-ID as the thread, attachments described without their bytes', async () => {
    const pdf = Buffer.from('%PDF-1.4 test document')
    const mail = await raw({
      from: '"王 小明" <wangxm@mail.citizen.test>',
      subject: '公积金提取材料咨询',
      messageId: '<first.20261126@mail.citizen.test>',
      text: '您好：\n我想提取住房公积金用于租房，需要准备哪些材料？\n\n-- \n王小明\n手机 13853104467',
      attachments: [
        { filename: '租房合同.pdf', content: pdf, contentType: 'application/pdf' },
        { filename: '收据.jpg', content: Buffer.alloc(3000, 1), contentType: 'image/jpeg' },
      ],
    })
    const res = await deliver(mail)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ duplicate: false })
    expect(res.body.caseNo).toMatch(/^FK\d{14}$/)
    const [doc] = await find({ caseNo: { equals: res.body.caseNo } })
    expect(doc).toMatchObject({ channel: 'email', kind: 'message', clientId: '<first.20261126@mail.citizen.test>' })
    expect(doc.contact).toMatchObject({ email: 'wangxm@mail.citizen.test', name: '王 小明', replyVia: 'email' })
    expect(doc.thread).toMatchObject({ subject: '公积金提取材料咨询', messageId: '<first.20261126@mail.citizen.test>' })
    expect(doc.text).toBe('您好：\n我想提取住房公积金用于租房，需要准备哪些材料？')
    expect(doc.attachments.map((a: any) => [a.type, a.filename, a.contentType, a.size])).toEqual([
      ['file', '租房合同.pdf', 'application/pdf', pdf.length],
      ['image', '收据.jpg', 'image/jpeg', 3000],
    ])
    expect(doc.attachments.every((a: any) => !a.url)).toBe(true)
  })

  it('stores the same Message-ID once, however often the gateway posts it', async () => {
    const mail = await raw({ from: 'li@mail.citizen.test', subject: '社保卡', messageId: '<twice@mail.citizen.test>', text: '社保卡丢了怎么补办？' })
    const first = await deliver(mail)
    const second = await deliver(mail)
    expect(first.status).toBe(201)
    expect(second.status).toBe(200)
    expect(second.body).toMatchObject({ caseNo: first.body.caseNo, duplicate: true })
    expect(await find({ clientId: { equals: '<twice@mail.citizen.test>' } })).toHaveLength(1)
  })

  it('hangs a reply (In-Reply-To) under the first case of the thread, with the quoted original removed', async () => {
    const first = await deliver(await raw({ from: 'chen@mail.citizen.test', subject: '营业执照变更', messageId: '<t1@mail.citizen.test>', text: '营业执照变更地址要带什么？' }))
    const reply = await raw({
      from: 'chen@mail.citizen.test',
      subject: 'Re: 营业执照变更',
      messageId: '<t2@mail.citizen.test>',
      inReplyTo: '<t1@mail.citizen.test>',
      references: ['<t1@mail.citizen.test>'],
      text: '补充一下：新地址在历下区。\n\n在 2026年11月26日 10:00，chen@mail.citizen.test 写道：\n> 营业执照变更地址要带什么？\n',
    })
    const second = await deliver(reply)
    // A third mail in the thread names only References: it still lands under the first case.
    const third = await deliver(await raw({ from: 'chen@mail.citizen.test', subject: 'Re: Re: 营业执照变更', messageId: '<t3@mail.citizen.test>', references: ['<t1@mail.citizen.test>', '<t2@mail.citizen.test>'], text: '> 旧内容\n再问一句，能网上办吗？' }))
    expect([second.status, third.status]).toEqual([201, 201])
    const [root] = await find({ caseNo: { equals: first.body.caseNo } })
    const [follow] = await find({ caseNo: { equals: second.body.caseNo } })
    const [last] = await find({ caseNo: { equals: third.body.caseNo } })
    expect(String(follow.thread.parent)).toBe(String(root.id))
    expect(follow.thread.inReplyTo).toBe('<t1@mail.citizen.test>')
    expect(follow.text).toBe('补充一下：新地址在历下区。')
    expect(String(last.thread.parent)).toBe(String(root.id))
    expect(last.text).toBe('再问一句，能网上办吗？')
  })

  it('reads an HTML-only message as text', async () => {
    const res = await deliver(await raw({ from: 'zhou@mail.citizen.test', subject: '预约', messageId: '<html@mail.citizen.test>', html: '<p>出入境<b>预约</b>系统打不开</p><blockquote>旧邮件</blockquote>' }))
    expect(res.status).toBe(201)
    const [doc] = await find({ caseNo: { equals: res.body.caseNo } })
    expect(doc.text).toContain('出入境预约系统打不开')
  })

  it('ignores auto-replies (202) and refuses an empty message, other content types and oversized bodies', async () => {
    const before = await count()
    const ooo = await raw({ from: 'away@mail.citizen.test', subject: '自动回复：您的诉求已答复', messageId: '<ooo@mail.citizen.test>', text: '我正在休假。', headers: { 'Auto-Submitted': 'auto-replied' } })
    expect(await deliver(ooo)).toEqual({ status: 202, body: { ignored: 'auto-submitted' } })
    const quotedOnly = await raw({ from: 'q@mail.citizen.test', subject: 'Re: x', messageId: '<quoted-only@mail.citizen.test>', text: '> 只有引用' })
    const empty = await deliver(quotedOnly)
    expect(empty.status).toBe(400)
    expect(empty.body.errors[0]).toMatchObject({ field: 'text' })
    expect((await deliver('{"text":"不是邮件"}', { type: 'application/json' })).status).toBe(415)
    const huge = await deliver(Buffer.alloc(10 * 1024 * 1024 + 1, 0x61))
    expect(huge.status).toBe(413)
    expect(huge.body.errors[0].message).toContain('内容过大')
    expect(await count()).toBe(before)
  })
})

describe('stripQuoted', () => {
  it('keeps the citizen’s words and drops Outlook, Gmail and QQ quoting', () => {
    expect(stripQuoted('好的，谢谢。\n\n________________________________\n发件人: 政务服务中心 <omnihub@zwfw.example.cn>\n发送时间: 2026年11月26日 9:00\n主题: 答复')).toBe('好的，谢谢。')
    expect(stripQuoted('Thanks\n\nOn Wed, Nov 26, 2026 at 9:00 AM 政务服务中心 <omnihub@zwfw.example.cn>\nwrote:\n> old')).toBe('Thanks')
    expect(stripQuoted('收到\n------------------ 原始邮件 ------------------\n发件人: x')).toBe('收到')
    expect(stripQuoted('> 问题一\n回答一\n> 问题二\n回答二')).toBe('回答一\n回答二')
  })
})
