import type { Role } from '../../access/principal'
import { WorkflowError } from './errors'
import type { HistoryEntry, WorkflowAction, WorkflowData, WorkflowState } from './states'
import { STATE_LABELS } from './states'

export interface Actor {
  id: string | number | null
  name: string
  role: Role | 'system'
  /** Whether the actor belongs to the document's department (always true for admin and system). */
  inDepartment: boolean
}

export interface TransitionRequest {
  action: WorkflowAction
  actor: Actor
  reason?: string | null
  /** Review levels configured now; applied when a document is submitted. */
  configuredLevels?: number
  at?: Date
}

const REVIEWERS: Array<Actor['role']> = ['reviewer', 'admin', 'system']
const AUTHORS: Array<Actor['role']> = ['editor', 'admin', 'system']

/** Which states each action may start from. */
const FROM: Partial<Record<WorkflowAction, WorkflowState[]>> = {
  submit: ['draft', 'withdrawn'],
  approve: ['submitted'],
  reject: ['submitted', 'approved'],
  publish: ['approved'],
  withdraw: ['published'],
  expire: ['published'],
  edit: ['submitted', 'approved', 'published', 'withdrawn'],
}

function refuse(zh: string, en: string, status = 403): never {
  throw new WorkflowError(status, zh, en)
}

function requireRole(actor: Actor, allowed: Array<Actor['role']>, zh: string, en: string): void {
  if (!allowed.includes(actor.role)) refuse(`${zh}：当前角色无权操作`, `${en}: your role may not do this`)
  if (!actor.inDepartment) refuse(`${zh}：只能处理本部门的内容`, `${en}: only for your own department's content`)
}

/**
 * The editorial state machine, pure: given the current workflow data and a request, returns the
 * next workflow data or throws a WorkflowError that says why not (in Chinese and English).
 */
export function transition(current: WorkflowData, req: TransitionRequest): WorkflowData {
  const { action, actor } = req
  const from = current.state
  const allowedFrom = FROM[action]
  if (allowedFrom && !allowedFrom.includes(from)) {
    if (action === 'publish') {
      refuse(
        `未经审核通过不得发布（当前状态：${STATE_LABELS[from]}）`,
        `Cannot publish before approval (current state: ${from})`,
        409,
      )
    }
    refuse(`当前状态「${STATE_LABELS[from]}」不能执行该操作`, `Action "${action}" is not allowed in state "${from}"`, 409)
  }
  const next: WorkflowData = { ...current, history: [...current.history] }
  let to: WorkflowState = from
  switch (action) {
    case 'create':
      to = 'draft'
      break
    case 'edit':
      to = 'draft'
      next.level = 0
      break
    case 'submit':
      requireRole(actor, AUTHORS, '送审', 'Submit')
      to = 'submitted'
      next.level = 0
      next.requiredLevels = clampLevels(req.configuredLevels ?? current.requiredLevels)
      next.submittedBy = actor.id
      next.rejectionReason = null
      break
    case 'approve': {
      requireRole(actor, REVIEWERS, '审核', 'Approve')
      if (actor.role !== 'admin' && actor.id !== null && String(actor.id) === String(current.submittedBy)) {
        refuse('不能审核自己送审的内容', 'You cannot approve what you submitted')
      }
      if (actor.role !== 'admin' && approvedThisRound(current).some((id) => String(id) === String(actor.id))) {
        refuse('同一审核人不能在一轮中审核两级', 'The same reviewer cannot approve two levels of one round')
      }
      next.level = current.level + 1
      to = next.level >= current.requiredLevels ? 'approved' : 'submitted'
      break
    }
    case 'reject':
      requireRole(actor, REVIEWERS, '退回', 'Reject')
      if (!req.reason?.trim()) refuse('退回必须填写原因', 'A rejection needs a reason', 400)
      to = 'draft'
      next.level = 0
      next.rejectionReason = req.reason.trim()
      break
    case 'publish':
      requireRole(actor, REVIEWERS, '发布', 'Publish')
      to = 'published'
      break
    case 'withdraw':
      requireRole(actor, REVIEWERS, '撤回', 'Withdraw')
      to = 'withdrawn'
      break
    case 'expire':
      to = 'withdrawn'
      break
    case 'import':
      to = 'published'
      break
  }
  next.state = to
  next.history.push(entry(action, from, to, actor, req, action === 'approve' ? next.level : null))
  return next
}

function entry(
  action: WorkflowAction,
  from: WorkflowState,
  to: WorkflowState,
  actor: Actor,
  req: TransitionRequest,
  level: number | null,
): HistoryEntry {
  return {
    action,
    from,
    to,
    level,
    by: actor.id,
    byName: actor.name,
    at: (req.at ?? new Date()).toISOString(),
    reason: req.reason?.trim() || null,
  }
}

/** Reviewers who approved since the last submission. */
function approvedThisRound(current: WorkflowData): Array<string | number> {
  const ids: Array<string | number> = []
  for (let i = current.history.length - 1; i >= 0; i--) {
    const h = current.history[i]
    if (h.action === 'submit') break
    if (h.action === 'approve' && h.by !== null && h.by !== undefined) ids.push(h.by)
  }
  return ids
}

export function clampLevels(n: number): number {
  return Math.min(3, Math.max(1, Math.round(Number(n) || 1)))
}
