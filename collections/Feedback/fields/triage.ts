import type { Field } from 'payload'

import { categoryOptions, sentimentOptions, urgentReasonOptions } from '../../../src/feedback/labels'

/**
 * Labels set by automatic triage (src/feedback/triage). Officials may correct any of them; a
 * correction is kept in triage-corrections for retuning (hooks/recordCorrections.ts).
 */
export const triageFields: Field[] = [
  {
    name: 'triage',
    label: '智能分析',
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'sentiment', label: '情感倾向', type: 'select', options: sentimentOptions, index: true },
          { name: 'sentimentScore', label: '情感分值', type: 'number', admin: { description: '-1 最负面，1 最正面' } },
          { name: 'category', label: '诉求类别', type: 'select', options: categoryOptions, index: true },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'urgent', label: '紧急', type: 'checkbox', defaultValue: false, index: true },
          { name: 'urgentReasons', label: '紧急原因', type: 'select', hasMany: true, options: urgentReasonOptions },
        ],
      },
      { name: 'urgentEvidence', label: '紧急依据', type: 'text', hasMany: true, admin: { readOnly: true } },
      { name: 'routeScore', label: '分拨置信度', type: 'number', admin: { readOnly: true } },
      { name: 'suggestedDepartment', label: '建议部门', type: 'relationship', relationTo: 'departments', admin: { readOnly: true } },
      { name: 'triagedAt', label: '分析时间', type: 'date', index: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'corrected', label: '已人工校正', type: 'checkbox', defaultValue: false, admin: { readOnly: true } },
    ],
  },
  { name: 'guide', label: '相关事项', type: 'relationship', relationTo: 'service-guides', index: true },
  { name: 'topic', label: '舆情话题', type: 'relationship', relationTo: 'topics', index: true },
]
