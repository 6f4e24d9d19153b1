import type { CollectionConfig } from 'payload'

import { readFeedback } from '../../src/access/readFeedback'
import { hasRole } from '../../src/access/principal'
import { channelOptions } from '../../src/feedback/labels'

const when = { readOnly: true, date: { pickerAppearance: 'dayAndTime' as const } }

/**
 * 舆情话题: near-duplicate feedback across channels grouped by src/feedback/topics, with its
 * volume, tone and reach. A spike raises an alert and starts the 48-hour response clock.
 */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: '舆情话题', plural: '舆情话题' },
  admin: {
    group: '舆情与诉求',
    useAsTitle: 'label',
    defaultColumns: ['label', 'volume', 'negative', 'channels', 'lastSeen', 'alertStatus', 'alert.responseDue'],
  },
  defaultSort: '-lastSeen',
  access: {
    read: readFeedback,
    create: () => false,
    update: ({ req }) => hasRole(req.user, 'admin', 'supervisor', 'official'),
    delete: ({ req }) => hasRole(req.user, 'admin'),
  },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true } },
    { name: 'label', label: '话题', type: 'text', admin: { readOnly: true } },
    { name: 'keywords', label: '关键词', type: 'text', hasMany: true, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'volume', label: '诉求数', type: 'number', defaultValue: 0, index: true, admin: { readOnly: true } },
        { name: 'negative', label: '负面', type: 'number', defaultValue: 0, admin: { readOnly: true } },
        { name: 'neutral', label: '中性', type: 'number', defaultValue: 0, admin: { readOnly: true } },
        { name: 'positive', label: '正面', type: 'number', defaultValue: 0, admin: { readOnly: true } },
      ],
    },
    { name: 'channels', label: '涉及渠道', type: 'select', hasMany: true, options: channelOptions, admin: { readOnly: true } },
    { name: 'department', label: '主责部门', type: 'relationship', relationTo: 'departments', index: true },
    {
      type: 'row',
      fields: [
        { name: 'firstSeen', label: '首次出现', type: 'date', admin: when },
        { name: 'lastSeen', label: '最近出现', type: 'date', index: true, admin: when },
      ],
    },
    {
      name: 'alertStatus',
      label: '预警',
      type: 'select',
      defaultValue: 'none',
      index: true,
      options: [
        { value: 'none', label: '无' },
        { value: 'raised', label: '舆情预警' },
        { value: 'responded', label: '已回应' },
      ],
    },
    {
      name: 'alert',
      label: '预警详情',
      type: 'group',
      admin: { condition: (d) => d?.alertStatus && d.alertStatus !== 'none' },
      fields: [
        { name: 'raisedAt', label: '预警时间', type: 'date', admin: when },
        { name: 'reason', label: '预警原因', type: 'text', admin: { readOnly: true } },
        { name: 'responseDue', label: '回应期限（48小时）', type: 'date', index: true, admin: when },
        { name: 'respondedAt', label: '回应时间', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'notified', label: '已通知', type: 'text', hasMany: true, admin: { readOnly: true } },
      ],
    },
    // The clustering state (centroid terms) so a restart resumes the same topics.
    { name: 'state', type: 'json', admin: { hidden: true } },
  ],
}
