import type { Access } from 'payload'

import { departmentIds, hasRole } from './principal'

/** Editors and reviewers change only their own departments' content; admins change all. */
export const ownDepartmentContent: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!hasRole(req.user, 'editor', 'reviewer')) return false
  return { department: { in: departmentIds(req.user) } }
}
