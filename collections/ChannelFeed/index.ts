import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'

/**
 * 渠道内容流: what has been delivered to each pull channel, as an append-only change log ordered
 * by `seq`. Channel clients never read this collection directly: the channelFeed query scopes
 * every read to the caller's own channel (src/publishing/feed/).
 */
export const ChannelFeed: CollectionConfig = {
  slug: 'channel-feed',
  labels: { singular: '渠道内容', plural: '渠道内容流' },
  admin: { group: '渠道', useAsTitle: 'title', defaultColumns: ['title', 'channel', 'action', 'seq', 'createdAt'] },
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'seq', label: '序号', type: 'number', required: true, unique: true, index: true },
    { name: 'channel', label: '渠道', type: 'relationship', relationTo: 'channels', required: true, index: true },
    { name: 'key', label: '编码', type: 'text', required: true, index: true },
    { name: 'docType', label: '类型', type: 'select', required: true, options: [
      { value: 'guide', label: '办事指南' },
      { value: 'notice', label: '通知公告' },
    ] },
    { name: 'docId', label: '文档ID', type: 'text', required: true },
    { name: 'action', label: '动作', type: 'select', required: true, options: [
      { value: 'upsert', label: '发布/更新' },
      { value: 'tombstone', label: '撤回' },
    ] },
    { name: 'version', label: '版本', type: 'text' },
    { name: 'title', label: '标题', type: 'text' },
    { name: 'rendered', label: '渲染结果', type: 'json' },
    { name: 'etag', label: 'ETag', type: 'text' },
    { name: 'validFrom', label: '生效', type: 'date' },
    { name: 'validTo', label: '失效', type: 'date' },
  ],
}
