import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { main } from '../../src/cli/index'
import { exportRecords, importFiles, importRecords, readInterchangeFiles } from '../../src/interchange'
import { startTestHub, type TestHub } from '../helpers/hub'

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/interchange')
const fixture = (name: string) => path.join(FIXTURES, name)
const load = (name: string) => JSON.parse(fs.readFileSync(fixture(name), 'utf8')) as unknown[]
const STANDARD = ['departments.json', 'guides.json', 'notices.json'].map(fixture)

let hub: TestHub
let tmp: string
beforeAll(async () => {
  hub = await startTestHub()
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'omnihub-interchange-'))
})
afterAll(async () => {
  await hub?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

const count = async (collection: 'departments' | 'service-guides' | 'notices') =>
  (await hub.payload.count({ collection })).totalDocs

const one = async (collection: 'service-guides' | 'notices', field: string, value: string) =>
  (await hub.payload.find({ collection, where: { [field]: { equals: value } }, depth: 0, limit: 1 })).docs[0] as Record<string, any>

function capture() {
  let text = ''
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += chunk.toString()
      done()
    },
  })
  return { stream, text: () => text }
}

async function cli(args: string[]) {
  const out = capture()
  const err = capture()
  const code = await main(args, { payload: async () => hub.payload, stdout: out.stream, stderr: err.stream })
  return { code, stdout: out.text(), stderr: err.text() }
}

describe('interchange import and export', () => {
  it('imports departments, guides and notices as published editions', async () => {
    const report = await importRecords(hub.payload, {
      departments: load('departments.json'),
      guides: load('guides.json'),
      notices: load('notices.json'),
    })
    expect(report.errors).toEqual([])
    expect(report.departments).toMatchObject({ created: 3, updated: 0, failed: 0 })
    expect(report.guides).toMatchObject({ created: 4, updated: 0, failed: 0 })
    expect(report.notices).toMatchObject({ created: 2, updated: 0, failed: 0 })

    const guide = await one('service-guides', 'code', '11371500MB0000101-XK-001')
    expect(guide._status).toBe('published')
    expect(guide.itemType).toBe('licensing')
    expect(guide.materials.map((m: { form: string }) => m.form)).toEqual(['original', 'e_licence', 'copy'])
    expect(guide.workflow.history.map((h: { action: string }) => h.action)).toContain('import')
    // Pass 2 resolved a relation to a guide further down the file.
    const related = await one('service-guides', 'code', '11371500MB0000101-XK-002')
    expect(guide.relatedGuides).toEqual([related.id])

    const notice = await one('notices', 'slug', '2027-chunjie-hall-hours')
    expect(notice._status).toBe('published')
    expect(new Date(notice.validFrom).toISOString()).toBe('2027-01-24T16:00:00.000Z') // 2027-01-25 00:00 +08:00
    expect(new Date(notice.validTo).toISOString()).toBe('2027-02-12T16:00:00.000Z') // through the end of 02-12
    expect(notice.body.root.children).toHaveLength(2) // two paragraphs, no empty one between
  })

  it('re-imports by code and slug: updated, never duplicated', async () => {
    const report = await importFiles(hub.payload, await readInterchangeFiles([...STANDARD].reverse()))
    expect(report.errors).toEqual([])
    expect(report.departments).toMatchObject({ created: 0, updated: 3, failed: 0 })
    expect(report.guides).toMatchObject({ created: 0, updated: 4, failed: 0 })
    expect(report.notices).toMatchObject({ created: 0, updated: 2, failed: 0 })
    expect([await count('departments'), await count('service-guides'), await count('notices')]).toEqual([3, 4, 2])
  })

  it('exports exactly the interchange JSON it imported, and that export imports elsewhere', async () => {
    const exported = await exportRecords(hub.payload)
    expect(exported.departments).toEqual(load('departments.json'))
    expect(exported.guides).toEqual(load('guides.json'))
    expect(exported.notices).toEqual(load('notices.json'))

    const dir = path.join(tmp, 'export')
    const res = await cli(['export', dir])
    expect(res.code).toBe(0)
    const text = fs.readFileSync(path.join(dir, 'guides.json'), 'utf8')
    expect(text).toContain('"title": "食品经营许可（新办）"') // UTF-8 as is, 2-space indent
    expect(text.startsWith('[\n  {\n    "code"')).toBe(true)

    // Into a fresh hub. The old one is closed first (two live test hubs in one process interfere),
    // and Payload skips the schema push when the schema equals the one it pushed earlier in this process.
    await hub.close()
    process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
    hub = await startTestHub().finally(() => delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH)
    const files = await readInterchangeFiles(['notices', 'guides', 'departments'].map((k) => path.join(dir, `${k}.json`)))
    const report = await importFiles(hub.payload, files)
    expect(report.errors).toEqual([])
    expect(await exportRecords(hub.payload)).toEqual(exported)
  })

  it('reports malformed records by file, position and key while the others import', async () => {
    const report = await importRecords(hub.payload, { guides: load('malformed-guides.json'), notices: load('malformed-notices.json') }, { source: 'bad.json' })
    expect(report.guides).toMatchObject({ created: 1, updated: 0, failed: 3 })
    expect(report.notices).toMatchObject({ created: 1, updated: 0, failed: 1 })
    const byKey = Object.fromEntries(report.errors.map((e) => [e.key, e]))
    expect(byKey['QH-XK-1']).toMatchObject({ kind: 'guides', position: 2, file: 'bad.json' })
    expect(byKey['QH-XK-1'].messages.join()).toMatch(/^code: 事项编码格式不正确/)
    expect(byKey['11371500MB0000102-GG-009']).toMatchObject({ position: 3, messages: ['materials: 至少需要一项 / needs at least one entry'] })
    expect(byKey['11371500MB0000103-GG-001'].position).toBe(4)
    expect(byKey['11371500MB0000103-GG-001'].messages).toEqual([
      'department: 未找到部门代码 NOSUCH / unknown department code NOSUCH',
      'materials[1].form: 应为 原件、复印件 或 电子证照 / must be 原件 (original), 复印件 (copy) or 电子证照 (e-licence)',
    ])
    expect(byKey['validto-before-validfrom']).toMatchObject({ kind: 'notices', position: 1 })
    expect(byKey['validto-before-validfrom'].messages[0]).toMatch(/^validTo: 失效日期必须晚于生效日期/)
    // The good notice links to the good guide of the same import.
    const notice = await one('notices', 'slug', 'hall-wifi')
    const guide = await one('service-guides', 'code', '11371500MB0000101-XK-003')
    expect(notice.relatedGuides).toEqual([guide.id])
  })

  it('refuses a duplicate key in one input and a relation to an unknown guide', async () => {
    const [first] = load('guides.json') as Array<Record<string, unknown>>
    const report = await importRecords(hub.payload, {
      guides: [first, { ...first }],
      notices: [{ ...(load('notices.json')[0] as object), relatedGuides: ['11371500MB0000199-GG-001'] }],
    })
    expect(report.errors.map((e) => [e.kind, e.position, e.messages[0]])).toEqual([
      ['guides', 2, 'code: 与第 1 条重复 / duplicate of record 1'],
      ['notices', 1, 'relatedGuides: 未找到事项编码 11371500MB0000199-GG-001 / unknown guide code 11371500MB0000199-GG-001'],
    ])
  })

  it('fails a guide whose related guide of the same input could not be imported', async () => {
    const [first, second] = load('guides.json') as Array<Record<string, unknown>>
    const report = await importRecords(hub.payload, {
      guides: [{ ...first, relatedGuides: ['11371500MB0000101-XK-004'] }, { ...second, code: '11371500MB0000101-XK-004', department: 'NOSUCH' }],
    })
    expect(report.guides).toMatchObject({ created: 0, updated: 0, failed: 2 })
    expect(report.errors.map((e) => [e.position, e.messages[0].split(' / ')[0]])).toEqual([
      [1, 'relatedGuides: 相关事项 11371500MB0000101-XK-004 未能导入'],
      [2, 'department: 未找到部门代码 NOSUCH'],
    ])
  })

  it('runs the sensitive-word check on import', async () => {
    await hub.payload.create({ collection: 'sensitive-terms', data: { term: '包过' } })
    const guides = load('guides.json') as Array<Record<string, any>>
    const tainted = { ...guides[3], faq: [{ q: '能保证通过吗？', a: '找我们代办包过。' }] }
    const report = await importRecords(hub.payload, { guides: [tainted] })
    expect(report.guides.failed).toBe(1)
    expect(report.errors[0]).toMatchObject({ key: '11371500MB0000102-JF-001', position: 1 })
    expect(report.errors[0].messages[0]).toMatch(/^faq\[1\]\.a: 含有敏感词.*包过/)
    await hub.payload.delete({ collection: 'sensitive-terms', where: { term: { equals: '包过' } } })
  })

  it('exports published editions by default and the latest drafts with --drafts', async () => {
    const guide = await one('service-guides', 'code', '11371500MB0000102-JF-001')
    await hub.payload.update({ collection: 'service-guides', id: guide.id, draft: true, data: { title: '失业保险金申领（修订稿）' } })
    await hub.payload.create({ collection: 'service-guides', draft: true, data: { code: '11371500MB0000102-GG-002', title: '草稿事项', department: guide.department } })
    const published = await exportRecords(hub.payload)
    const withDrafts = await exportRecords(hub.payload, { drafts: true })
    const titles = (set: typeof published) => set.guides.map((g) => g.title)
    expect(titles(published)).toContain('失业保险金申领')
    expect(titles(published)).not.toContain('草稿事项')
    expect(titles(withDrafts)).toContain('失业保险金申领（修订稿）')
    expect(titles(withDrafts)).toContain('草稿事项')
  })
})

