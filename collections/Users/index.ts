import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../../src/access/isAdmin'
import { ROLE_LABELS, ROLES } from '../../src/access/principal'
import { readStaff, selfOrAdmin } from '../../src/access/selfOrAdmin'
import { departmentsRequiredUnlessAdmin } from './hooks/departmentsRequiredUnlessAdmin'

/** Staff: publicity editors, reviewers, officials who answer feedback, supervisors, admins. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: '工作人员', plural: '工作人员' },
  auth: { maxLoginAttempts: 5, lockTime: 10 * 60 * 1000, tokenExpiration: 8 * 60 * 60 },
  admin: { group: '组织', useAsTitle: 'name', defaultColumns: ['name', 'email', 'role', 'departments'] },
  access: { read: readStaff, create: isAdmin, update: selfOrAdmin, delete: isAdmin, admin: ({ req }) => req.user?.collection === 'users' },
  hooks: { beforeValidate: [departmentsRequiredUnlessAdmin] },
  fields: [
    { name: 'name', label: '姓名', type: 'text', required: true },
    {
      name: 'role',
      label: '角色',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { update: isAdminField },
      saveToJWT: true,
    },
    {
      name: 'departments',
      label: '所属部门',
      type: 'relationship',
      relationTo: 'departments',
      hasMany: true,
      access: { update: isAdminField },
      saveToJWT: true,
      admin: { description: '除系统管理员外，每位工作人员至少属于一个部门' },
    },
    { name: 'phone', label: '手机号', type: 'text' },
    {
      type: 'row',
      fields: [
        { name: 'departmentHead', label: '部门负责人', type: 'checkbox', defaultValue: false, access: { update: isAdminField }, admin: { description: '接收超期督办邮件' } },
        { name: 'onDuty', label: '当前值班', type: 'checkbox', defaultValue: false, admin: { description: '紧急诉求即时提醒值班人员；本部门无人值班时提醒全部答复人员' } },
      ],
    },
  ],
}
