import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROLES } from '../../src/access/principal'
import type { CliContext } from '../../src/cli/command'
import { seedCommand } from '../../src/cli/commands/seed'
import { DEMO_SET, DEMO_STAFF, DEMO_TERMS, DEMO_WORKFLOW_GUIDES } from '../../src/demo/records'
import { seedDemo, type SeedResult } from '../../src/demo/seed'
import { validateItemCode } from '../../src/fields/itemCode'
import { validatePhone } from '../../src/fields/phone'
import { collectText } from '../../src/publishing/workflow/collectText'
import { SensitiveMatcher } from '../../src/text/sensitive'
import { startTestHub, type TestHub } from '../helpers/hub'

// Two in-memory hubs in one file: Drizzle skips the schema push when the schema equals the one it
// pushed last in this process, which would leave the second database without tables.
process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'

type Doc = Record<string, any>

const COLLECTIONS = ['departments', 'service-guides', 'notices', 'users', 'channels', 'sensitive-terms'] as const

function cli(hub: TestHub) {
  const out = { stdout: '', stderr: '' }
  const sink = (key: 'stdout' | 'stderr') => ({ write: (s: string) => ((out[key] += s), true) }) as unknown as NodeJS.WritableStream
  const ctx: CliContext = { payload: async () => hub.payload, stdout: sink('stdout'), stderr: sink('stderr'), stdin: process.stdin }
  return { ctx, out }
}

async function counts(hub: TestHub): Promise<Record<string, number>> {
  const entries = await Promise.all(COLLECTIONS.map(async (c) => [c, (await hub.payload.count({ collection: c })).totalDocs] as const))
  return Object.fromEntries(entries)
}

const staffUser = (doc: Doc) => ({ ...doc, collection: 'users' }) as any

