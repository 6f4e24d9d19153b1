import type { Access, CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { isStaff } from '../../src/access/isStaff'
import { hasRole } from '../../src/access/principal'
import { synonymsChanged, synonymsDeleted } from '../../src/search/hooks'
import { phraseParts } from '../../src/search/synonyms'

const canEdit: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer')

/**
 * 搜索同义词: how citizens say things -> the official words of the service (开饭店 -> 食品经营许可).
 * Seeded from src/search/synonyms.seed.ts when empty; edits count from the next search.
 */
export const SearchSynonyms: CollectionConfig = {
  slug: 'search-synonyms',
  labels: { singular: '搜索同义词', plural: '搜索同义词' },
  admin: {
    group: '智能搜索',
    useAsTitle: 'label',
    defaultColumns: ['label', 'targets', 'source', 'enabled', 'updatedAt'],
    description: '群众的说法 → 规范用语。搜索时命中左侧任一说法，就按右侧规范用语一起查找。',
  },
  access: { read: isStaff, create: canEdit, update: canEdit, delete: isAdmin },
  hooks: { afterChange: [synonymsChanged], afterDelete: [synonymsDeleted] },
  fields: [
    {
      name: 'phrases',
      label: '群众说法',
      type: 'text',
      hasMany: true,
      required: true,
      admin: { description: '如：开饭店、小饭馆。用“+”连接表示同时出现即可，如：公积金+取（能匹配“公积金怎么取出来”）' },
      validate: (value: unknown) =>
        Array.isArray(value) && value.some((v) => phraseParts(String(v)).join('').length >= 2)
          ? true
          : '请至少填写一个两字以上的说法 / At least one phrase of two or more characters is required',
    },
    {
      name: 'targets',
      label: '规范用语',
      type: 'text',
      hasMany: true,
      required: true,
      admin: { description: '事项名称中的规范词或部门简称，如：食品经营许可、市场监管局' },
    },
    {
      name: 'label',
      type: 'text',
      admin: { hidden: true },
      hooks: {
        beforeChange: [
          ({ siblingData }) => `${((siblingData.phrases as string[]) ?? []).slice(0, 3).join('、')} → ${((siblingData.targets as string[]) ?? []).join('、')}`,
        ],
      },
    },
    { name: 'enabled', label: '启用', type: 'checkbox', defaultValue: true, admin: { position: 'sidebar' } },
    {
      name: 'source',
      label: '来源',
      type: 'select',
      defaultValue: 'editor',
      admin: { position: 'sidebar', readOnly: true },
      options: [
        { value: 'seed', label: '初始词库' },
        { value: 'editor', label: '编辑添加' },
        { value: 'gap', label: '来自搜索无结果' },
      ],
    },
    { name: 'note', label: '备注', type: 'textarea', admin: { position: 'sidebar' } },
  ],
}
