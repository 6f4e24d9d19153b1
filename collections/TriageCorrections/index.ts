import type { CollectionConfig } from 'payload'

import { hasRole } from '../../src/access/principal'

/** 人工校正: every label an official changed after automatic triage, kept for retuning. */
export const TriageCorrections: CollectionConfig = {
  slug: 'triage-corrections',
  labels: { singular: '分析校正', plural: '分析校正记录' },
  admin: { group: '舆情与诉求', defaultColumns: ['feedback', 'field', 'from', 'to', 'correctedBy', 'createdAt'] },
  access: {
    read: ({ req }) => hasRole(req.user, 'admin', 'supervisor'),
    create: () => false,
    update: () => false,
    delete: ({ req }) => hasRole(req.user, 'admin'),
  },
  fields: [
    { name: 'feedback', label: '诉求', type: 'relationship', relationTo: 'feedback', required: true, index: true },
    { name: 'field', label: '字段', type: 'text', required: true },
    { name: 'from', label: '原值', type: 'text' },
    { name: 'to', label: '校正为', type: 'text' },
    { name: 'correctedBy', label: '校正人', type: 'relationship', relationTo: 'users' },
    { name: 'maskedText', label: '诉求内容（已脱敏）', type: 'textarea' },
  ],
}
