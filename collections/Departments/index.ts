import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isAdmin } from '../../src/access/isAdmin'
import { phoneField } from '../../src/fields/phone'
import { indexDepartment, unindexDepartment } from '../../src/search/hooks'

/** 职能部门: the body responsible for service items and for answering complaints. */
export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: { singular: '职能部门', plural: '职能部门' },
  admin: { group: '组织', useAsTitle: 'name', defaultColumns: ['name', 'shortName', 'code'] },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { afterChange: [indexDepartment], afterDelete: [unindexDepartment] },
  fields: [
    {
      name: 'code',
      label: '部门代码',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: (value: unknown) =>
        typeof value === 'string' && /^[A-Z][A-Z0-9_]{1,19}$/.test(value)
          ? true
          : '部门代码应为 2-20 位大写字母或数字，例如 SCJGJ / Code must be 2-20 uppercase letters or digits',
    },
    { name: 'name', label: '部门全称', type: 'text', required: true },
    { name: 'shortName', label: '简称', type: 'text' },
    {
      name: 'phones',
      label: '联系电话',
      type: 'array',
      labels: { singular: '电话', plural: '联系电话' },
      fields: [
        { type: 'row', fields: [{ name: 'label', label: '用途', type: 'text', defaultValue: '咨询电话' }, { ...phoneField('number', '号码'), required: true }] },
      ],
    },
    { name: 'email', label: '部门邮箱', type: 'email', admin: { description: '舆情预警与超期督办邮件发往此邮箱' } },
    { name: 'keywords', label: '职能关键词', type: 'text', hasMany: true, admin: { description: '用于智能分拨与搜索' } },
  ],
}
