/**
 * Category of one message: cue words and phrases per category, the hotline operator's opening
 * (来电人咨询… / 来电人表扬…), whether it asks a real question, and its tone (a negative message
 * leans to complaint, a positive one to praise). The highest score wins.
 */
import { BLOCKED_CASE, CATEGORY_CUES, HOTLINE_PREFIXES } from './lexicon/category'
import { REQUEST } from './lexicon/modifiers'
import type { TextTone } from './sentiment'
import { CATEGORIES, type Category, type UrgentReason } from './types'

/** What an urgent message is, when its words say nothing else: a hazard or misconduct is reported, a person in crisis needs help. */
const URGENT_CATEGORY: Record<UrgentReason, Category> = {
  safety: 'report',
  self_harm: 'help',
  mass_incident: 'complaint',
  media: 'complaint',
  misconduct: 'report',
}
/** Words that are praise wherever they stand, even in a request (谢谢 after one is courtesy). */
const REAL_PRAISE = /表扬|点赞|点个赞|好评|锦旗|称赞|赞扬|满意|好样的/

/** A cue right after a negator says the opposite: 不满意 is no praise, 没建议 no suggestion. */
const NEGATED_BEFORE = /[不没未无别]$/
/** Cue categories whose words are negated by a character before them. */
const NEGATABLE: ReadonlySet<Category> = new Set(['praise', 'suggestion'])

function cueScore(folded: string, category: Category): number {
  let score = 0
  for (const [cue, weight] of CATEGORY_CUES[category]) {
    if (typeof cue === 'string') {
      let at = folded.indexOf(cue)
      while (at >= 0 && NEGATABLE.has(category) && NEGATED_BEFORE.test(folded.slice(Math.max(0, at - 1), at))) at = folded.indexOf(cue, at + 1)
      if (at >= 0) score += weight
    } else {
      cue.lastIndex = 0
      if (cue.test(folded)) score += weight
    }
  }
  return score
}

export interface CategoryDecision {
  category: Category
  scores: Record<Category, number>
}

export function categorize(folded: string, tone: TextTone, combined: number, channel?: string, urgent: readonly UrgentReason[] = []): CategoryDecision {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, cueScore(folded, c)])) as Record<Category, number>
  if (REQUEST.test(folded) && !REAL_PRAISE.test(folded)) scores.praise *= 0.3
  for (const r of urgent) scores[URGENT_CATEGORY[r]] += 1.5

  if (channel === 'hotline' || /^(?:市民)?来电/.test(folded)) {
    for (const [re, category, weight] of HOTLINE_PREFIXES) if (re.test(folded)) scores[category] += weight
  }
  // A real question is a consultation unless the rest says otherwise; a rhetorical one is not, and
  // neither is "what now?" about one's own blocked case (that is a request for help).
  const blocked = BLOCKED_CASE.test(folded)
  if (blocked) scores.help += 2
  if (tone.asks && !blocked) scores.consultation += 1.5
  if (tone.rhetorical && !tone.asks) scores.consultation -= 1
  // Tone: 2.5 at full strength, the same scale as one strong cue word.
  scores.complaint += 2.5 * Math.max(0, -combined)
  scores.praise += 2.5 * Math.max(0, combined)
  // A praise word in a negative message is courtesy or sarcasm, not praise.
  if (combined < -0.2) scores.praise *= 0.3
  if (combined > 0.3) scores.complaint *= 0.5

  let category: Category = 'consultation'
  let best = -Infinity
  for (const c of CATEGORIES) {
    if (scores[c] > best) {
      best = scores[c]
      category = c
    }
  }
  // Nothing decisive: a statement with a tone is a complaint or a praise, the rest is taken as a question.
  if (best < 0.5) category = combined < -0.1 && !tone.asks ? 'complaint' : combined > 0.1 && !tone.asks ? 'praise' : 'consultation'
  for (const c of CATEGORIES) scores[c] = Math.round(scores[c] * 100) / 100
  return { category, scores }
}
