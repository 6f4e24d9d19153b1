import type { PayloadRequest } from 'payload'

/** Staff roles. Every non-admin belongs to one or more departments. */
export const ROLES = ['admin', 'editor', 'reviewer', 'official', 'supervisor'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  editor: '宣传编辑',
  reviewer: '审核',
  official: '答复人员',
  supervisor: '督办',
}

export interface StaffUser {
  collection: 'users'
  id: number | string
  role: Role
  departments?: Array<number | string | { id: number | string }> | null
}

type AnyUser = PayloadRequest['user']

/** A logged-in staff member (not a channel client authenticated by API key). */
export function staffOf(user: AnyUser): StaffUser | null {
  if (!user || user.collection !== 'users') return null
  return user as unknown as StaffUser
}

export function hasRole(user: AnyUser, ...roles: Role[]): boolean {
  const staff = staffOf(user)
  return !!staff && roles.includes(staff.role)
}

export function isChannelClient(user: AnyUser): boolean {
  return !!user && user.collection === 'channels'
}

/** Department ids of a staff member, normalised whether or not the relation is populated. */
export function departmentIds(user: AnyUser): Array<number | string> {
  const staff = staffOf(user)
  if (!staff?.departments) return []
  return staff.departments.map((d) => (typeof d === 'object' ? d.id : d))
}

export function relationId(value: unknown): number | string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return (value as { id?: number | string }).id ?? null
  return value as number | string
}

export function inDepartments(user: AnyUser, department: unknown): boolean {
  const id = relationId(department)
  return id !== null && departmentIds(user).some((d) => String(d) === String(id))
}
