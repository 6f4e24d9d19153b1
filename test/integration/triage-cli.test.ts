import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importRecords } from '../../src/interchange'
import { startTestHub } from '../helpers/hub'

const ROOT = path.resolve(import.meta.dirname, '../..')
const FIXTURES = path.join(ROOT, 'test/fixtures/interchange')
const load = (name: string) => JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as unknown[]

interface Out {
  code: number
  lines: Array<Record<string, any>>
  stdout: string
  stderr: string
}

/** `npm run hub -- triage --json` as a child process (scripts/hub.mjs retries the Node 20 exit-13 race). */
function runTriage(databaseUri: string, input: string): Promise<Out> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/hub.mjs', 'triage', '--json'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URI: databaseUri },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c) => (stdout += c))
    child.stderr.on('data', (c) => (stderr += c))
    child.on('error', reject)
    child.on('exit', (code) => {
      // A fresh development database prints Drizzle's schema-push progress first; answers are the JSON lines.
      const lines = stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, any>)
      resolve({ code: code ?? 1, lines, stdout, stderr })
    })
    child.stdin.end(input)
  })
}

const jsonl = (items: unknown[]) => items.map((i) => (typeof i === 'string' ? i : JSON.stringify(i))).join('\n') + '\n'

const ITEMS = [
  { id: 'a1', channel: 'app', receivedAt: '2027-03-01T09:00:00+08:00', text: '社会保障卡补领三天就拿到了，窗口的同志很耐心，点赞！', rating: 5 },
  { id: 'a2', channel: 'wechat', receivedAt: '2027-03-01T09:05:00+08:00', text: '失业保险金每个月什么时候发？我的电话13912345678', rating: null },
  '',
  { id: 'a3', channel: 'hotline', receivedAt: '2027-03-01T09:10:00+08:00', text: '来电人反映小区饭店后厨燃气泄漏，气味很大，要求马上派人处理。' },
  '这一行不是 JSON',
  { id: 'a4', channel: 'kiosk', receivedAt: '2027-03-01T09:20:00+08:00', text: '补领社会保障卡三天就拿到了，窗口同志非常耐心', rating: 5 },
]

describe('hub triage --json (child process)', () => {
  let dir: string
  let seeded: string
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'omnihub-triage-cli-'))
    seeded = `file:${path.join(dir, 'seeded.db')}`
    const hub = await startTestHub({ databaseUri: seeded })
    try {
      const report = await importRecords(hub.payload, { departments: load('departments.json'), guides: load('guides.json') })
      expect(report.errors).toEqual([])
    } finally {
      await hub.close()
    }
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('prints one JSON line per item with labels, routing, masked text and topics', async () => {
    const out = await runTriage(seeded, jsonl(ITEMS))
    expect(out.stderr).toContain('第 5 行不是 JSON 对象')
    expect(out.code).toBe(1) // one unparsable line
    expect(out.lines.map((l) => l.id)).toEqual(['a1', 'a2', 'a3', 'a4'])
    for (const l of out.lines) {
      expect(Object.keys(l).sort()).toEqual(['category', 'department', 'guide', 'id', 'maskedText', 'pii', 'score', 'sentiment', 'topicId', 'urgent'])
      expect(typeof l.topicId).toBe('string')
    }
    const [a1, a2, a3, a4] = out.lines as [Record<string, any>, Record<string, any>, Record<string, any>, Record<string, any>]

    expect(a1).toMatchObject({ sentiment: 'positive', category: 'praise', urgent: false, pii: false, department: 'QHRSJ' })
    expect(a1.score).toBeGreaterThan(0.2)
    expect(a2).toMatchObject({ sentiment: 'neutral', category: 'consultation', urgent: false, pii: true, department: 'QHRSJ' })
    expect(a2.maskedText).not.toContain('13912345678')
    expect(a2.maskedText).toContain('失业保险金每个月什么时候发')
    expect(a3).toMatchObject({ sentiment: 'negative', urgent: true, pii: false })
    // The same praise told twice is one topic; the gas leak is another.
    expect(a4.topicId).toBe(a1.topicId)
    expect(a3.topicId).not.toBe(a1.topicId)
  }, 180_000)

  it('says so on stderr and routes to null when the database has no departments', async () => {
    const out = await runTriage(`file:${path.join(dir, 'empty.db')}`, jsonl([ITEMS[0]]))
    expect(out.code).toBe(0)
    expect(out.stderr).toContain('数据库中没有职能部门')
    expect(out.lines).toHaveLength(1)
    expect(out.lines[0]).toMatchObject({ id: 'a1', sentiment: 'positive', category: 'praise', department: null, guide: null })
  }, 180_000)
})
