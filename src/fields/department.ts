import type { RelationshipField } from 'payload'

import { hasRole, inDepartments, staffOf } from '../access/principal'

/** The responsible department; staff other than admins may only pick one of their own. */
export const departmentField = (overrides: Partial<RelationshipField> = {}): RelationshipField => ({
  name: 'department',
  label: '责任部门',
  type: 'relationship',
  relationTo: 'departments',
  required: true,
  index: true,
  validate: (value, { req }) => {
    if (value === null || value === undefined || value === '') return '请选择责任部门 / Department is required'
    if (staffOf(req.user) && !hasRole(req.user, 'admin', 'supervisor') && !inDepartments(req.user, value)) {
      return '只能选择本人所属部门 / You can only choose one of your own departments'
    }
    return true
  },
  ...overrides,
} as RelationshipField)
