import type { CollectionConfig, Field } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { never } from '../../src/access/never'
import { urlField } from '../../src/fields/url'
import { CHANNEL_KINDS } from '../../channels/kinds'
import { SECRET_FIELDS, storeWriteOnlySecrets } from './hooks/storeWriteOnlySecrets'


/** A secret is stored in a field nobody can read back and set through a write-only input. */
function secretPair(name: string, label: string): Field[] {
  return [
    { name, type: 'text', access: { read: never }, admin: { hidden: true } },
    {
      name: `${name}Input`,
      label,
      type: 'text',
      virtual: true,
      admin: { description: '出于安全考虑，已保存的值不会显示；留空则保持不变' },
    },
  ]
}

/**
 * 渠道: one document per channel client. An auth collection so each client calls the API with
 * its own API key (`Authorization: channels API-Key <key>`); it can never log in to the admin.
 */
export const Channels: CollectionConfig = {
  slug: 'channels',
  labels: { singular: '渠道', plural: '渠道' },
  auth: { useAPIKey: true, disableLocalStrategy: true },
  admin: { group: '渠道', useAsTitle: 'name', defaultColumns: ['name', 'kind', 'enabled', 'updatedAt'] },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin, admin: () => false },
  hooks: { beforeChange: [storeWriteOnlySecrets] },
  fields: [
    { name: 'name', label: '名称', type: 'text', required: true },
    { name: 'kind', label: '类型', type: 'select', required: true, options: [...CHANNEL_KINDS], index: true },
    { name: 'enabled', label: '启用', type: 'checkbox', defaultValue: true, index: true },
    {
      name: 'wechat',
      label: '公众号设置',
      type: 'group',
      admin: {
        condition: (data) => data?.kind === 'wechat',
        description: '公众号后台「设置与开发 › 基本配置 › 服务器配置」的服务器地址(URL)填 <站点地址>/api/wechat/callback/<本渠道ID>；填写 EncodingAESKey 即为安全模式，只接受加密消息（docs/wechat.md）。',
      },
      fields: [
        { name: 'appId', label: 'AppID', type: 'text' },
        { name: 'accountId', label: '原始ID（gh_…）', type: 'text' },
        ...secretPair('appSecret', 'AppSecret'),
        ...secretPair('token', '服务器配置 Token'),
        ...secretPair('encodingAESKey', 'EncodingAESKey'),
        // The key the last change of EncodingAESKey replaced: messages WeChat encrypted just before
        // the switch still open (channels/wechat/receive/open.ts). Only the hook sets it.
        { name: 'encodingAESKeyPrevious', type: 'text', access: { read: never }, admin: { hidden: true } },
        urlField('apiBase', 'API 地址', { admin: { description: '默认 https://api.weixin.qq.com；测试环境可指向本地协议服务器' } }),
      ],
    },
    {
      name: 'webhook',
      label: '变更通知（Webhook）',
      type: 'group',
      admin: { condition: (data) => data?.kind === 'app' || data?.kind === 'website' },
      fields: [urlField('url', '通知地址'), ...secretPair('secret', '签名密钥（HMAC-SHA256）')],
    },
    { name: 'location', label: '安装位置', type: 'text', admin: { condition: (data) => data?.kind === 'kiosk' } },
    {
      name: 'sync',
      label: '同步状态',
      type: 'group',
      admin: { readOnly: true, description: '客户端通过心跳上报，用于发现长时间未同步的终端' },
      fields: [
        { name: 'lastSeenAt', label: '最近心跳', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'appliedCursor', label: '已应用的游标', type: 'text' },
        { name: 'clientVersion', label: '客户端版本', type: 'text' },
      ],
    },
  ],
}

export { SECRET_FIELDS }
