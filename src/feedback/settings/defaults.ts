import type { FeedbackCategory } from '../labels'

export type DurationUnit = 'hours' | 'working_hours' | 'working_days'

export interface SlaPolicy {
  name: string
  /** Empty: any category. */
  category?: FeedbackCategory | null
  urgent: boolean
  firstResponse: number
  firstResponseUnit: DurationUnit
  resolution: number
  resolutionUnit: DurationUnit
}

/**
 * Defaults drawn from the rules in ../shared/notes/domain.md: urgent 12345 orders dispatched
 * within an hour, others within 24; consultations answered faster than complaints; bad ratings
 * return-visited and rectified within 5–15 working days. All editable in 诉求设置.
 */
export const DEFAULT_SLA_POLICIES: SlaPolicy[] = [
  { name: '紧急诉求', category: null, urgent: true, firstResponse: 1, firstResponseUnit: 'hours', resolution: 24, resolutionUnit: 'hours' },
  { name: '咨询', category: 'consultation', urgent: false, firstResponse: 4, firstResponseUnit: 'working_hours', resolution: 3, resolutionUnit: 'working_days' },
  { name: '建议', category: 'suggestion', urgent: false, firstResponse: 1, firstResponseUnit: 'working_days', resolution: 10, resolutionUnit: 'working_days' },
  { name: '表扬', category: 'praise', urgent: false, firstResponse: 1, firstResponseUnit: 'working_days', resolution: 5, resolutionUnit: 'working_days' },
  { name: '投诉举报求助', category: null, urgent: false, firstResponse: 1, firstResponseUnit: 'working_days', resolution: 5, resolutionUnit: 'working_days' },
]

export const DEFAULT_FEEDBACK_SETTINGS = {
  slaPolicies: DEFAULT_SLA_POLICIES,
  /** Warn the assignee at this share of the time allowed. */
  warnAt: 0.8,
  badRating: { returnVisitDays: 3, rectificationDays: 10 },
  spike: { windowHours: 2, baselineDays: 7, minCount: 3, factor: 3 },
  /** 政务舆情 on a matter of broad concern: respond within 48 hours. */
  sentimentResponseHours: 48,
  /** Route automatically only above this routing confidence; the rest wait for a dispatcher. */
  autoRouteScore: 0.5,
  requireAnswerReview: false,
  alertEmails: [] as string[],
}
export type FeedbackSettingsData = typeof DEFAULT_FEEDBACK_SETTINGS
