import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'

/**
 * One row per (job, time slot) claimed by a clock tick. The unique key makes the insert a lease:
 * when several hub processes share a database, exactly one runs each tick.
 */
export const CronRuns: CollectionConfig = {
  slug: 'cron-runs',
  labels: { singular: '定时任务记录', plural: '定时任务记录' },
  admin: { group: '系统', useAsTitle: 'key', defaultColumns: ['job', 'slot', 'status', 'finishedAt'] },
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  fields: [
    { name: 'key', label: '键', type: 'text', required: true, unique: true },
    { name: 'job', label: '任务', type: 'text', required: true, index: true },
    { name: 'slot', label: '时间槽', type: 'date', required: true },
    { name: 'status', label: '状态', type: 'select', options: [
      { value: 'running', label: '运行中' },
      { value: 'done', label: '完成' },
      { value: 'failed', label: '失败' },
    ], defaultValue: 'running' },
    { name: 'summary', label: '结果', type: 'textarea' },
    { name: 'finishedAt', label: '结束时间', type: 'date' },
  ],
}
