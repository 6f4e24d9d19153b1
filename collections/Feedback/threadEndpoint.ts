import type { Endpoint } from 'payload'
import { APIError } from 'payload'

import { staffOf } from '../../src/access/principal'
import { caseThread } from '../../src/feedback/queue/thread'

/** GET /api/feedback/:id/thread — the case view's whole thread, with the caller's access. */
export const threadEndpoint: Endpoint = {
  path: '/:id/thread',
  method: 'get',
  handler: async (req) => {
    if (!staffOf(req.user)) throw new APIError('请先登录 / Login required', 401, null, true)
    const id = req.routeParams?.id as string
    return Response.json(await caseThread(req, id))
  },
}
