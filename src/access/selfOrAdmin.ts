import type { Access } from 'payload'

import { hasRole, staffOf } from './principal'

/** Staff see and edit their own account; admins manage everyone; supervisors can list staff. */
export const selfOrAdmin: Access = ({ req }) => {
  const staff = staffOf(req.user)
  if (!staff) return false
  if (hasRole(req.user, 'admin')) return true
  return { id: { equals: staff.id } }
}

export const readStaff: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'supervisor')) return true
  return selfOrAdmin({ req } as Parameters<Access>[0])
}
