/**
 * Automatic triage (自动分拣) of one citizen message: tone, category, urgency with reasons,
 * department and guide (src/feedback/routing), personal data found and masked (src/text/pii.ts),
 * and the words topic clustering compares. Pure and synchronous; docs/feedback-triage.md.
 */
import { segment } from '../../search/tokenizer'
import { fold } from '../../search/text'
import { detectPii, maskPii } from '../../text/pii'
import { route } from '../routing'
import { categorize } from './category'
import { scan } from './scan'
import { combineTone, ratingTone, textTone } from './sentiment'
import type { Category, Sentiment, TriageContext, TriageInput, TriageResult } from './types'
import { assessUrgency } from './urgency'

export { buildTriageContext } from './context'
export * from './types'

/** Longer input adds cost, not meaning: letters beyond this are not analysed (they stay in maskedText). */
const MAX_ANALYSED_CHARS = 4000
/** |score| from which a tone counts as negative or positive. */
const TONE_THRESHOLD = 0.2
/** Tone of an urgent message that is not clearly positive (感谢消防员… stays positive). */
const URGENT_TONE = -0.4
const URGENT_TONE_CEILING = 0.3

/**
 * A question or a request for help is neutral unless its tone is strong: 取号机坏了，要不要早点去排队？
 * asks, it does not complain. The hotline convention is the same (来电人咨询… is recorded as neutral).
 */
const CALM_THRESHOLD: Partial<Record<Category, number>> = { consultation: 0.65, help: 0.65, suggestion: 0.3 }

function sentimentOf(score: number, category: Category, urgent: boolean): Sentiment {
  const t = urgent ? TONE_THRESHOLD : (CALM_THRESHOLD[category] ?? TONE_THRESHOLD)
  return score <= -t ? 'negative' : score >= t ? 'positive' : 'neutral'
}

export function triage(input: TriageInput, ctx: TriageContext): TriageResult {
  const text = String(input.text ?? '')
  const findings = detectPii(text)
  const maskedText = findings.length ? maskPii(text, findings) : text

  const analysed = text.slice(0, MAX_ANALYSED_CHARS)
  const folded = fold(analysed)
  const scanned = scan(folded)
  const tone = textTone(scanned)
  const rating = ratingTone(input.rating)
  const urgency = assessUrgency(analysed, folded)
  let score = combineTone(tone.score, rating)
  // A hazard, a threat or a crisis told without feeling words is still bad news, unless asked about;
  // self-harm, threats and misconduct never read as good news, a hazard may come with thanks for its repair.
  const grave = urgency.reasons.some((r) => r !== 'safety')
  if (urgency.urgent && !tone.asks && (grave || score < URGENT_TONE_CEILING)) score = Math.min(score, URGENT_TONE)
  const { category, scores } = categorize(folded, tone, score, input.channel, urgency.reasons)

  // Tokens of the masked text: they are stored with topics and must carry no personal data.
  const tokens = segment(fold(maskedText.slice(0, MAX_ANALYSED_CHARS)))
  const routed = route(maskedText, tokens, ctx.routing, { guideCode: input.guideCode ?? null, channel: input.channel })

  return {
    sentiment: sentimentOf(score, category, urgency.urgent && !tone.asks),
    sentimentScore: Math.round(score * 1000) / 1000,
    category,
    categoryScores: scores,
    urgent: urgency.urgent,
    urgentReasons: urgency.reasons,
    urgentEvidence: urgency.evidence,
    department: routed.department,
    guide: routed.guide,
    routeScore: routed.score,
    tokens,
    pii: findings.length > 0,
    piiKinds: [...new Set(findings.map((f) => f.kind))],
    maskedText,
  }
}
