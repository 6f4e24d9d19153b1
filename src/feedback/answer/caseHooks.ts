import type { CollectionAfterChangeHook } from 'payload'

import { staffOf } from '../../access/principal'
import { closeAndInvite } from './returnVisit'
import type { CaseDoc } from './types'

/**
 * For collections/Feedback afterChange: an official who closes an answered case in the form (status
 * select) gets the same 办结 as POST /api/feedback/:id/close — closedAt, rectification done, the
 * return-visit invitation. The service's own writes carry `answerService` and are left alone.
 */
export const inviteOnClose: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || req.context.answerService || !staffOf(req.user)) return doc
  if (doc.status !== 'closed' || !['answered', 'reopened'].includes(previousDoc?.status) || !doc.sla?.answeredAt) return doc
  const r = await closeAndInvite(req.payload, doc as CaseDoc, { now: new Date(), actor: staffOf(req.user)!.id, req })
  return { ...doc, ...r.case }
}
