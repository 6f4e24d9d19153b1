import { STATUS_LABELS, type FeedbackStatus } from '../labels'

/**
 * Case statuses (docs/feedback-states.md): new -> triaged -> assigned -> answered -> closed, plus
 * reopened, spam and merged. Kept as data so the admin offers only moves that can work.
 */
export const TRANSITIONS: Record<FeedbackStatus, FeedbackStatus[]> = {
  new: ['triaged', 'assigned', 'closed', 'spam', 'merged'],
  triaged: ['assigned', 'spam', 'merged'],
  assigned: ['assigned', 'answered', 'spam', 'merged', 'triaged'],
  answered: ['closed', 'reopened', 'assigned'],
  closed: ['reopened'],
  reopened: ['assigned', 'answered', 'closed'],
  spam: ['triaged'],
  merged: [],
}

export class CaseTransitionError extends Error {
  readonly status = 400
  readonly field = 'status'
  constructor(
    readonly from: FeedbackStatus,
    readonly to: FeedbackStatus,
  ) {
    super(
      `状态不能从「${STATUS_LABELS[from]}」改为「${STATUS_LABELS[to]}」 / Cannot move a case from ${from} to ${to}`,
    )
  }
}

export function canMove(from: FeedbackStatus, to: FeedbackStatus): boolean {
  return from === to || TRANSITIONS[from].includes(to)
}

export function assertMove(from: FeedbackStatus, to: FeedbackStatus): void {
  if (!canMove(from, to)) throw new CaseTransitionError(from, to)
}

/** Statuses in which the case is still the department's to work (open for SLA purposes). */
export const OPEN_STATUSES: FeedbackStatus[] = ['new', 'triaged', 'assigned', 'reopened']
