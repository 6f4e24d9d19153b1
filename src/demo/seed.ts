import { randomBytes, randomInt } from 'node:crypto'
import type { Payload } from 'payload'

import type { Role } from '../access/principal'
import { drainOutbox } from '../publishing/outbox/worker'
import { importRecords, toGuideData, type Id, type ImportReport } from '../interchange'
import { seedFeedback } from './seedFeedback'
import { DEMO_CHANNELS, DEMO_SET, DEMO_STAFF, DEMO_TERMS, DEMO_WORKFLOW_GUIDES } from './records'

/** 二审: the demo asks for two levels of review, so both demo reviewers have a part. */
export const DEMO_REVIEW_LEVELS = 2

export interface SeedOptions {
  /** Every demo user's password; a random one per user when absent. */
  password?: string
  /** Progress lines. */
  log?: (line: string) => void
}

export interface DemoLogin {
  role: Role
  name: string
  email: string
  password: string
  /** Department codes. */
  departments: string[]
}

export interface DemoApiKey {
  name: string
  kind: string
  apiKey: string
}

export interface SeedResult {
  logins: DemoLogin[]
  channels: DemoApiKey[]
  /** What importRecords wrote (departments, published guides and notices). */
  import: ImportReport
  /** Item codes of the guides left in the workflow. */
  workflow: { submitted: string; draft: string }
  sensitiveTerms: number
}

/** No 0/O, 1/l/I: passwords get read off a screen and typed. */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** 3 groups of 4 from a 56-symbol alphabet, about 70 bits, e.g. `Hq7m-xR3k-9bWt`. */
export function randomPassword(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
  return [group(), group(), group()].join('-')
}

/** A channel client's API key: 32 random bytes as hex. */
export function randomApiKey(): string {
  return randomBytes(32).toString('hex')
}

type Doc = Record<string, unknown> & { id: Id }

/** A users document as the `user` of a local API call (the workflow hook reads role and departments). */
const asStaff = (doc: Doc) => ({ ...doc, collection: 'users' }) as unknown as Parameters<Payload['create']>[0]['user']

async function departmentIds(payload: Payload): Promise<Map<string, Id>> {
  const { docs } = await payload.find({ collection: 'departments', pagination: false, depth: 0 })
  return new Map(docs.map((d) => [String(d.code), d.id as Id]))
}

/** The starter list; terms already present (a re-run after a failure) are left as they are. */
async function seedTerms(payload: Payload): Promise<number> {
  const { docs } = await payload.find({ collection: 'sensitive-terms', pagination: false, depth: 0 })
  const have = new Set(docs.map((d) => String(d.term)))
  for (const term of DEMO_TERMS.filter((t) => !have.has(t.term))) {
    await payload.create({ collection: 'sensitive-terms', data: { ...term } })
  }
  return DEMO_TERMS.length
}

/**
 * Writes the editor's two unfinished guides the way the admin would: created as drafts by the
 * editor, the first then sent for review (送审) exactly as the workflow endpoint does it.
 */
async function seedWorkflowGuides(payload: Payload, departments: Map<string, Id>, editor: Doc): Promise<SeedResult['workflow']> {
  const user = asStaff(editor)
  const ids: Id[] = []
  for (const record of DEMO_WORKFLOW_GUIDES) {
    const mapped = toGuideData(record, { departments, guides: new Map() })
    if (!mapped.data) throw new Error(`演示指南 ${record.code} 无效 / invalid demo guide:\n${mapped.errors.join('\n')}`)
    const doc = await payload.create({
      collection: 'service-guides',
      data: { ...mapped.data, _status: 'draft' },
      draft: true,
      user,
      overrideAccess: false,
      depth: 0,
    })
    ids.push(doc.id as Id)
  }
  await payload.update({
    collection: 'service-guides',
    id: ids[0],
    data: {},
    draft: true,
    user,
    overrideAccess: false,
    depth: 0,
    context: { workflow: { action: 'submit' } },
  })
  return { submitted: DEMO_WORKFLOW_GUIDES[0].code, draft: DEMO_WORKFLOW_GUIDES[1].code }
}

