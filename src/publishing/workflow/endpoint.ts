import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'
import { APIError, ValidationError } from 'payload'

import { staffOf } from '../../access/principal'
import { REQUESTABLE_ACTIONS, type RequestableAction } from './states'
import type { WorkflowContext } from './hook'

function json(status: number, body: unknown): Response {
  return Response.json(body, { status })
}

function problem(status: number, zh: string, en: string, field?: string): Response {
  return json(status, { errors: [{ message: `${zh} / ${en}`, zh, en, ...(field ? { field } : {}) }] })
}

/**
 * POST /api/<collection>/:id/workflow {action, reason?}: submit, approve, reject, publish, withdraw.
 * Runs as the calling user with access control on, so department scoping applies.
 */
export function workflowEndpoint(collection: CollectionSlug): Endpoint {
  return {
    path: '/:id/workflow',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      if (!staffOf(req.user)) return problem(401, '请先登录', 'Staff login required')
      const id = req.routeParams?.id as string | undefined
      let body: { action?: string; reason?: string } = {}
      try {
        body = (await req.json?.()) ?? {}
      } catch {
        return problem(400, '请求体不是合法的 JSON', 'Request body is not valid JSON')
      }
      const action = body.action as RequestableAction
      if (!REQUESTABLE_ACTIONS.includes(action)) {
        return problem(400, `未知操作：${body.action ?? ''}`, `Unknown action, expected one of ${REQUESTABLE_ACTIONS.join(', ')}`, 'action')
      }
      const live = action === 'publish' || action === 'withdraw'
      try {
        const doc = await req.payload.update({
          collection,
          id: id!,
          data: live ? { _status: action === 'publish' ? 'published' : 'draft' } : {},
          draft: !live,
          user: req.user,
          overrideAccess: false,
          context: { workflow: { action, reason: body.reason } satisfies WorkflowContext },
          depth: 0,
        } as Parameters<typeof req.payload.update>[0])
        return json(200, { id: doc.id, _status: (doc as { _status?: string })._status, workflow: (doc as { workflow?: unknown }).workflow })
      } catch (err) {
        if (err instanceof ValidationError) {
          return json(400, { errors: [{ message: err.message, data: err.data }] })
        }
        if (err instanceof APIError) {
          const data = (err.data ?? {}) as { zh?: string; en?: string }
          return json(err.status, { errors: [{ message: err.message, ...data }] })
        }
        const status = (err as { status?: number }).status ?? 500
        return json(status, { errors: [{ message: (err as Error).message }] })
      }
    },
  }
}
