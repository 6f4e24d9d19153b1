import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

type Id = number | string

/**
 * The whole thread of a case for the case view: the case, the citizen's follow-ups merged into
 * it, the answers and the timeline. Read with the caller's access, so the original text and
 * contact appear only for those allowed (routed officials, admins), masked text for the rest.
 */
export async function caseThread(req: PayloadRequest, id: Id) {
  const { payload } = req
  const doc = await payload.findByID({ collection: 'feedback', id, depth: 1, req, overrideAccess: false }).catch(() => null)
  if (!doc) throw new APIError('诉求不存在或无权查看 / Case not found or not visible to you', 404, { field: 'id' }, true)
  const [followUps, responses] = await Promise.all([
    payload.find({ collection: 'feedback', where: { 'thread.parent': { equals: id } }, sort: 'receivedAt', pagination: false, depth: 0, req, overrideAccess: false }),
    payload.find({ collection: 'responses', where: { feedback: { equals: id } }, sort: 'createdAt', pagination: false, depth: 1, req, overrideAccess: false }),
  ])
  const pick = (d: Record<string, any>) => ({
    id: d.id,
    caseNo: d.caseNo,
    channel: d.channel,
    receivedAt: d.receivedAt,
    maskedText: d.maskedText,
    // Present only when field access allowed it.
    text: d.text,
    contact: d.contact,
    attachments: d.attachments,
  })
  return {
    case: { ...pick(doc as Record<string, any>), status: doc.status, triage: doc.triage, sla: doc.sla, returnVisit: (doc as Record<string, any>).returnVisit, timeline: doc.timeline },
    followUps: (followUps.docs as Array<Record<string, any>>).map(pick),
    responses: (responses.docs as Array<Record<string, any>>).map((r) => ({
      id: r.id,
      body: r.body,
      status: r.status,
      route: r.route,
      sentAt: r.sentAt,
      author: r.author?.name ?? null,
      error: r.error ?? null,
    })),
  }
}
