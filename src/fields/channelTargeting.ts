import type { Field } from 'payload'

import { ALL_CHANNEL_KINDS, CHANNEL_KINDS } from '../../channels/kinds'

/** Which channel kinds a document goes to (default: all) — shown in the sidebar. */
export const targetsField = (): Field => ({
  name: 'targets',
  label: '发布渠道',
  type: 'select',
  hasMany: true,
  options: CHANNEL_KINDS.map(({ value, label }) => ({ value, label })),
  defaultValue: ALL_CHANNEL_KINDS,
  admin: { position: 'sidebar', description: '默认发布到全部已启用的渠道' },
})

/** Per-channel overrides: short title and digest for WeChat, a kiosk summary, a cover image. */
export const channelOverridesField = (): Field => ({
  name: 'channelOverrides',
  label: '渠道定制',
  type: 'group',
  admin: { description: '留空时各渠道使用正文内容自动生成' },
  fields: [
    {
      name: 'shortTitle',
      label: '短标题（公众号，32字以内）',
      type: 'text',
      validate: (v: unknown) =>
        !v || [...String(v)].length <= 32 ? true : '短标题不能超过32个字 / Short title must be at most 32 characters',
    },
    {
      name: 'digest',
      label: '摘要（公众号，128字以内）',
      type: 'textarea',
      validate: (v: unknown) =>
        !v || [...String(v)].length <= 128 ? true : '摘要不能超过128个字 / Digest must be at most 128 characters',
    },
    { name: 'kioskSummary', label: '终端摘要（适合朗读的简短说明）', type: 'textarea' },
    { name: 'cover', label: '封面图', type: 'upload', relationTo: 'media' },
  ],
})
