/**
 * Shared types of automatic feedback triage (群众诉求自动分拣): every citizen message gets a tone,
 * a category, an urgency flag with reasons, a department and guide, and a masked copy on arrival.
 */
import type { RoutingContext } from '../routing'

export type Sentiment = 'negative' | 'neutral' | 'positive'
export type Category = 'complaint' | 'consultation' | 'suggestion' | 'praise' | 'report' | 'help'
export type UrgentReason = 'safety' | 'self_harm' | 'mass_incident' | 'media' | 'misconduct'

export const SENTIMENTS: readonly Sentiment[] = ['negative', 'neutral', 'positive']
export const CATEGORIES: readonly Category[] = ['complaint', 'consultation', 'suggestion', 'praise', 'report', 'help']
export const URGENT_REASONS: readonly UrgentReason[] = ['safety', 'self_harm', 'mass_incident', 'media', 'misconduct']

// Chinese labels of these values: src/feedback/labels.ts.

export interface TriageInput {
  text: string
  /** Channel kind: website, app, wechat, kiosk, email, hotline… */
  channel?: string
  /** 好差评 rating 1-5 (1 非常不满意 … 5 非常满意), when the channel collected one. */
  rating?: number | null
  /** The guide the citizen was looking at, when the channel knows it. */
  guideCode?: string | null
}

export interface TriageResult {
  sentiment: Sentiment
  /** -1 (very negative) … 1 (very positive), text and rating combined. */
  sentimentScore: number
  category: Category
  categoryScores?: Record<Category, number>
  urgent: boolean
  urgentReasons: UrgentReason[]
  /** The words of the text that made it urgent, as written (before masking). */
  urgentEvidence: string[]
  department: string | null
  guide: string | null
  routeScore: number
  /** Words of the masked, folded text (no personal data in them). */
  tokens: string[]
  pii: boolean
  piiKinds: string[]
  maskedText: string
}

export interface TriageContext {
  routing: RoutingContext
}