describe('hub import / export commands', () => {
  it('prints the summary and exits 0 when every record imports', async () => {
    const res = await cli(['import', ...STANDARD])
    expect(res.code).toBe(0)
    expect(res.stderr).toBe('')
    expect(res.stdout).toMatch(/办事指南 guides\s+0\s+4\s+0/)
    expect(res.stdout).toMatch(/通知公告 notices\s+0\s+2\s+0/)
  })

  it('prints one line per failed record and exits 1 when some fail', async () => {
    const res = await cli(['import', fixture('malformed-notices.json'), fixture('malformed-guides.json')])
    expect(res.code).toBe(1)
    const lines = res.stderr.trim().split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toContain(`${fixture('malformed-guides.json')} 第2条 #2 QH-XK-1: code: 事项编码格式不正确`)
    expect(lines[3]).toContain('第1条 #1 validto-before-validfrom')
    expect(res.stdout).toMatch(/办事指南 guides\s+0\s+1\s+3/)
  })

  it('exits 2 on usage errors and names the file at fault', async () => {
    expect((await cli(['import'])).code).toBe(2)
    const broken = path.join(tmp, 'broken.json')
    fs.writeFileSync(broken, '[{"code": "X",')
    const bad = await cli(['import', fixture('departments.json'), broken])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain(`${broken}: 不是合法的 JSON`)
    const missing = await cli(['import', path.join(tmp, 'nope.json')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('nope.json: 无法读取文件（ENOENT）')
    expect((await cli(['export'])).code).toBe(2)
    expect((await cli(['import', '--help'])).stdout).toContain('usage: npm run hub -- import')
  })
})
