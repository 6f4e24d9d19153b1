import type { Access } from 'payload'

import { departmentIds, hasRole, staffOf } from './principal'

/**
 * Feedback cases: admins and supervisors see all; officials, editors and reviewers see their own
 * departments' cases (with masked text; the original is a field rule, canReadOriginal). Channel
 * API keys and the public never read feedback.
 */
export const readFeedback: Access = ({ req }) => {
  if (!staffOf(req.user)) return false
  if (hasRole(req.user, 'admin', 'supervisor')) return true
  return { department: { in: departmentIds(req.user) } }
}
