import type { Payload } from 'payload'

import { DEFAULT_FEEDBACK_SETTINGS, type FeedbackSettingsData, type SlaPolicy } from './defaults'

/** The saved settings over the defaults: a fresh install works before anyone opens the page. */
export async function loadFeedbackSettings(payload: Payload): Promise<FeedbackSettingsData> {
  const saved = (await payload.findGlobal({ slug: 'feedback-settings', depth: 0, overrideAccess: true }).catch(() => null)) as
    | (Partial<FeedbackSettingsData> & { slaPolicies?: SlaPolicy[] | null })
    | null
  const d = DEFAULT_FEEDBACK_SETTINGS
  return {
    slaPolicies: saved?.slaPolicies?.length ? saved.slaPolicies : d.slaPolicies,
    warnAt: saved?.warnAt ?? d.warnAt,
    badRating: { ...d.badRating, ...clean(saved?.badRating) },
    spike: { ...d.spike, ...clean(saved?.spike) },
    sentimentResponseHours: saved?.sentimentResponseHours ?? d.sentimentResponseHours,
    autoRouteScore: saved?.autoRouteScore ?? d.autoRouteScore,
    requireAnswerReview: saved?.requireAnswerReview ?? d.requireAnswerReview,
    alertEmails: (saved?.alertEmails as string[] | null) ?? d.alertEmails,
  }
}

function clean<T extends object>(o: T | null | undefined): Partial<T> {
  if (!o) return {}
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>
}
