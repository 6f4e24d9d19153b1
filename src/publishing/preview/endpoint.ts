import type { Endpoint, PayloadRequest } from 'payload'

import { DOC_TYPE, type DocCollection } from '../../../channels/types'
import { hasRole, inDepartments, isChannelClient, staffOf } from '../../access/principal'
import { siteUrl } from '../outbox/render'
import { previewAll } from './build'
import type { PreviewResponse } from './types'

const NO_STORE = { 'cache-control': 'no-store' }

function problem(status: number, zh: string, en: string): Response {
  return Response.json({ errors: [{ message: `${zh} / ${en}`, zh, en }] }, { status, headers: NO_STORE })
}

/**
 * GET /api/<collection>/:id/preview: the newest edition (draft or live) rendered for every channel
 * it targets, with each channel's limit problems, so editors and reviewers see before publishing
 * what each channel will show and what would stop a delivery. Staff who write or review content
 * only, within their departments (as for reading drafts); admins everywhere.
 */
export function previewEndpoint(collection: DocCollection): Endpoint {
  return {
    path: '/:id/preview',
    method: 'get',
    handler: async (req: PayloadRequest) => {
      if (!req.user) return problem(401, '请先登录', 'Staff login required')
      if (isChannelClient(req.user) || !staffOf(req.user)) return problem(403, '渠道密钥不能预览草稿', 'Channel API keys cannot preview drafts')
      if (!hasRole(req.user, 'admin', 'editor', 'reviewer')) return problem(403, '只有编辑、审核和管理员可以预览', 'Only editors, reviewers and admins may preview')
      const id = String(req.routeParams?.id ?? '')
      const doc = (await req.payload.findByID({ collection, id, draft: true, depth: 1, overrideAccess: true, disableErrors: true, req })) as Record<string, unknown> | null
      if (!doc) return problem(404, '内容不存在', 'Document not found')
      if (!hasRole(req.user, 'admin') && !inDepartments(req.user, doc.department)) {
        return problem(403, '只能预览本部门的内容', 'You may preview only your own departments’ content')
      }
      const docType = DOC_TYPE[collection]
      const result = previewAll(docType, doc as never, { siteUrl: siteUrl(), now: new Date() })
      const body: PreviewResponse = {
        id: String(doc.id),
        collection,
        docType,
        key: String((docType === 'guide' ? doc.code : doc.slug) ?? ''),
        title: String(doc.title ?? ''),
        status: doc._status === 'published' ? 'published' : 'draft',
        updatedAt: (doc.updatedAt as string | undefined) ?? null,
        ...result,
      }
      return Response.json(body, { headers: NO_STORE })
    },
  }
}
