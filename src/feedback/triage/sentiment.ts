/**
 * Tone of one message, -1 … 1. Lexicon words, with negation (scope: the three characters before
 * a word, inside its clause), degree adverbs, contrast (after 但是 weighs more, before it less),
 * concession, wishes and questions (dampened, unless rhetorical), sarcasm, exclamation, plus the
 * 好差评 rating when there is one (1-2 strongly negative, 4-5 positive).
 */
import { COURTESY, IRREALIS, REQUEST, RHETORICAL } from './lexicon/modifiers'
import { AROUSAL_PATTERN, NEGATIVE_PATTERNS, POSITIVE_PATTERNS, QUOTED, SARCASM_PATTERNS, type TonePattern } from './lexicon/patterns'
import type { Clause, Hit, Scanned } from './scan'

/** One piece of evidence for the tone, for debugging and for the docs' examples. */
export interface ToneEvidence {
  text: string
  weight: number
}

export interface TextTone {
  /** Sum of weighted evidence (unbounded). */
  raw: number
  /** tanh-squashed raw, -1 … 1. */
  score: number
  evidence: ToneEvidence[]
  /** The text asks something that is not rhetorical. */
  asks: boolean
  /** Some question in it is rhetorical (是摆设吧？凭什么？). */
  rhetorical: boolean
}

/** How far back (characters) a negator reaches: 不方便, 不太方便, 一点都不方便, 并不是很方便. */
const NEG_REACH = 3
/** A degree adverb must touch its word, or be one character away (非常的好). */
const DEGREE_REACH = 1
/** Negating a negative word gives a weak positive (不慢 is not praise). */
const NEGATED_NEGATIVE = 0.4
const NEGATED_POSITIVE = 0.9
/** raw 1.5 ≈ score 0.6: one clear word with a degree adverb is a clear tone. */
const SQUASH = 1.6

const QUESTION_END = /[?？]/
/** 不是…吗, 难道…, 岂不…: a rhetorical question whose negation asserts the opposite. */
const RHETORICAL_NEGATION = /(?:不是|岂不|莫非)[^，。！？]*[吗么嘛]$|难道/
/** Asking for something to be done (能不能…), as opposed to asking for information. */
const DEMAND = /能不能|能否|可不可以|可否|能不/
const DEMAND_ALL = new RegExp(DEMAND.source, 'g')
/** Words that ask for information (请问, 怎么, 多久, 哪…). */
const ASKING = /请问|怎么|如何|怎样|多久|多长|多少|哪|什么|几|吗|是否|要不要|需不需要|咋/
const QUESTION_PARTICLE = /[吗么呢]$/
/** Citizens often leave out the question mark: an interrogative word makes the clause a question. */
const INTERROGATIVE = /怎么|怎样|如何|哪里|哪儿|哪个|哪些|哪家|什么时候|多久|多长时间|多少|是否|能否|可否|要不要|需不需要|有没有|能不能|可不可以|咋/
/** A good word negated after it: 耐心都没有, 笑脸也没有. */
const POST_NEGATION = /^(?:都|也|全|一点)?(?:没有|没|全无|不见)/

function isQuestion(c: Clause): boolean {
  return QUESTION_END.test(c.close) || QUESTION_PARTICLE.test(c.text) || INTERROGATIVE.test(c.text)
}

/** Clause weights from contrast and concession. */
function clauseWeights(scanned: Scanned): number[] {
  const w = scanned.clauses.map(() => 1)
  for (const h of scanned.hits) {
    if (h.entry.contrast) {
      for (let i = 0; i < w.length; i++) w[i]! *= i < h.clause ? 0.6 : 1.4
    } else if (h.entry.concede) {
      w[h.clause]! *= 0.5
    }
  }
  return w.map((x) => Math.min(2, Math.max(0.2, x)))
}

/** Character spans inside quotation marks (scare quotes), up to 8 characters long. */
function quotedSpans(folded: string): Array<[number, number]> {
  QUOTED.lastIndex = 0
  return [...folded.matchAll(QUOTED)].map((m) => [(m.index ?? 0) + 1, (m.index ?? 0) + m[0].length - 1] as [number, number])
}

/**
 * One sentiment word with the modifiers touching it, in text order: [degree] [negator] [degree] word.
 * 太不方便 is strongly negative; 不太方便 and 不是很方便 are softened (a negator before a degree
 * adverb, or a soft negator), so they count about half, flipped.
 */
function wordScore(hits: Hit[], i: number, rhetoricalNegation: boolean): number {
  const h = hits[i]!
  const chain: Hit[] = [] // nearest first
  let cursor = h.start
  for (let j = i - 1; j >= 0; j--) {
    const m = hits[j]!
    if (m.clause !== h.clause) break
    const gap = cursor - m.end
    if (m.entry.degree !== undefined && gap <= DEGREE_REACH) chain.push(m)
    else if (m.entry.neg !== undefined && gap <= NEG_REACH) chain.push(m)
    else break
    cursor = m.start
  }
  const w = h.entry.senti!
  const negs = chain.filter((m) => m.entry.neg !== undefined)
  const degree = chain.reduce((d, m) => d * (m.entry.degree ?? 1), 1)
  // 这不是为难人吗？难道不方便吗？ — the negation of a rhetorical question asserts.
  if (!negs.length || rhetoricalNegation) return w * degree
  if (negs.length % 2 === 0) return w * degree // 不是不好: double negation
  const negIndex = chain.indexOf(negs[0]!)
  const softened = negs[0]!.entry.neg! < 1 || chain.slice(0, negIndex).some((m) => m.entry.degree !== undefined)
  if (softened) return w > 0 ? -0.5 * w : 0.2 * -w
  return w > 0 ? -w * degree * NEGATED_POSITIVE : -w * NEGATED_NEGATIVE
}

