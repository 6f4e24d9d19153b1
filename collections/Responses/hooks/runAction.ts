import type { CollectionAfterChangeHook } from 'payload'

import { approveAnswer, rejectAnswer, sendAnswer } from '../../../src/feedback/answer/service'
import type { OverrideRoute } from '../../../src/feedback/answer/route'
import type { ResponseAction } from './prepareResponse'

interface Pending {
  action: ResponseAction
  note: string | null
  route: OverrideRoute | null
}

/**
 * The admin form's 操作 field: after the save, runs the chosen step through the same service as
 * the REST endpoints, inside this request, and returns the answer as it now stands.
 */
export const runAction: CollectionAfterChangeHook = async ({ doc, req }) => {
  const pending = req.context.responseAction as Pending | undefined
  if (!pending) return doc
  delete req.context.responseAction
  const o = { user: req.user, req }
  const result =
    pending.action === 'approve'
      ? await approveAnswer(req.payload, doc.id, o)
      : pending.action === 'reject'
        ? await rejectAnswer(req.payload, doc.id, { ...o, reason: pending.note })
        : await sendAnswer(req.payload, doc.id, { ...o, called: pending.action === 'called', route: pending.route })
  return { ...doc, ...result.response }
}
