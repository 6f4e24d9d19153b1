import type { Field } from 'payload'

import { statusOptions } from '../../../src/feedback/labels'

const when = { readOnly: true, date: { pickerAppearance: 'dayAndTime' as const } }

/** The case as it is worked: status, routing, deadlines (SLA), the bad-rating loop, the timeline. */
export const handlingFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'status', label: '状态', type: 'select', required: true, defaultValue: 'new', index: true, options: statusOptions },
      { name: 'department', label: '承办部门', type: 'relationship', relationTo: 'departments', index: true },
      { name: 'assignee', label: '承办人', type: 'relationship', relationTo: 'users', index: true },
    ],
  },
  { name: 'mergedInto', label: '合并至', type: 'relationship', relationTo: 'feedback', admin: { condition: (d) => d?.status === 'merged' } },
  {
    name: 'sla',
    label: '办理时限',
    type: 'group',
    fields: [
      { name: 'policy', label: '时限规则', type: 'text', admin: { readOnly: true } },
      {
        type: 'row',
        fields: [
          { name: 'firstResponseDue', label: '首次响应期限', type: 'date', index: true, admin: when },
          { name: 'dueAt', label: '办结期限', type: 'date', index: true, admin: when },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'firstResponseAt', label: '首次响应', type: 'date', admin: when },
          { name: 'answeredAt', label: '答复时间', type: 'date', admin: when },
          { name: 'closedAt', label: '办结时间', type: 'date', index: true, admin: when },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'warnedAt', label: '临期提醒', type: 'date', admin: when },
          { name: 'escalatedAt', label: '超期督办', type: 'date', index: true, admin: when },
        ],
      },
    ],
  },
  {
    name: 'returnVisit',
    label: '回访与整改',
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'required', label: '需回访', type: 'checkbox', defaultValue: false, index: true },
          { name: 'due', label: '回访期限', type: 'date', admin: when },
          { name: 'visitedAt', label: '回访时间', type: 'date', admin: when },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'rating', label: '回访评价', type: 'number', min: 1, max: 5 },
          { name: 'rectificationDue', label: '整改期限', type: 'date', admin: when },
          { name: 'rectifiedAt', label: '整改完成', type: 'date', admin: when },
        ],
      },
      { name: 'token', type: 'text', index: true, admin: { hidden: true } },
    ],
  },
  {
    name: 'timeline',
    label: '办理记录',
    type: 'array',
    admin: { readOnly: true, initCollapsed: true },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'at', label: '时间', type: 'date', admin: when },
          { name: 'action', label: '动作', type: 'text' },
          { name: 'actor', label: '经办人', type: 'relationship', relationTo: 'users' },
        ],
      },
      { name: 'note', label: '说明', type: 'textarea' },
    ],
  },
]
