import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { main } from '../../src/cli/index'
import { decodeFile, FeedbackFileError, importFeedbackText } from '../../src/feedback/intake/hotline'
import { department, guideData } from '../helpers/content'
import { startTestHub, type TestHub } from '../helpers/hub'

const GUIDE = '11370100MB0000105-GG-002'
let hub: TestHub
let dir: string

beforeAll(async () => {
  hub = await startTestHub()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'omnihub-hotline-'))
  const dept = await department(hub.payload, 'GJJZX', '示范市住房公积金管理中心')
  await hub.payload.create({ collection: 'service-guides', data: guideData(dept.id, { code: GUIDE, itemType: 'public_service', title: '住房公积金提取' }) as never })
})
afterAll(async () => {
  await hub?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const find = async (where: Record<string, unknown>) =>
  (await hub.payload.find({ collection: 'feedback', where: where as never, overrideAccess: true, depth: 0, pagination: false, sort: 'clientId' })).docs as Array<Record<string, any>>

function sink() {
  let text = ''
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk)
      done()
    },
  })
  return { stream, text: () => text }
}

/** `npm run hub -- import-feedback …` in this process, on this hub's database. */
async function cli(...args: string[]) {
  const out = sink()
  const err = sink()
  const code = await main(['import-feedback', ...args], { payload: async () => hub.payload, stdout: out.stream, stderr: err.stream })
  return { code, stdout: out.text(), stderr: err.text() }
}

const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name)
  fs.writeFileSync(file, content)
  return file
}

// 12345 export as the platform writes it: BOM, CRLF, Chinese headers, a quoted multi-line content.
const WORK_ORDERS = [
  '\uFEFF工单编号,来电时间,来电人,联系电话,诉求内容,诉求类型',
  '12345-2026-0001,2026-11-09 10:22:40,刘女士,13912345678,市民来电咨询：公积金提取要多久到账？,咨询',
  '12345-2026-0002,2026-13-40 10:00,王先生,13800000000,来电反映窗口人员态度差,投诉',
  '12345-2026-0003,2026/11/9 14:05,,,"来电反映：',
  '社保卡补办后一直没有寄到，物流不更新",投诉',
  '12345-2026-0004,2026-11-09 15:00,赵先生,13700000000,,建议',
  '12345-2026-0005,2026-11-09 16:30,孙女士,138****1234,小区门口路灯坏了一个月没人修,投诉',
].join('\r\n')

describe('12345 work orders (CSV)', () => {
  it('stores the good lines, reports each bad one with line number, field and reason; a rerun stores nothing new', async () => {
    const file = write('12345-2026-11.csv', WORK_ORDERS)
    const first = await cli(file)
    expect(first.code).toBe(1)
    expect(first.stdout).toContain('新建 created 3，重复 duplicate 0，失败 failed 2')
    expect(first.stderr).toMatch(/第3行 line 3 \[receivedAt\] 时间格式不正确：2026-13-40 10:00/)
    expect(first.stderr).toMatch(/第6行 line 6 \[text\] 请填写诉求内容/)
    expect(first.stderr).toContain('诉求类型列未保存')

    const docs = await find({ channel: { equals: 'hotline' } })
    expect(docs.map((d) => d.clientId)).toEqual(['12345-2026-0001', '12345-2026-0003', '12345-2026-0005'])
    expect(docs[0]).toMatchObject({ kind: 'message', receivedAt: '2026-11-09T02:22:40.000Z', text: '市民来电咨询：公积金提取要多久到账？' })
    expect(docs[0].contact).toMatchObject({ name: '刘女士', phone: '13912345678', replyVia: 'phone' })
    expect(docs[1].text).toBe('来电反映：\n社保卡补办后一直没有寄到，物流不更新')
    expect(docs[1].receivedAt).toBe('2026-11-09T06:05:00.000Z')
    // A masked number cannot be called back: the name stays, the phone does not.
    expect(docs[2].contact).toMatchObject({ name: '孙女士', phone: null, replyVia: 'none' })

    const again = await cli(file)
    expect(again.stdout).toContain('新建 created 0，重复 duplicate 3，失败 failed 2')
    expect(await find({ channel: { equals: 'hotline' } })).toHaveLength(3)
  })

  it('reads English headers, GBK files, 好差评 ratings by label, and refuses a file without the required columns', async () => {
    // "你好" in GBK, as Excel on a Chinese Windows saves CSV.
    const gbk = Buffer.concat([Buffer.from('orderNo,receivedAt,phone,text,guideCode,rating\nEN-1,2026-11-10T09:00:00+08:00,,'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3]), Buffer.from(`,${GUIDE},5\n`)])
    expect(decodeFile(gbk)).toContain('你好')
    const res = await cli(write('english.csv', gbk))
    expect(res.stderr).toBe("")
    expect(res.code).toBe(0)
    const [doc] = await find({ clientId: { equals: 'EN-1' } })
    expect(doc).toMatchObject({ channel: 'hotline', kind: 'rating', rating: 5, guideCode: GUIDE, text: '你好' })
    const labelled = await cli(write('labels.csv', `orderNo,receivedAt,text,guideCode,rating\nEN-2,2026-11-10 09:30,等了两个小时,${GUIDE},不满意\n`))
    expect(labelled.code).toBe(0)
    expect((await find({ clientId: { equals: 'EN-2' } }))[0]).toMatchObject({ kind: 'rating', rating: 2 })

    await expect(importFeedbackText(hub.payload, '编号,内容\n1,x\n', 'csv')).rejects.toBeInstanceOf(FeedbackFileError)
    const missing = await cli(write('wrong-columns.csv', '编号,内容\n1,x\n'))
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('缺少必需的列')
    expect((await cli(write('notes.txt', 'x'))).code).toBe(2)
  })
})

