import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { isStaff } from '../../src/access/isStaff'
import { synonymFromGap } from '../../src/search/hooks'
import { noClickEndpoint } from '../../src/search/noClick'

/**
 * 搜索无结果: what citizens looked for and did not find, personal data masked, counted per
 * query. Typing official words into 指向的规范用语 adds a synonym and closes the gap.
 */
export const SearchGaps: CollectionConfig = {
  slug: 'search-gaps',
  labels: { singular: '搜索无结果', plural: '搜索无结果' },
  admin: {
    group: '智能搜索',
    useAsTitle: 'query',
    defaultColumns: ['query', 'count', 'noClickCount', 'lastSeenAt', 'status', 'synonymTarget'],
    description: '群众搜了却没找到的内容（已去除手机号、证件号等个人信息）。填写“指向的规范用语”并保存，即可一键添加同义词。',
    listSearchableFields: ['query'],
  },
  defaultSort: '-count',
  // Gaps are written by the search service only (local API, access overridden).
  access: { read: isStaff, create: () => false, update: isStaff, delete: isAdmin },
  hooks: { beforeChange: [synonymFromGap] },
  endpoints: [noClickEndpoint],
  fields: [
    { name: 'query', label: '搜索内容', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'count', label: '无结果次数', type: 'number', defaultValue: 1, index: true, admin: { readOnly: true } },
        { name: 'noClickCount', label: '有结果未点开次数', type: 'number', defaultValue: 0, admin: { readOnly: true } },
        { name: 'firstSeenAt', label: '首次出现', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'lastSeenAt', label: '最近出现', type: 'date', index: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'channels', label: '渠道', type: 'text', hasMany: true, admin: { readOnly: true } },
    {
      name: 'status',
      label: '处理状态',
      type: 'select',
      defaultValue: 'open',
      index: true,
      options: [
        { value: 'open', label: '待处理' },
        { value: 'resolved', label: '已添加同义词' },
        { value: 'ignored', label: '已忽略' },
      ],
    },
    {
      name: 'synonymPhrase',
      label: '群众说法（可改）',
      type: 'text',
      admin: { description: '留空则用搜索内容；可删去无关的字词，只留关键说法，如：冰糖葫芦摊' },
    },
    {
      name: 'synonymTarget',
      label: '指向的规范用语',
      type: 'text',
      admin: { description: '填写事项名称中的规范词（如：食品经营许可），保存后自动添加为同义词，多个用顿号分隔' },
    },
    { name: 'synonym', label: '已添加的同义词', type: 'relationship', relationTo: 'search-synonyms', admin: { readOnly: true } },
  ],
}
