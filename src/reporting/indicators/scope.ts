import type { PayloadRequest } from 'payload'

import { departmentIds, hasRole, staffOf, type Role } from '../../access/principal'
import type { Id } from './records'

/**
 * Who sees what on the dashboard and in a downloaded report (docs/indicators.md, 「权限」):
 * - admins and supervisors (督办): every section, every department, with a free department filter;
 * - everyone else: only their own departments (the filter is forced to them);
 * - the feedback sections (诉求概览, 办理效率): admins, supervisors, officials and department heads;
 * - 发布情况: admins, supervisors, editors and reviewers (the roles that may read deliveries);
 * - 内容质量: every staff member (guides of their departments, searches without results).
 */
export interface DashboardScope {
  role: Role
  departmentHead: boolean
  /** null = every department. */
  departments: Id[] | null
  /** The departments the filter offers; null = every department. */
  choices: Id[] | null
  /** The department the user picked, if any. */
  selected: Id | null
  sections: { feedback: boolean; publishing: boolean; quality: boolean }
}

export function dashboardScope(user: PayloadRequest['user'], requested?: string | null): DashboardScope | null {
  const staff = staffOf(user)
  if (!staff) return null
  const head = Boolean((user as unknown as { departmentHead?: boolean }).departmentHead)
  const all = hasRole(user, 'admin', 'supervisor')
  const own = departmentIds(user)
  const wanted = requested ? (all ? requested : (own.find((d) => String(d) === String(requested)) ?? null)) : null
  return {
    role: staff.role,
    departmentHead: head,
    departments: all ? (wanted !== null ? [wanted] : null) : wanted !== null ? [wanted] : own,
    choices: all ? null : own,
    selected: wanted,
    sections: {
      feedback: all || hasRole(user, 'official') || head,
      publishing: all || hasRole(user, 'editor', 'reviewer'),
      quality: true,
    },
  }
}

/** The scope of the weekly report mailed to supervisors: everything. */
export const SUPERVISOR_SCOPE: DashboardScope = {
  role: 'supervisor',
  departmentHead: false,
  departments: null,
  choices: null,
  selected: null,
  sections: { feedback: true, publishing: true, quality: true },
}