describe('JSONL feedback (id, channel, receivedAt, text, rating; labels ignored)', () => {
  it('stores each valid line under its channel, reports the rest, and dedups on rerun', async () => {
    const lines = [
      { id: 'jl-001', channel: 'kiosk', receivedAt: '2026-11-09T09:41:12+08:00', text: 'B区3号窗口的小姑娘很耐心，一次就办好了', rating: 5, labels: { sentiment: 'positive', department: 'SCJGJ' } },
      { id: 'jl-002', channel: 'hotline', receivedAt: '2026-11-09T10:22:40+08:00', text: '市民来电咨询：公积金提取要多久到账？', rating: null, labels: {} },
      { id: 'jl-003', channel: 'weibo', receivedAt: '2026-11-09T11:00:00+08:00', text: '微博留言', rating: null },
      { id: 'jl-004', channel: 'kiosk', receivedAt: '2026-11-09T12:00:00+08:00', rating: 9, guideCode: GUIDE },
      { id: 'jl-005', channel: 'app', receivedAt: '2026-11-09T12:30:00+08:00', rating: 1, guideCode: GUIDE },
    ].map((o) => JSON.stringify(o))
    const content = [lines[0], lines[1], '{"id": "jl-bad", "channel": ', lines[2], '', lines[3], lines[4]].join('\n')
    const report = await importFeedbackText(hub.payload, content, 'jsonl')
    expect({ created: report.created, duplicate: report.duplicate, failed: report.failed }).toEqual({ created: 3, duplicate: 0, failed: 3 })
    expect(report.errors.map((e) => [e.line, e.field])).toEqual([
      [3, '(json)'],
      [4, 'channel'],
      [6, 'rating'],
    ])
    const docs = await find({ clientId: { in: ['jl-001', 'jl-002', 'jl-005'] } })
    expect(docs.map((d) => [d.clientId, d.channel, d.kind, d.rating ?? null])).toEqual([
      // A rated text without a service is a message that keeps its score.
      ['jl-001', 'kiosk', 'message', 5],
      ['jl-002', 'hotline', 'message', null],
      ['jl-005', 'app', 'rating', 1],
    ])
    expect(docs[0].receivedAt).toBe('2026-11-09T01:41:12.000Z')
    expect(JSON.stringify(docs[0])).not.toContain('SCJGJ')

    const file = write('feedback.jsonl', content)
    const rerun = await cli(file)
    expect(rerun.code).toBe(1)
    expect(rerun.stdout).toContain('新建 created 0，重复 duplicate 3，失败 failed 3')
  })
})
