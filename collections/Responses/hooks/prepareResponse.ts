import type { CollectionBeforeChangeHook } from 'payload'

import { relationId, staffOf } from '../../../src/access/principal'
import { AnswerError } from '../../../src/feedback/answer/errors'
import { loadCase } from '../../../src/feedback/answer/lookup'
import { EDITABLE_STATUSES, mayAnswer } from '../../../src/feedback/answer/rules'
import { maskAnswer } from '../../../src/feedback/answer/compose'
import { publicNumbers } from '../../../src/feedback/answer/lookup'

/** Fields only the answer service writes (src/feedback/answer/service.ts); staff edits to them are dropped. */
const SERVICE_FIELDS = ['feedback', 'department', 'author', 'reviewer', 'status', 'route', 'sentAt', 'error', 'externalId'] as const

export const ACTIONS = ['send', 'approve', 'reject', 'called'] as const
export type ResponseAction = (typeof ACTIONS)[number]

/**
 * Every write of an answer: the body is stored masked (an answer never repeats a citizen's personal
 * data; the departments' published numbers stay readable). Staff create drafts for cases they may
 * answer, and edit the text only before review or after a failed delivery — which sends it back
 * to draft and to review. Status moves happen only through the service (endpoints, the form's 操作
 * field), never by editing the status.
 */
export const prepareResponse: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (typeof data.body === 'string' && data.body !== originalDoc?.body) data.body = maskAnswer(data.body, await publicNumbers(req.payload, req))
  const action = data.action as ResponseAction | undefined
  delete data.action
  if (req.context.answerService) return data
  const staff = staffOf(req.user)
  if (!staff) return data
  if (action) {
    if (!ACTIONS.includes(action)) throw new AnswerError(400, `未知操作：${String(action)}`, `Unknown action, expected ${ACTIONS.join(', ')}`, 'action')
    req.context.responseAction = { action, note: typeof data.actionNote === 'string' ? data.actionNote : null, route: data.actionRoute ?? null }
  }
  delete data.actionNote
  delete data.actionRoute
  if (operation === 'create') {
    const c = await loadCase(req.payload, data.feedback, req)
    if (!mayAnswer(req.user, c.department)) throw new AnswerError(403, '无权答复该部门的诉求', "Not allowed to answer this department's cases", 'feedback')
    return {
      ...data,
      department: relationId(c.department) ?? undefined,
      author: staff.id,
      status: 'draft',
      reviewer: null,
      route: null,
      sentAt: null,
      error: null,
      externalId: null,
    }
  }
  if (!originalDoc) return data
  for (const f of SERVICE_FIELDS) data[f] = originalDoc[f]
  const changed = typeof data.body === 'string' && data.body !== originalDoc.body
  if (changed) {
    if (!EDITABLE_STATUSES.includes(originalDoc.status)) {
      throw new AnswerError(409, '答复已提交审核或已发送，不能再修改；如需补充，请另写一条答复', 'The answer is under review or sent and can no longer change', 'body')
    }
    // An approval covered the old words only: changed text goes back to draft (and to review).
    Object.assign(data, { status: 'draft', reviewer: null, error: null })
  }
  return data
}
