import type { CollectionConfig } from 'payload'

import { canAuthor } from '../../src/access/canAuthor'
import { isAdmin } from '../../src/access/isAdmin'
import { ownDepartmentContent } from '../../src/access/ownDepartmentContent'
import { publishedOrOwnDepartment } from '../../src/access/publishedOrOwnDepartment'
import { channelOverridesField, targetsField } from '../../src/fields/channelTargeting'
import { departmentField } from '../../src/fields/department'
import { ITEM_TYPES, itemCodeField } from '../../src/fields/itemCode'
import { phoneField } from '../../src/fields/phone'
import { requiredForReview } from '../../src/fields/requiredForReview'
import { urlField } from '../../src/fields/url'
import { workflowFields } from '../../src/fields/workflow'
import { enforceWorkflow, rememberDraftFlag } from '../../src/publishing/workflow/hook'
import { enqueueDeliveries } from '../../src/publishing/outbox/enqueue'
import { workflowEndpoint } from '../../src/publishing/workflow/endpoint'
import { channelPreviewField, previewEndpoint } from '../../src/publishing/preview'
import { indexGuide, unindexGuide } from '../../src/search/hooks'
import { itemTypeMatchesCode } from './hooks/itemTypeMatchesCode'
import { promisedWithinLegal } from './hooks/promisedWithinLegal'

export const MATERIAL_FORMS = [
  { value: 'original', label: '原件' },
  { value: 'copy', label: '复印件' },
  { value: 'e_licence', label: '电子证照' },
] as const

