import type { PayloadRequest } from 'payload'

import { hasRole, inDepartments, relationId, staffOf } from '../../access/principal'
import type { ResponseStatus } from './types'

type User = PayloadRequest['user']

/** Who may write, send and close answers to a case: admins and supervisors anywhere, officials of its department. */
export function mayAnswer(user: User, caseDepartment: unknown): boolean {
  if (hasRole(user, 'admin', 'supervisor')) return true
  return hasRole(user, 'official') && inDepartments(user, caseDepartment)
}

export type Verdict = { ok: true } | { ok: false; status: number; zh: string; en: string }

/**
 * 答复审核: someone other than the author — a supervisor, an admin, or another official of the
 * case's department. Four eyes only work if the second pair is a different person.
 */
export function mayApprove(user: User, author: unknown, caseDepartment: unknown): Verdict {
  const staff = staffOf(user)
  if (!staff) return { ok: false, status: 401, zh: '请先登录', en: 'Staff login required' }
  const authorId = relationId(author)
  if (authorId !== null && String(authorId) === String(staff.id)) {
    return { ok: false, status: 403, zh: '不能审核自己撰写的答复，请由本部门其他人员或督办审核', en: 'You cannot approve your own answer' }
  }
  if (mayAnswer(user, caseDepartment)) return { ok: true }
  return { ok: false, status: 403, zh: '无权审核该部门的答复', en: "Not allowed to approve this department's answers" }
}

/** The answer text may change only before it is under review or on its way; a change after a failure goes back to draft. */
export const EDITABLE_STATUSES: ResponseStatus[] = ['draft', 'failed', 'needs_other_route']

/** Statuses from which "send" starts a delivery (after review, when review is required). */
export const SENDABLE_STATUSES: ResponseStatus[] = ['draft', 'failed', 'needs_other_route']
