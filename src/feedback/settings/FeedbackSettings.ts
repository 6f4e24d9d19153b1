import type { GlobalConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { categoryOptions } from '../labels'
import { DEFAULT_FEEDBACK_SETTINGS as D, DEFAULT_SLA_POLICIES } from './defaults'

const unitOptions = [
  { value: 'hours', label: '小时（自然时间）' },
  { value: 'working_hours', label: '工作小时' },
  { value: 'working_days', label: '工作日' },
]

/** 诉求设置: time limits, bad-rating deadlines, spike thresholds and alert recipients. */
export const FeedbackSettings: GlobalConfig = {
  slug: 'feedback-settings',
  label: '诉求设置',
  admin: { group: '系统' },
  access: { read: isStaff, update: isAdmin },
  fields: [
    {
      name: 'slaPolicies',
      label: '办理时限规则（按顺序匹配第一条）',
      type: 'array',
      defaultValue: DEFAULT_SLA_POLICIES,
      fields: [
        { name: 'name', label: '名称', type: 'text', required: true },
        {
          type: 'row',
          fields: [
            { name: 'category', label: '诉求类别（空为全部）', type: 'select', options: categoryOptions },
            { name: 'urgent', label: '仅紧急诉求', type: 'checkbox', defaultValue: false },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'firstResponse', label: '首次响应', type: 'number', required: true, min: 0 },
            { name: 'firstResponseUnit', label: '单位', type: 'select', required: true, options: unitOptions },
            { name: 'resolution', label: '办结时限', type: 'number', required: true, min: 0 },
            { name: 'resolutionUnit', label: '单位', type: 'select', required: true, options: unitOptions },
          ],
        },
      ],
    },
    { name: 'warnAt', label: '临期提醒比例', type: 'number', min: 0.1, max: 0.99, defaultValue: D.warnAt },
    {
      name: 'badRating',
      label: '差评回访与整改（工作日）',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'returnVisitDays', label: '回访时限', type: 'number', min: 1, defaultValue: D.badRating.returnVisitDays },
            { name: 'rectificationDays', label: '整改时限', type: 'number', min: 1, defaultValue: D.badRating.rectificationDays },
          ],
        },
      ],
    },
    {
      name: 'spike',
      label: '舆情预警（话题突增）',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'windowHours', label: '统计窗口（小时）', type: 'number', min: 1, defaultValue: D.spike.windowHours },
            { name: 'baselineDays', label: '基线天数', type: 'number', min: 1, defaultValue: D.spike.baselineDays },
            { name: 'minCount', label: '最少条数', type: 'number', min: 2, defaultValue: D.spike.minCount },
            { name: 'factor', label: '超出基线倍数', type: 'number', min: 1, defaultValue: D.spike.factor },
          ],
        },
      ],
    },
    { name: 'sentimentResponseHours', label: '舆情回应时限（小时）', type: 'number', min: 1, defaultValue: D.sentimentResponseHours },
    { name: 'autoRouteScore', label: '自动分拨置信度下限', type: 'number', min: 0, max: 1, defaultValue: D.autoRouteScore },
    { name: 'requireAnswerReview', label: '答复须经审核', type: 'checkbox', defaultValue: D.requireAnswerReview },
    { name: 'alertEmails', label: '预警抄送邮箱', type: 'text', hasMany: true, admin: { description: '舆情预警、紧急诉求与超期督办邮件额外抄送' } },
  ],
}
