import type { FieldAccess } from 'payload'

import { hasRole, inDepartments } from './principal'

/**
 * The citizen's original words, contact and attachments: only admins and officials of the
 * department the case is routed to. Everyone else works from the masked text.
 */
export const canReadOriginal: FieldAccess = ({ req, doc }) => {
  if (hasRole(req.user, 'admin')) return true
  return hasRole(req.user, 'official') && !!doc && inDepartments(req.user, (doc as { department?: unknown }).department)
}
