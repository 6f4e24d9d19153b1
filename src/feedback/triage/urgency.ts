/**
 * Urgency: does this message need an official now, and why. Each reason's cues are summed (each
 * cue once); a reason fires at 1. A cue does not count when a negator sits shortly before it in
 * the same clause (没有安全隐患, 防止火灾, 拒收红包), and a hazard already dealt with (已修复,
 * 当天就处理了) is not urgent unless the text says it is still going on.
 */
import { AhoCorasick } from '../../text/ahoCorasick'
import { AFTERMATH_QUESTION, NOT_NEGATORS, RESOLVED, STILL_ONGOING, URGENCY_CUES, URGENCY_LOOKALIKES, URGENCY_NEGATORS } from './lexicon/urgency'
import { URGENT_REASONS, type UrgentReason } from './types'

/** How many characters before a cue a negator reaches (没有发现任何安全隐患: 6). */
const NEGATION_REACH = 6
const CLAUSE_BREAK = /[，,。！!？?；;\n]/
const FIRES_AT = 1
/** What a hazard needs in a question about its aftermath (insurance, relief, reimbursement). */
const AFTERMATH_FIRES_AT = 1.5

export interface UrgencyDecision {
  urgent: boolean
  reasons: UrgentReason[]
  /** Matched words as written in the original text. */
  evidence: string[]
  scores: Record<UrgentReason, number>
}

function negated(folded: string, start: number): boolean {
  let from = Math.max(0, start - NEGATION_REACH)
  for (let i = start - 1; i >= from; i--) {
    if (CLAUSE_BREAK.test(folded[i]!)) {
      from = i + 1
      break
    }
  }
  const before = folded.slice(from, start).replace(NOT_NEGATORS, ' ')
  return URGENCY_NEGATORS.some((n) => before.includes(n))
}

/** String cues of every reason in one automaton (one pass over the text); regex cues run one by one. */
let automaton: { ac: AhoCorasick; owners: Map<string, Array<{ reason: UrgentReason; weight: number }>> } | null = null

function stringCues(): NonNullable<typeof automaton> {
  if (automaton) return automaton
  const owners = new Map<string, Array<{ reason: UrgentReason; weight: number }>>()
  for (const reason of URGENT_REASONS) {
    for (const [cue, weight] of URGENCY_CUES[reason]) {
      if (typeof cue === 'string') owners.set(cue, [...(owners.get(cue) ?? []), { reason, weight }])
    }
  }
  automaton = { ac: new AhoCorasick([...owners.keys(), ...URGENCY_LOOKALIKES]), owners }
  return automaton
}

/** `original` and `folded` have the same length (fold is length-preserving), so evidence slices the original. */
export function assessUrgency(original: string, folded: string): UrgencyDecision {
  const { ac, owners } = stringCues()
  const found = ac.search(folded)
  const lookalikes = new Set(URGENCY_LOOKALIKES)
  const hidden = found.filter((m) => lookalikes.has(m.pattern))
  const inLookalike = (s: number, e: number) => hidden.some((h) => s < h.end && e > h.start)
  const scores = Object.fromEntries(URGENT_REASONS.map((r) => [r, 0])) as Record<UrgentReason, number>
  const evidenceOf = new Map<UrgentReason, string[]>(URGENT_REASONS.map((r) => [r, []]))
  const counted = new Set<string | RegExp>() // each cue counts once per reason
  const count = (reason: UrgentReason, cue: string | RegExp, weight: number, start: number, end: number) => {
    const key = typeof cue === 'string' ? `${reason}:${cue}` : cue
    if (counted.has(key) || inLookalike(start, end) || negated(folded, start)) return
    counted.add(key)
    scores[reason] += weight
    evidenceOf.get(reason)!.push(original.slice(start, end))
  }
  for (const m of found) for (const o of owners.get(m.pattern) ?? []) count(o.reason, m.pattern, o.weight, m.start, m.end)
  for (const reason of URGENT_REASONS) {
    for (const [cue, weight] of URGENCY_CUES[reason]) {
      if (typeof cue === 'string') continue
      cue.lastIndex = 0
      for (const m of folded.matchAll(cue)) count(reason, cue, weight, m.index ?? 0, (m.index ?? 0) + m[0].length)
    }
  }
  if (scores.safety >= FIRES_AT && !STILL_ONGOING.test(folded)) {
    if (RESOLVED.test(folded)) scores.safety = 0
    else if (AFTERMATH_QUESTION.test(folded) && scores.safety < AFTERMATH_FIRES_AT) scores.safety = 0
  }

  const reasons = URGENT_REASONS.filter((r) => scores[r] >= FIRES_AT)
  const evidence = [...new Set(reasons.flatMap((r) => evidenceOf.get(r)!))]
  for (const r of URGENT_REASONS) scores[r] = Math.round(scores[r] * 100) / 100
  return { urgent: reasons.length > 0, reasons, evidence, scores }
}
