import type { Payload, Where } from 'payload'

import { relationId } from '../../access/principal'
import { maskPii } from '../../text/pii'
import { FEEDBACK_CHANNEL_LABELS, type FeedbackChannel } from '../labels'
import type { Id } from './types'

/**
 * 公开答复 (国办发〔2017〕47号: each public message shows 受理日期, 答复日期, 答复部门 and the answer):
 * the data behind /qa and /qa/<caseNo>, and nothing else. Only sent answers marked public; the
 * citizen's text masked (again, in case an older row predates masking), the answer as stored
 * (every write of a response masks it); no contact field is ever selected, so none can leak.
 */

export interface QaEntry {
  caseNo: string
  /** 受理日期 */
  receivedAt: string
  /** 答复日期 */
  answeredAt: string
  /** 答复部门 */
  department: string
  channel: string
  /** The citizen's words, masked and shortened for the list. */
  question: string
  answer: string
}

export interface QaPage {
  entries: QaEntry[]
  page: number
  totalPages: number
  totalDocs: number
}

export interface QaCase {
  caseNo: string
  receivedAt: string
  channel: string
  question: string
  answers: Array<{ answeredAt: string; department: string; answer: string }>
}

/** Cases that never show publicly, whatever the answer's flag says. */
const HIDDEN_STATUSES = ['spam', 'merged']
const PUBLIC_ANSWER: Where = { and: [{ public: { equals: true } }, { status: { equals: 'sent' } }] }

type CaseRow = { id: Id; caseNo: string; receivedAt: string; maskedText?: string | null; status: string; channel: FeedbackChannel; department?: Id | null }
type ResponseRow = { id: Id; feedback: Id; department?: Id | null; body: string; sentAt: string }

const CASE_SELECT = { caseNo: true, receivedAt: true, maskedText: true, status: true, channel: true, department: true } as const

export const excerpt = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max)}…` : text)
const masked = (text: string | null | undefined) => maskPii(text ?? '')

async function departmentNames(payload: Payload, ids: Array<Id | null | undefined>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((d): d is Id => d != null).map(String))]
  if (!wanted.length) return new Map()
  const { docs } = await payload.find({ collection: 'departments', where: { id: { in: wanted } }, pagination: false, depth: 0, overrideAccess: true, select: { name: true } })
  return new Map(docs.map((d) => [String(d.id), String((d as { name?: string }).name ?? '')]))
}

/** The newest public answers first, one entry per answer, `limit` per page. */
export async function listPublicAnswers(payload: Payload, opts: { page?: number; limit?: number } = {}): Promise<QaPage> {
  const limit = Math.min(50, Math.max(1, Math.floor(opts.limit ?? 20)))
  const page = Math.max(1, Math.floor(opts.page ?? 1))
  const res = await payload.find({
    collection: 'responses',
    where: PUBLIC_ANSWER,
    sort: '-sentAt',
    page,
    limit,
    depth: 0,
    overrideAccess: true,
    select: { feedback: true, department: true, body: true, sentAt: true },
  })
  const rows = res.docs as unknown as ResponseRow[]
  const caseIds = [...new Set(rows.map((r) => String(relationId(r.feedback))))]
  const cases = caseIds.length
    ? ((await payload.find({ collection: 'feedback', where: { id: { in: caseIds } }, pagination: false, depth: 0, overrideAccess: true, select: CASE_SELECT })).docs as unknown as CaseRow[])
    : []
  const byId = new Map(cases.map((c) => [String(c.id), c]))
  const names = await departmentNames(payload, [...rows.map((r) => relationId(r.department)), ...cases.map((c) => relationId(c.department))])
  const entries: QaEntry[] = []
  for (const r of rows) {
    const c = byId.get(String(relationId(r.feedback)))
    if (!c || HIDDEN_STATUSES.includes(c.status)) continue
    entries.push({
      caseNo: c.caseNo,
      receivedAt: c.receivedAt,
      answeredAt: r.sentAt,
      department: names.get(String(relationId(r.department) ?? relationId(c.department))) ?? '',
      channel: FEEDBACK_CHANNEL_LABELS[c.channel] ?? c.channel,
      question: excerpt(masked(c.maskedText)),
      answer: excerpt(r.body, 160),
    })
  }
  return { entries, page: res.page ?? page, totalPages: res.totalPages, totalDocs: res.totalDocs }
}

/** One case with all its public answers, oldest first; null when it has none (or does not exist). */
export async function publicAnswer(payload: Payload, caseNo: string): Promise<QaCase | null> {
  const { docs } = await payload.find({ collection: 'feedback', where: { caseNo: { equals: caseNo } }, limit: 1, depth: 0, overrideAccess: true, select: CASE_SELECT })
  const c = docs[0] as unknown as CaseRow | undefined
  if (!c || HIDDEN_STATUSES.includes(c.status)) return null
  const answers = (
    await payload.find({
      collection: 'responses',
      where: { and: [PUBLIC_ANSWER, { feedback: { equals: c.id } }] },
      sort: 'sentAt',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { feedback: true, department: true, body: true, sentAt: true },
    })
  ).docs as unknown as ResponseRow[]
  if (!answers.length) return null
  const names = await departmentNames(payload, [...answers.map((a) => relationId(a.department)), relationId(c.department)])
  return {
    caseNo: c.caseNo,
    receivedAt: c.receivedAt,
    channel: FEEDBACK_CHANNEL_LABELS[c.channel] ?? c.channel,
    question: masked(c.maskedText),
    answers: answers.map((a) => ({
      answeredAt: a.sentAt,
      department: names.get(String(relationId(a.department) ?? relationId(c.department))) ?? '',
      answer: a.body,
    })),
  }
}
