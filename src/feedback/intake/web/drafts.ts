import { randomUUID } from 'node:crypto'

/** What the citizen typed into the website form, kept so a refused form comes back filled in. */
export interface FormValues {
  text: string
  name: string
  replyVia: string
  phone: string
  email: string
  guide: string
  formId: string
}

export interface Draft {
  values: FormValues
  field: string
  message: string
}

const TTL_MS = 10 * 60_000
const MAX_DRAFTS = 1_000
// On globalThis: Next bundles the route handler that saves a draft and the page that reads it
// separately, and a module-level Map would be two Maps.
const store = globalThis as unknown as { __omnihubFeedbackDrafts?: Map<string, Draft & { expires: number }> }
const drafts = (store.__omnihubFeedbackDrafts ??= new Map())

/**
 * Keeps a refused form for the redirect back to /feedback (POST → 303 → GET, no JavaScript) for ten
 * minutes (a reload still shows it): the citizen's words never travel in a URL or a cookie. In
 * memory of this process only: when the GET lands on another hub process the form comes back with
 * the error but empty.
 */
export function saveDraft(draft: Draft, now = Date.now()): string {
  for (const [key, d] of drafts) if (d.expires <= now || drafts.size >= MAX_DRAFTS) drafts.delete(key)
  const key = randomUUID()
  drafts.set(key, { ...draft, expires: now + TTL_MS })
  return key
}

/** The draft under an unguessable key, until it expires. */
export function readDraft(key: string | null | undefined, now = Date.now()): Draft | null {
  if (!key) return null
  const d = drafts.get(key)
  return d && d.expires > now ? { values: d.values, field: d.field, message: d.message } : null
}
