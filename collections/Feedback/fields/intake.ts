import type { Field } from 'payload'

import { canReadOriginal } from '../../../src/access/canReadOriginal'
import { never } from '../../../src/access/never'
import { channelOptions, kindOptions, piiKindOptions, replyViaOptions } from '../../../src/feedback/labels'

const original = { read: canReadOriginal, update: never }
const readOnly = { readOnly: true }

/** What the citizen sent and how to reach them: written once at intake, never edited. */
export const intakeFields: Field[] = [
  { name: 'conversation', type: 'ui', admin: { components: { Field: '/src/components/admin/CaseThread#CaseThread' } } },
  { name: 'caseNo', label: '受理编号', type: 'text', unique: true, index: true, admin: readOnly },
  {
    type: 'row',
    fields: [
      { name: 'channel', label: '来源渠道', type: 'select', required: true, index: true, options: channelOptions, admin: readOnly },
      { name: 'kind', label: '类型', type: 'select', required: true, defaultValue: 'message', options: kindOptions, admin: readOnly },
      { name: 'receivedAt', label: '受理时间', type: 'date', required: true, index: true, admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
    ],
  },
  { name: 'sourceChannel', label: '渠道账号', type: 'relationship', relationTo: 'channels', admin: readOnly },
  { name: 'clientId', label: '客户端编号', type: 'text', admin: { ...readOnly, description: '渠道侧唯一编号（离线队列 UUID、MsgId、Message-ID、工单号）' } },
  // channel + client id: a resent item (kiosk offline queue, WeChat retry) stores nothing new.
  { name: 'dedupKey', type: 'text', unique: true, index: true, admin: { hidden: true } },
  { name: 'maskedText', label: '诉求内容（已脱敏）', type: 'textarea', admin: readOnly },
  { name: 'text', label: '诉求原文', type: 'textarea', access: original, admin: { ...readOnly, description: '仅责任部门答复人员与系统管理员可见' } },
  {
    type: 'row',
    fields: [
      { name: 'pii', label: '含个人信息', type: 'checkbox', defaultValue: false, admin: readOnly },
      { name: 'piiKinds', label: '个人信息类型', type: 'select', hasMany: true, options: piiKindOptions, admin: readOnly },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'rating', label: '评价等级', type: 'number', min: 1, max: 5, admin: readOnly },
      { name: 'useful', label: '页面是否有用', type: 'checkbox', admin: readOnly },
      { name: 'guideCode', label: '事项编码', type: 'text', index: true, admin: readOnly },
    ],
  },
  { name: 'pageUrl', label: '来源页面', type: 'text', admin: readOnly },
  {
    name: 'contact',
    label: '联系方式',
    type: 'group',
    access: original,
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', label: '称呼', type: 'text' },
          { name: 'phone', label: '电话', type: 'text' },
          { name: 'email', label: '邮箱', type: 'email' },
        ],
      },
      { name: 'openId', label: '微信 OpenID', type: 'text', index: true },
      { name: 'replyVia', label: '答复方式', type: 'select', defaultValue: 'channel', options: replyViaOptions },
    ],
  },
  {
    name: 'attachments',
    label: '附件',
    type: 'array',
    access: original,
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'type', label: '类型', type: 'select', options: [
            { value: 'image', label: '图片' },
            { value: 'voice', label: '语音' },
            { value: 'video', label: '视频' },
            { value: 'file', label: '文件' },
          ] },
          { name: 'filename', label: '文件名', type: 'text' },
          { name: 'contentType', label: '格式', type: 'text' },
          { name: 'size', label: '大小', type: 'number' },
        ],
      },
      { name: 'url', label: '地址', type: 'text' },
      { name: 'mediaId', label: '平台素材ID', type: 'text' },
      { name: 'recognition', label: '语音识别结果', type: 'textarea' },
    ],
  },
  {
    name: 'thread',
    label: '会话',
    type: 'group',
    admin: { condition: (data) => data?.channel === 'email' || data?.channel === 'wechat' },
    fields: [
      { name: 'subject', label: '主题', type: 'text', admin: readOnly },
      { name: 'messageId', label: 'Message-ID', type: 'text', index: true, admin: readOnly },
      { name: 'inReplyTo', label: 'In-Reply-To', type: 'text', admin: readOnly },
      { name: 'parent', label: '所属诉求', type: 'relationship', relationTo: 'feedback', admin: { ...readOnly, description: '同一会话的后续来信挂在首条诉求下' } },
    ],
  },
]
