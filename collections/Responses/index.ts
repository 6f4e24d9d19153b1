import type { CollectionConfig } from 'payload'

import { handleFeedback } from '../../src/access/handleFeedback'
import { readFeedback } from '../../src/access/readFeedback'
import { hasRole } from '../../src/access/principal'
import { OVERRIDE_ROUTES } from '../../src/feedback/answer/route'
import { ROUTE_LABELS } from '../../src/feedback/answer/types'
import { responseEndpoints } from './endpoints'
import { prepareResponse } from './hooks/prepareResponse'
import { runAction } from './hooks/runAction'

export const RESPONSE_STATUSES = [
  { value: 'draft', label: '草稿' },
  { value: 'pending_review', label: '待审核' },
  { value: 'sending', label: '发送中' },
  { value: 'sent', label: '已送达' },
  { value: 'needs_other_route', label: '需改用其他方式' },
  { value: 'failed', label: '发送失败' },
] as const

/**
 * 答复: an official's answer to a case, sent back where the citizen wrote (src/feedback/answer):
 * a WeChat customer-service message, a threaded email, the public Q&A page, the app and kiosk
 * pull API. The stored body is masked; the answer never repeats a citizen's personal data.
 * Lifecycle and routes: src/feedback/answer/README.md.
 */
export const Responses: CollectionConfig = {
  slug: 'responses',
  labels: { singular: '答复', plural: '答复' },
  admin: { group: '舆情与诉求', defaultColumns: ['feedback', 'status', 'route', 'author', 'sentAt'] },
  defaultSort: '-createdAt',
  access: {
    read: readFeedback,
    create: ({ req }) => hasRole(req.user, 'admin', 'official', 'supervisor'),
    update: handleFeedback,
    delete: ({ req }) => hasRole(req.user, 'admin'),
  },
  endpoints: responseEndpoints,
  hooks: { beforeChange: [prepareResponse], afterChange: [runAction] },
  fields: [
    { name: 'feedback', label: '诉求', type: 'relationship', relationTo: 'feedback', required: true, index: true },
    { name: 'department', label: '答复部门', type: 'relationship', relationTo: 'departments', index: true },
    { name: 'body', label: '答复内容', type: 'textarea', required: true },
    {
      type: 'row',
      fields: [
        { name: 'status', label: '状态', type: 'select', defaultValue: 'draft', index: true, options: [...RESPONSE_STATUSES], admin: { readOnly: true } },
        { name: 'route', label: '送达方式', type: 'select', options: Object.entries(ROUTE_LABELS).map(([value, label]) => ({ value, label })), admin: { readOnly: true } },
        { name: 'public', label: '公开到网站问答', type: 'checkbox', defaultValue: true },
      ],
    },
    { name: 'author', label: '答复人', type: 'relationship', relationTo: 'users' },
    { name: 'reviewer', label: '审核人', type: 'relationship', relationTo: 'users' },
    { name: 'sentAt', label: '答复时间', type: 'date', index: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'error', label: '发送说明', type: 'textarea', admin: { readOnly: true } },
    { name: 'externalId', label: '渠道侧ID', type: 'text', index: true, admin: { readOnly: true } },
    // The form's way to move an answer on (the REST endpoints do the same): run on save, not stored.
    {
      name: 'action',
      label: '操作',
      type: 'select',
      virtual: true,
      options: [
        { value: 'send', label: '提交（须审核时送审，否则发送）' },
        { value: 'approve', label: '审核通过并发送' },
        { value: 'reject', label: '退回修改' },
        { value: 'called', label: '已电话答复' },
      ],
      admin: { position: 'sidebar', description: '保存时执行；审核须由撰写人以外的人员进行' },
    },
    {
      name: 'actionRoute',
      label: '改用送达方式',
      type: 'select',
      virtual: true,
      options: OVERRIDE_ROUTES.map((value) => ({ value, label: ROUTE_LABELS[value] })),
      admin: { position: 'sidebar', description: '原渠道无法送达时选择（如超过微信 48 小时时限）' },
    },
    { name: 'actionNote', label: '退回理由', type: 'textarea', virtual: true, admin: { position: 'sidebar' } },
  ],
}
