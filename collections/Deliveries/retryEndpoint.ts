import type { Endpoint } from 'payload'

import { hasRole } from '../../src/access/principal'

/** POST /api/deliveries/:id/retry — puts a dead or failed delivery back in the queue. */
export const retryDeliveryEndpoint: Endpoint = {
  path: '/:id/retry',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor', 'reviewer')) {
      return Response.json({ errors: [{ message: '无权重试投递 / Not allowed to retry deliveries' }] }, { status: 403 })
    }
    const id = req.routeParams?.id as string
    const delivery = await req.payload.findByID({ collection: 'deliveries', id, depth: 0, disableErrors: true })
    if (!delivery) return Response.json({ errors: [{ message: '投递不存在 / Delivery not found' }] }, { status: 404 })
    if (!['dead', 'failed'].includes(String(delivery.status))) {
      return Response.json({ errors: [{ message: `当前状态不能重试 / Cannot retry a delivery that is ${delivery.status}` }] }, { status: 409 })
    }
    const updated = await req.payload.update({
      collection: 'deliveries',
      id,
      data: { status: 'queued', attempts: 0, nextAttemptAt: new Date().toISOString(), lastError: null },
      depth: 0,
    })
    return Response.json({ id: updated.id, status: updated.status })
  },
}
