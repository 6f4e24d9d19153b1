import type { Payload, PayloadRequest } from 'payload'

import { relationId } from '../../access/principal'
import { latest } from './route'
import type { CaseDoc, Id, ResponseDoc } from './types'
import { AnswerError } from './errors'

/** Reads of the answer service: with overrideAccess (callers check permissions first), contact included. */

type Req = Partial<PayloadRequest> | undefined

export async function loadCase(payload: Payload, id: unknown, req?: Req): Promise<CaseDoc> {
  const caseId = relationId(id)
  const doc = caseId === null ? null : await payload.findByID({ collection: 'feedback', id: caseId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!doc) throw new AnswerError(404, '诉求不存在', 'Case not found', 'feedback')
  return doc as unknown as CaseDoc
}

export async function loadResponse(payload: Payload, id: Id, req?: Req): Promise<ResponseDoc> {
  const doc = await payload.findByID({ collection: 'responses', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!doc) throw new AnswerError(404, '答复不存在', 'Response not found', 'id')
  return doc as unknown as ResponseDoc
}

export async function findCaseByNo(payload: Payload, caseNo: string): Promise<CaseDoc | null> {
  const { docs } = await payload.find({ collection: 'feedback', where: { caseNo: { equals: caseNo } }, limit: 1, depth: 0, overrideAccess: true })
  return (docs[0] as unknown as CaseDoc) ?? null
}

/** 答复部门 as the public reads it: the full name. */
export async function departmentName(payload: Payload, id: unknown, req?: Req): Promise<string> {
  const depId = relationId(id)
  if (depId === null) return '承办部门'
  const dep = await payload.findByID({ collection: 'departments', id: depId, depth: 0, overrideAccess: true, disableErrors: true, req })
  return (dep as { name?: string } | null)?.name ?? '承办部门'
}

/**
 * When this WeChat user last wrote to the account, as far as the hub knows: the case itself, its
 * follow-ups, and anything else the same OpenID sent (WeChat's 48-hour window is per user).
 */
export async function lastWeChatMessageAt(payload: Payload, c: CaseDoc): Promise<Date | null> {
  const openId = c.contact?.openId?.trim()
  const { docs } = await payload.find({
    collection: 'feedback',
    where: {
      or: [
        { 'thread.parent': { equals: c.id } },
        ...(openId ? [{ and: [{ channel: { equals: 'wechat' } }, { 'contact.openId': { equals: openId } }] }] : []),
      ],
    },
    sort: '-receivedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { receivedAt: true },
  })
  return latest([c.receivedAt, (docs[0] as { receivedAt?: string } | undefined)?.receivedAt])
}

/** Every department's published phone numbers (departments.phones): an answer may quote them. */
export async function publicNumbers(payload: Payload, req?: Req): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'departments', pagination: false, depth: 0, overrideAccess: true, select: { phones: true }, req })
  return docs.flatMap((d) => ((d as { phones?: Array<{ number?: string | null }> | null }).phones ?? []).map((p) => p.number ?? '')).filter(Boolean)
}
