import type { CollectionConfig } from 'payload'

import { canAuthor } from '../../src/access/canAuthor'
import { isAdmin } from '../../src/access/isAdmin'
import { ownDepartmentContent } from '../../src/access/ownDepartmentContent'
import { publishedOrOwnDepartment } from '../../src/access/publishedOrOwnDepartment'
import { channelOverridesField, targetsField } from '../../src/fields/channelTargeting'
import { departmentField } from '../../src/fields/department'
import { requiredForReview } from '../../src/fields/requiredForReview'
import { workflowFields } from '../../src/fields/workflow'
import { enforceWorkflow, rememberDraftFlag } from '../../src/publishing/workflow/hook'
import { enqueueDeliveries } from '../../src/publishing/outbox/enqueue'
import { workflowEndpoint } from '../../src/publishing/workflow/endpoint'
import { channelPreviewField, previewEndpoint } from '../../src/publishing/preview'
import { indexNotice, unindexNotice } from '../../src/search/hooks'
import { validToAfterValidFrom } from './hooks/validToAfterValidFrom'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** 通知公告: a time-bound announcement. Past validTo it is withdrawn by the clock. */
export const Notices: CollectionConfig = {
  slug: 'notices',
  labels: { singular: '通知公告', plural: '通知公告' },
  admin: {
    group: '内容发布',
    useAsTitle: 'title',
    defaultColumns: ['title', 'department', 'validFrom', 'validTo', 'urgent', 'workflow.state', '_status'],
  },
  versions: { drafts: { validate: true, schedulePublish: true }, maxPerDoc: 50 },
  access: { read: publishedOrOwnDepartment, create: canAuthor, update: ownDepartmentContent, delete: isAdmin },
  hooks: { beforeOperation: [rememberDraftFlag], beforeValidate: [validToAfterValidFrom], beforeChange: [enforceWorkflow], afterChange: [enqueueDeliveries, indexNotice], afterDelete: [unindexNotice] },
  endpoints: [workflowEndpoint('notices'), previewEndpoint('notices')],
  fields: [
    {
      name: 'slug',
      label: '标识',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: '小写字母、数字和连字符，用于链接，例如 2027-yuandan-hall-hours' },
      validate: (value: unknown) =>
        typeof value === 'string' && SLUG_PATTERN.test(value)
          ? true
          : '标识只能包含小写字母、数字和连字符 / Slug may hold only lowercase letters, digits and hyphens',
    },
    { name: 'title', label: '标题', type: 'text', required: true, maxLength: 120 },
    departmentField(),
    {
      name: 'body',
      label: '正文',
      type: 'richText',
      validate: requiredForReview('请填写正文', 'Body is required'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'validFrom',
          label: '生效日期',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'validTo',
          label: '失效日期',
          type: 'date',
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' }, description: '到期后自动撤回；留空表示长期有效' },
        },
      ],
    },
    { name: 'urgent', label: '紧急', type: 'checkbox', defaultValue: false, index: true },
    { name: 'relatedGuides', label: '相关办事指南', type: 'relationship', relationTo: 'service-guides', hasMany: true },
    channelOverridesField(),
    channelPreviewField(),
    targetsField(),
    ...workflowFields(),
  ],
}
