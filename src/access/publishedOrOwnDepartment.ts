import type { Access } from 'payload'

import { departmentIds, hasRole } from './principal'

/**
 * Published content is public. Drafts are visible to admins and supervisors, and to other staff
 * only for their own departments. Channel clients and the public see published content only.
 */
export const publishedOrOwnDepartment: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'supervisor')) return true
  const published = { _status: { equals: 'published' } }
  if (!hasRole(req.user, 'editor', 'reviewer', 'official')) return published
  return { or: [published, { department: { in: departmentIds(req.user) } }] }
}
