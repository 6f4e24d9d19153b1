import type { Endpoint, PayloadRequest } from 'payload'

import { staffOf } from '../../access/principal'
import { AnswerError, errorResponse } from './errors'
import { closeCase, recordVisit } from './returnVisit'

async function bodyOf(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    return ((await req.json?.()) ?? {}) as Record<string, unknown>
  } catch {
    return {}
  }
}

const text = (v: unknown) => (typeof v === 'string' ? v : null)

/**
 * POST /api/feedback/:id/close {note?} — 办结 an answered case; the return visit starts (the link
 * token is never returned: it is the citizen's alone).
 * POST /api/feedback/:id/visit {rating?, note?} — an official records a return-visit call.
 * For collections/Feedback (endpoints), next to the thread endpoint.
 */
export const caseAnswerEndpoints: Endpoint[] = [
  {
    path: '/:id/close',
    method: 'post',
    handler: async (req) => {
      try {
        if (!staffOf(req.user)) throw new AnswerError(401, '请先登录', 'Staff login required')
        const b = await bodyOf(req)
        const r = await closeCase(req.payload, String(req.routeParams?.id), { user: req.user, note: text(b.note) })
        return Response.json({ id: r.case.id, status: r.case.status, closedAt: r.case.sla?.closedAt ?? null, invite: r.invite, invited: r.invited })
      } catch (err) {
        return errorResponse(err)
      }
    },
  },
  {
    path: '/:id/visit',
    method: 'post',
    handler: async (req) => {
      try {
        if (!staffOf(req.user)) throw new AnswerError(401, '请先登录', 'Staff login required')
        const b = await bodyOf(req)
        const r = await recordVisit(req.payload, String(req.routeParams?.id), { user: req.user, rating: b.rating, note: text(b.note) })
        return Response.json({ id: r.case.id, status: r.case.status, reopened: r.reopened, rectificationDue: r.rectificationDue ?? null, visitedAt: r.case.returnVisit?.visitedAt ?? null })
      } catch (err) {
        return errorResponse(err)
      }
    },
  },
]