/**
 * Seeds an empty hub with the demo of 示例市: the sensitive-word starter list, 二审, departments and
 * published guides and notices (through importRecords, so they pass the same checks as any import),
 * one user per role plus a second reviewer, four channel clients with API keys, and two guides
 * left in the workflow. Returns the logins and API keys: they are stored hashed or encrypted and
 * cannot be read back later.
 */
export async function seedDemo(payload: Payload, opts: SeedOptions = {}): Promise<SeedResult> {
  const log = opts.log ?? (() => {})

  // Terms first, so the demo content passes the very check editors face.
  const sensitiveTerms = await seedTerms(payload)
  log(`敏感词库 sensitive terms: ${sensitiveTerms}`)
  await payload.updateGlobal({ slug: 'hub-settings', data: { review: { levels: DEMO_REVIEW_LEVELS } } })
  log(`审核级数 review levels: ${DEMO_REVIEW_LEVELS}（二审）`)

  // Channels before content, so the imported editions are delivered to them.
  const channels: DemoApiKey[] = []
  for (const channel of DEMO_CHANNELS) {
    const apiKey = randomApiKey()
    // The WeChat account needs its real AppID and AppSecret before it can take deliveries.
    const enabled = channel.kind !== 'wechat'
    await payload.create({ collection: 'channels', data: { ...channel, enabled, enableAPIKey: true, apiKey }, depth: 0 })
    channels.push({ name: channel.name, kind: channel.kind, apiKey })
  }
  log(`渠道 channels: ${channels.length}`)

  const report = await importRecords(payload, DEMO_SET, { source: 'demo' })
  if (report.errors.length) {
    const lines = report.errors.map((e) => `  ${e.kind} #${e.position} ${e.key}: ${e.messages.join('；')}`)
    throw new Error(`演示数据导入失败 / demo import failed:\n${lines.join('\n')}`)
  }
  log(`职能部门 departments: ${report.departments.created + report.departments.updated}`)
  log(`办事指南 guides (published): ${report.guides.created + report.guides.updated}`)
  log(`通知公告 notices: ${report.notices.created + report.notices.updated}`)

  const departments = await departmentIds(payload)
  const logins: DemoLogin[] = []
  const users = new Map<string, Doc>()
  for (const staff of DEMO_STAFF) {
    const password = opts.password ?? randomPassword()
    const doc = await payload.create({
      collection: 'users',
      data: {
        name: staff.name,
        email: staff.email,
        password,
        role: staff.role,
        departments: staff.departments.map((code) => {
          const id = departments.get(code)
          if (id === undefined) throw new Error(`演示账号 ${staff.email} 的部门 ${code} 不存在 / unknown department`)
          return id
        }),
      },
      depth: 0,
    })
    users.set(staff.email, doc as unknown as Doc)
    logins.push({ ...staff, password })
  }
  log(`工作人员 users: ${logins.length}`)


  const editor = users.get(DEMO_STAFF.find((s) => s.role === 'editor')!.email)!
  const workflow = await seedWorkflowGuides(payload, departments, editor)
  log(`待审核 submitted: ${workflow.submitted}；草稿 draft: ${workflow.draft}`)

  // Deliver now, so the website, app and kiosk feeds hold the demo content before the server starts.
  await drainOutbox(payload)
  log('投递 deliveries: done')

  // The official answers for its departments and is on duty; the supervisor heads the 政务服务局.
  const official = DEMO_STAFF.find((s) => s.role === 'official')!
  await payload.update({ collection: 'users', where: { email: { equals: official.email } }, data: { onDuty: true, departmentHead: true }, overrideAccess: true })
  const feedback = await seedFeedback(payload, official.email)
  log(`群众诉求 feedback: ${feedback.items}（已办结 ${feedback.handled}）`)

  return { logins, channels, import: report, workflow, sensitiveTerms }
}