/** 办事指南: how to get one government service done. */
export const ServiceGuides: CollectionConfig = {
  slug: 'service-guides',
  labels: { singular: '办事指南', plural: '办事指南' },
  admin: {
    group: '内容发布',
    useAsTitle: 'title',
    defaultColumns: ['title', 'code', 'department', 'workflow.state', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'code', 'summary'],
  },
  versions: { drafts: { validate: true, schedulePublish: true }, maxPerDoc: 50 },
  access: { read: publishedOrOwnDepartment, create: canAuthor, update: ownDepartmentContent, delete: isAdmin },
  hooks: { beforeOperation: [rememberDraftFlag], beforeValidate: [itemTypeMatchesCode, promisedWithinLegal], beforeChange: [enforceWorkflow], afterChange: [enqueueDeliveries, indexGuide], afterDelete: [unindexGuide] },
  endpoints: [workflowEndpoint('service-guides'), previewEndpoint('service-guides')],
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: '基本信息',
          fields: [
            itemCodeField(),
            { name: 'title', label: '事项名称', type: 'text', required: true, maxLength: 100 },
            departmentField(),
            {
              type: 'row',
              fields: [
                {
                  name: 'itemType',
                  label: '事项类型',
                  type: 'select',
                  options: ITEM_TYPES.map(({ value, label }) => ({ value, label })),
                  validate: requiredForReview('请选择事项类型', 'Item type is required'),
                },
                {
                  name: 'audience',
                  label: '服务对象',
                  type: 'select',
                  defaultValue: 'personal',
                  options: [
                    { value: 'personal', label: '自然人' },
                    { value: 'corporate', label: '法人' },
                    { value: 'both', label: '自然人和法人' },
                  ],
                },
              ],
            },
            { name: 'themes', label: '主题（人生事件）', type: 'text', hasMany: true, admin: { description: '如：开办企业、生育收养、社会保障' } },
            {
              name: 'summary',
              label: '事项简介',
              type: 'textarea',
              maxLength: 500,
              validate: requiredForReview('请填写事项简介', 'Summary is required'),
            },
            {
              name: 'legalBasis',
              label: '设定依据',
              type: 'array',
              labels: { singular: '依据', plural: '设定依据' },
              fields: [{ name: 'text', label: '法律法规', type: 'text', required: true }],
            },
          ],
        },
        {
          label: '受理条件与材料',
          fields: [
            {
              name: 'conditions',
              label: '受理条件',
              type: 'array',
              labels: { singular: '条件', plural: '受理条件' },
              fields: [{ name: 'text', label: '条件', type: 'textarea', required: true }],
              validate: requiredForReview('请至少填写一项受理条件', 'At least one condition is required'),
            },
            {
              name: 'materials',
              label: '申请材料',
              type: 'array',
              labels: { singular: '材料', plural: '申请材料' },
              validate: requiredForReview('请至少填写一项申请材料', 'At least one material is required'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'name', label: '材料名称', type: 'text', required: true },
                    { name: 'form', label: '材料形式', type: 'select', required: true, defaultValue: 'original', options: [...MATERIAL_FORMS] },
                    { name: 'copies', label: '份数', type: 'number', min: 0, max: 99, defaultValue: 1 },
                  ],
                },
                { name: 'note', label: '填报说明', type: 'textarea' },
              ],
            },
            {
              name: 'steps',
              label: '办理流程',
              type: 'array',
              labels: { singular: '步骤', plural: '办理流程' },
              validate: requiredForReview('请至少填写一个办理步骤', 'At least one step is required'),
              fields: [
                { name: 'name', label: '环节', type: 'text', required: true },
                { name: 'description', label: '说明', type: 'textarea' },
              ],
            },
          ],
        },
        {
          label: '时限与收费',
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'legalLimitDays', label: '法定办结时限（工作日）', type: 'number', min: 0, max: 365 },
                {
                  name: 'promisedLimitDays',
                  label: '承诺办结时限（工作日）',
                  type: 'number',
                  min: 0,
                  max: 365,
                  validate: requiredForReview('请填写承诺办结时限', 'Promised time limit is required'),
                },
              ],
            },
            {
              name: 'fee',
              label: '收费标准',
              type: 'group',
              fields: [
                { name: 'charged', label: '是否收费', type: 'checkbox', defaultValue: false },
                { name: 'description', label: '收费说明', type: 'textarea' },
              ],
            },
          ],
        },
        {
          label: '办理地点与咨询',
          fields: [
            {
              name: 'locations',
              label: '办理地点',
              type: 'array',
              labels: { singular: '地点', plural: '办理地点' },
              fields: [
                { name: 'name', label: '地点名称', type: 'text', required: true },
                { name: 'address', label: '地址', type: 'text' },
                { name: 'hours', label: '办公时间', type: 'text' },
              ],
            },
            { type: 'row', fields: [phoneField('consultPhone', '咨询电话'), phoneField('complaintPhone', '投诉电话')] },
            urlField('onlineUrl', '网上办理地址'),
            {
              type: 'row',
              fields: [
                {
                  name: 'onlineDepth',
                  label: '网办深度',
                  type: 'select',
                  options: [
                    { value: '1', label: '一级：信息公开' },
                    { value: '2', label: '二级：在线预约与下载' },
                    { value: '3', label: '三级：在线预审' },
                    { value: '4', label: '四级：全程网办' },
                  ],
                },
                { name: 'maxVisits', label: '最多跑动次数', type: 'number', min: 0, max: 10, defaultValue: 0 },
              ],
            },
          ],
        },
        {
          label: '常见问题与关联',
          fields: [
            {
              name: 'faq',
              label: '常见问题',
              type: 'array',
              labels: { singular: '问答', plural: '常见问题' },
              fields: [
                { name: 'question', label: '问题', type: 'text', required: true },
                { name: 'answer', label: '解答', type: 'textarea', required: true },
              ],
            },
            { name: 'relatedGuides', label: '相关事项', type: 'relationship', relationTo: 'service-guides', hasMany: true },
          ],
        },
        { label: '渠道定制', fields: [channelOverridesField()] },
        { label: '渠道预览', fields: [channelPreviewField()] },
      ],
    },
    targetsField(),
    ...workflowFields(),
  ],
}
