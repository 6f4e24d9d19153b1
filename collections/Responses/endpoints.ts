import type { Endpoint, PayloadRequest } from 'payload'

import { staffOf } from '../../src/access/principal'
import { AnswerError, errorResponse } from '../../src/feedback/answer/errors'
import type { OverrideRoute } from '../../src/feedback/answer/route'
import { approveAnswer, rejectAnswer, sendAnswer, type ActionResult } from '../../src/feedback/answer/service'

type Body = { called?: unknown; route?: unknown; reason?: unknown }

async function bodyOf(req: PayloadRequest): Promise<Body> {
  try {
    return ((await req.json?.()) ?? {}) as Body
  } catch {
    return {}
  }
}

const answer = (r: ActionResult) =>
  Response.json({
    id: r.response.id,
    outcome: r.outcome,
    status: r.response.status,
    route: r.response.route ?? null,
    sentAt: r.response.sentAt ?? null,
    message: r.message ?? r.response.error ?? null,
  })

function endpoint(path: string, run: (req: PayloadRequest, id: string, body: Body) => Promise<ActionResult>): Endpoint {
  return {
    path: `/:id/${path}`,
    method: 'post',
    handler: async (req) => {
      try {
        if (!staffOf(req.user)) throw new AnswerError(401, '请先登录', 'Staff login required')
        return answer(await run(req, String(req.routeParams?.id), await bodyOf(req)))
      } catch (err) {
        return errorResponse(err)
      }
    },
  }
}

/**
 * POST /api/responses/:id/send {called?, route?} — submit (to review when required) or deliver;
 * `called: true` confirms a phone answer; `route` (phone, email, pull) overrides the citizen's
 * route after needs_other_route. Repeating it never sends twice.
 * POST /api/responses/:id/approve {called?} — a different staff member approves and it is sent.
 * POST /api/responses/:id/reject {reason} — back to draft.
 */
export const responseEndpoints: Endpoint[] = [
  endpoint('send', (req, id, b) => sendAnswer(req.payload, id, { user: req.user, called: b.called === true, route: typeof b.route === 'string' ? (b.route as OverrideRoute) : null })),
  endpoint('approve', (req, id, b) => approveAnswer(req.payload, id, { user: req.user, called: b.called === true })),
  endpoint('reject', (req, id, b) => rejectAnswer(req.payload, id, { user: req.user, reason: typeof b.reason === 'string' ? b.reason : null })),
]