interface Item {
  start: number
  end: number
  text: string
  weight: number
  clause: number
}

function runPatterns(folded: string, patterns: readonly TonePattern[], sign: 1 | -1, clauseOf: (at: number) => number, out: Item[]): void {
  for (const p of patterns) {
    p.re.lastIndex = 0
    for (const m of folded.matchAll(p.re)) {
      const start = m.index ?? 0
      const clause = clauseOf(start)
      if (clause >= 0) out.push({ start, end: start + m[0].length, text: m[0], weight: sign * p.weight, clause })
    }
  }
}

export function textTone(scanned: Scanned): TextTone {
  const { folded, clauses, hits } = scanned
  const weights = clauseWeights(scanned)
  const quotes = quotedSpans(folded)
  const inQuotes = (h: { start: number; end: number }) => quotes.some(([s, e]) => h.start >= s && h.end <= e)
  const isRequest = REQUEST.test(folded)
  const question = clauses.map(isQuestion)
  const negatedQuestion = clauses.map((c) => RHETORICAL_NEGATION.test(c.text))
  const rhetoric = clauses.map((c, i) => negatedQuestion[i]! || RHETORICAL.some((r) => c.text.includes(r)))
  // 建议增加英文版，方便外国人办事: a wish governs the rest of its sentence.
  const irrealis = clauses.map((c) => IRREALIS.some((r) => c.text.includes(r)))
  for (let i = 1; i < clauses.length; i++) if (irrealis[i - 1] && clauses[i]!.sentence === clauses[i - 1]!.sentence) irrealis[i] = true

  const evidence: ToneEvidence[] = []
  let raw = 0
  const add = (clause: number, text: string, w: number) => {
    let x = w * weights[clause]!
    if (question[clause] && !rhetoric[clause]) x *= x > 0 ? 0.3 : 0.6
    else if (irrealis[clause]) x *= x > 0 ? 0.3 : 0.7
    if (/[!！]/.test(clauses[clause]!.close)) x *= 1.2
    raw += x
    evidence.push({ text, weight: Math.round(x * 100) / 100 })
  }

  const items: Item[] = []
  hits.forEach((h, i) => {
    if (h.entry.senti === undefined) return
    let w = wordScore(hits, i, negatedQuestion[h.clause]!)
    if (w > 0 && inQuotes(h)) w = -1.2 * w // 效率真是“高”啊
    if (w > 0 && POST_NEGATION.test(folded.slice(h.end, h.end + 4))) w = -NEGATED_POSITIVE * w
    if (w > 0 && isRequest && COURTESY.has(h.term)) w *= 0.3 // 请帮忙查询，谢谢
    items.push({ start: h.start, end: h.end, text: h.term, weight: w, clause: h.clause })
  })
  const clauseOf = (at: number) => clauses.findIndex((c) => at >= c.start && at < c.end)
  runPatterns(folded, NEGATIVE_PATTERNS, -1, clauseOf, items)
  runPatterns(folded, POSITIVE_PATTERNS, 1, clauseOf, items)
  runPatterns(folded, SARCASM_PATTERNS, -1, clauseOf, items)
  // One stretch of text is one piece of evidence: 来回跑了好几趟 is 来回跑 and 跑了好几趟, counted once.
  const kept: Item[] = []
  for (const it of [...items].sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight))) {
    if (kept.some((k) => k.start < it.end && it.start < k.end && Math.sign(k.weight) === Math.sign(it.weight))) continue
    kept.push(it)
  }
  for (const it of kept.sort((x, y) => x.start - y.start)) add(it.clause, it.text, it.weight)

  // ？？ and ！！ are agitation: they deepen a complaint and say nothing about praise.
  if (raw <= 0.3) {
    AROUSAL_PATTERN.lastIndex = 0
    const n = [...folded.matchAll(AROUSAL_PATTERN)].length
    if (n) {
      raw -= 0.6 * Math.min(n, 2)
      evidence.push({ text: '？？/！！', weight: -0.6 * Math.min(n, 2) })
    }
  }

  // After a complaint, 能不能一次性说清楚？ demands rather than asks.
  const demand = clauses.map((c) => raw < -0.5 && DEMAND.test(c.text) && !ASKING.test(c.text.replace(DEMAND_ALL, '')))
  const asks = question.some((q, i) => q && !rhetoric[i] && !demand[i])
  const rhetorical = question.some((q, i) => q && (rhetoric[i] || demand[i]))
  return { raw, score: Math.tanh(raw / SQUASH), evidence, asks, rhetorical }
}

/** 好差评 1-5 as a tone: 非常不满意 -1 … 非常满意 0.8. */
export function ratingTone(rating: number | null | undefined): number | null {
  // Out of range is not a rating (a channel bug), not a strong opinion.
  if (typeof rating !== 'number' || !Number.isFinite(rating) || rating < 1 || rating > 5) return null
  const r = Math.round(rating)
  return ({ 1: -1, 2: -0.6, 3: 0, 4: 0.45, 5: 0.8 } as Record<number, number>)[r]!
}

/** Text and rating together: a rating is one deliberate click and weighs more than loose words. */
export function combineTone(text: number, rating: number | null): number {
  if (rating === null) return text
  return Math.max(-1, Math.min(1, 0.6 * rating + 0.4 * text))
}
