import type { CollectionConfig } from 'payload'

import { hasRole } from '../../src/access/principal'
import { retryDeliveryEndpoint } from './retryEndpoint'

export const DELIVERY_STATUSES = [
  { value: 'queued', label: '排队中' },
  { value: 'sending', label: '投递中' },
  { value: 'pending', label: '平台处理中' },
  { value: 'delivered', label: '已送达' },
  { value: 'failed', label: '失败待重试' },
  { value: 'dead', label: '投递失败' },
  { value: 'superseded', label: '已被新版本取代' },
] as const

/**
 * 投递: one edition of one document sent to one channel, with its own status, attempts and
 * backoff. Written only by the outbox (src/publishing/outbox/); staff read and retry.
 */
export const Deliveries: CollectionConfig = {
  slug: 'deliveries',
  labels: { singular: '投递', plural: '投递记录' },
  admin: {
    group: '渠道',
    useAsTitle: 'title',
    defaultColumns: ['title', 'channelName', 'action', 'status', 'attempts', 'lastError', 'updatedAt'],
  },
  access: {
    read: ({ req }) => hasRole(req.user, 'admin', 'supervisor', 'editor', 'reviewer'),
    create: () => false,
    update: () => false,
    delete: ({ req }) => hasRole(req.user, 'admin'),
  },
  endpoints: [retryDeliveryEndpoint],
  fields: [
    { name: 'title', label: '标题', type: 'text' },
    { name: 'docCollection', label: '内容类型', type: 'select', required: true, index: true, options: [
      { value: 'service-guides', label: '办事指南' },
      { value: 'notices', label: '通知公告' },
    ] },
    { name: 'docId', label: '文档ID', type: 'text', required: true, index: true },
    { name: 'key', label: '事项编码/标识', type: 'text', required: true },
    { name: 'version', label: '版本', type: 'text', required: true },
    { name: 'channel', label: '渠道', type: 'relationship', relationTo: 'channels', required: true, index: true },
    { name: 'channelName', label: '渠道名称', type: 'text' },
    { name: 'channelKind', label: '渠道类型', type: 'text', index: true },
    { name: 'action', label: '动作', type: 'select', required: true, options: [
      { value: 'publish', label: '发布' },
      { value: 'withdraw', label: '撤回' },
    ] },
    { name: 'status', label: '状态', type: 'select', required: true, defaultValue: 'queued', index: true, options: [...DELIVERY_STATUSES] },
    { name: 'attempts', label: '尝试次数', type: 'number', defaultValue: 0 },
    { name: 'nextAttemptAt', label: '下次尝试', type: 'date', index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'claimedAt', label: '开始处理', type: 'date' },
    { name: 'deliveredAt', label: '送达时间', type: 'date' },
    { name: 'lastError', label: '最近错误', type: 'textarea' },
    { name: 'externalId', label: '渠道侧ID', type: 'text' },
    { name: 'progress', label: '进度', type: 'json', admin: { hidden: true } },
    { name: 'dedupeKey', type: 'text', required: true, unique: true, admin: { hidden: true } },
  ],
}
