import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

export const departmentsRequiredUnlessAdmin: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const role = data?.role ?? originalDoc?.role ?? 'editor'
  const departments = data?.departments === undefined ? originalDoc?.departments : data.departments
  if (role !== 'admin' && (!Array.isArray(departments) || departments.length === 0)) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'departments', message: '非管理员必须至少属于一个部门 / Every non-admin must belong to a department' }],
    })
  }
  return data
}
