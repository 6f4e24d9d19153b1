import type { Access } from 'payload'

import { departmentIds, hasRole } from './principal'

/** Who works a case: admins and supervisors (督办) anywhere, officials on their own departments' cases. */
export const handleFeedback: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'supervisor')) return true
  if (!hasRole(req.user, 'official')) return false
  return { department: { in: departmentIds(req.user) } }
}