describe('seedDemo', () => {
  let hub: TestHub
  let result: SeedResult
  beforeAll(async () => {
    hub = await startTestHub()
    result = await seedDemo(hub.payload)
  })
  afterAll(async () => hub?.close())

  it('writes the expected counts', async () => {
    expect(result.import.errors).toEqual([])
    expect(await counts(hub)).toEqual({
      departments: 6,
      'service-guides': 12,
      notices: 4,
      users: DEMO_STAFF.length,
      channels: 4,
      'sensitive-terms': DEMO_TERMS.length,
    })
    const published = await hub.payload.count({ collection: 'service-guides', where: { _status: { equals: 'published' } } })
    expect(published.totalDocs).toBe(10)
    const settings = await hub.payload.findGlobal({ slug: 'hub-settings' })
    expect((settings as Doc).review.levels).toBe(2)
  })

  it('publishes every guide of the published set complete and free of sensitive words', async () => {
    const { docs: terms } = await hub.payload.find({ collection: 'sensitive-terms', pagination: false })
    const matcher = new SensitiveMatcher(terms.map((t) => String(t.term)))
    const { docs } = await hub.payload.find({ collection: 'service-guides', where: { code: { in: DEMO_SET.guides.map((g) => g.code) } }, pagination: false, depth: 0 })
    expect(docs).toHaveLength(10)
    for (const g of docs as Doc[]) {
      expect(g._status, g.code).toBe('published')
      expect(g.workflow.state, g.code).toBe('published')
      expect(validateItemCode(g.code), g.code).toBe(true)
      expect(matcher.scan(collectText(g)), g.code).toEqual([])
      for (const key of ['conditions', 'materials', 'steps', 'locations', 'faq', 'legalBasis']) expect(g[key].length, `${g.code} ${key}`).toBeGreaterThan(0)
      expect(g.summary && g.itemType && g.onlineUrl?.startsWith('https://zwfw.example.cn/'), g.code).toBeTruthy()
      expect(typeof g.promisedLimitDays, g.code).toBe('number')
      if (g.legalLimitDays !== null) expect(g.promisedLimitDays).toBeLessThanOrEqual(g.legalLimitDays)
      expect([validatePhone(g.consultPhone), validatePhone(g.complaintPhone)]).toEqual([true, true])
    }
    expect(new Set(docs.map((g) => g.department)).size).toBe(6)
    expect(new Set(docs.map((g) => g.audience))).toEqual(new Set(['personal', 'corporate', 'both']))
  })

  it('publishes the notices, one urgent, one already past its validTo', async () => {
    const { docs } = await hub.payload.find({ collection: 'notices', pagination: false, depth: 0 })
    expect(docs.every((n) => n._status === 'published')).toBe(true)
    expect(docs.filter((n) => n.urgent)).toHaveLength(1)
    const now = Date.now()
    const expired = docs.filter((n) => n.validTo && new Date(n.validTo as string).getTime() < now)
    expect(expired).toHaveLength(1)
    expect(docs.every((n) => (n.relatedGuides as unknown[]).length > 0)).toBe(true)
  })

  it('leaves one guide submitted for 二审 and one draft, neither public', async () => {
    const [submitted, draft] = DEMO_WORKFLOW_GUIDES.map((g) => g.code)
    const find = async (code: string) =>
      (await hub.payload.find({ collection: 'service-guides', where: { code: { equals: code } }, draft: true, depth: 0 })).docs[0] as Doc
    const editor = (await hub.payload.find({ collection: 'users', where: { role: { equals: 'editor' } } })).docs[0]
    const s = await find(submitted)
    expect(s.workflow).toMatchObject({ state: 'submitted', requiredLevels: 2, level: 0, submittedBy: String(editor.id) })
    expect(s.workflow.history.map((h: Doc) => h.action)).toEqual(['create', 'submit'])
    expect((await find(draft)).workflow.state).toBe('draft')
    const { docs: publicDocs } = await hub.payload.find({ collection: 'service-guides', overrideAccess: false, pagination: false, depth: 0 })
    expect(publicDocs.map((g) => g.code)).not.toContain(submitted)
    expect(publicDocs.map((g) => g.code)).not.toContain(draft)
  })

  it('creates one user per role, a second reviewer, every non-admin in a department', async () => {
    const { docs } = await hub.payload.find({ collection: 'users', pagination: false, depth: 0 })
    for (const role of ROLES) expect(docs.some((u) => u.role === role), role).toBe(true)
    expect(docs.filter((u) => u.role === 'reviewer')).toHaveLength(2)
    for (const u of docs.filter((u) => u.role !== 'admin')) expect((u.departments as unknown[]).length, String(u.email)).toBeGreaterThan(0)
    expect(result.logins.map((l) => l.email)).toContain('admin@omnihub.local')
    expect(new Set(result.logins.map((l) => l.password)).size).toBe(result.logins.length)
  })

  it('lets a demo user log in with the returned password and a channel authenticate with its key', async () => {
    const login = result.logins.find((l) => l.role === 'reviewer')!
    const { user, token } = await hub.payload.login({ collection: 'users', data: { email: login.email, password: login.password } })
    expect(token).toBeTruthy()
    expect(user?.role).toBe('reviewer')
    for (const channel of result.channels) {
      const { user: client } = await hub.payload.auth({ headers: new Headers({ Authorization: `channels API-Key ${channel.apiKey}` }) })
      expect(client?.collection).toBe('channels')
      expect((client as Doc | null)?.kind).toBe(channel.kind)
    }
    expect(new Set(result.channels.map((c) => c.kind))).toEqual(new Set(['website', 'app', 'wechat', 'kiosk']))
  })

  it('seed --if-empty on the seeded database changes nothing; without the flag it refuses', async () => {
    const before = await counts(hub)
    const quiet = cli(hub)
    expect(await seedCommand.run(['--if-empty'], quiet.ctx)).toBe(0)
    expect(quiet.out.stdout.trim().split('\n')).toHaveLength(1)
    expect(quiet.out.stdout).toContain('already holds content')
    const loud = cli(hub)
    expect(await seedCommand.run([], loud.ctx)).toBe(1)
    expect(await counts(hub)).toEqual(before)
  })

  it('the submitted guide goes through 二审 with the two demo reviewers', async () => {
    const code = DEMO_WORKFLOW_GUIDES[0].code
    const { docs } = await hub.payload.find({ collection: 'service-guides', where: { code: { equals: code } }, draft: true, depth: 0 })
    const reviewers = (await hub.payload.find({ collection: 'users', where: { role: { equals: 'reviewer' } }, sort: 'email' })).docs
    const approve = (user: Doc) =>
      hub.payload.update({
        collection: 'service-guides',
        id: docs[0].id,
        data: {},
        draft: true,
        user: staffUser(user),
        overrideAccess: false,
        depth: 0,
        context: { workflow: { action: 'approve' } },
      }) as Promise<Doc>
    expect((await approve(reviewers[0])).workflow).toMatchObject({ state: 'submitted', level: 1 })
    expect((await approve(reviewers[1])).workflow).toMatchObject({ state: 'approved', level: 2 })
  })
})

describe('hub seed command', () => {
  let hub: TestHub
  beforeAll(async () => {
    hub = await startTestHub()
  })
  afterAll(async () => hub?.close())

  it('seeds an empty database and prints every login and key once, using OMNIHUB_DEMO_PASSWORD', async () => {
    const saved = process.env.OMNIHUB_DEMO_PASSWORD
    process.env.OMNIHUB_DEMO_PASSWORD = 'ci-smoke-Passw0rd'
    try {
      const { ctx, out } = cli(hub)
      expect(await seedCommand.run(['--if-empty'], ctx)).toBe(0)
      for (const s of DEMO_STAFF) expect(out.stdout).toContain(s.email)
      expect(out.stdout.match(/ci-smoke-Passw0rd/g)).toHaveLength(DEMO_STAFF.length)
      expect(out.stdout.match(/\b[0-9a-f]{64}\b/g)).toHaveLength(4)
      expect(out.stdout).toContain('will NOT be shown again')
      const { user } = await hub.payload.login({ collection: 'users', data: { email: 'editor@omnihub.local', password: 'ci-smoke-Passw0rd' } })
      expect(user?.role).toBe('editor')
    } finally {
      if (saved === undefined) delete process.env.OMNIHUB_DEMO_PASSWORD
      else process.env.OMNIHUB_DEMO_PASSWORD = saved
    }
  })

  it('rejects unknown arguments and a --password without a value', async () => {
    expect(await seedCommand.run(['--force'], cli(hub).ctx)).toBe(2)
    expect(await seedCommand.run(['--password'], cli(hub).ctx)).toBe(2)
  })
})
