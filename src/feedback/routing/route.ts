import { STOPWORDS } from '../../search/stopwords'
import type { SynonymMatch } from '../../search/synonyms'
import { fold } from '../../search/text'
import { segment } from '../../search/tokenizer'
import { CUE_WEIGHTS, type Cue, type GuideEntry, type RoutingContext } from './context'
import { FIELD_WORDS, matchableText, weightedTerms } from './words'

export interface RouteHint {
  /** The guide a kiosk or app rating was given on: the answer is that guide's department. */
  guideCode?: string | null
  /**
   * Accepted for the pipeline's convenience; routing does not use it: a complaint about 公积金 is
   * the same on every channel, and 12345 call notes name the matter, not the hotline.
   */
  channel?: string
}

export interface RouteResult {
  department: string | null
  guide: string | null
  /** Confidence 0..1 of the department (1 for a guide hint); see docs/feedback-topics.md. */
  score: number
}

export interface RouteExplanation extends RouteResult {
  departments: Array<{ code: string; score: number }>
  guides: Array<{ code: string; score: number }>
  evidence: string[]
}

/**
 * A guide's cosine with the text (0..~3: query words are not normalised and implied official
 * words add up) becomes department evidence of at most GUIDE_MAX. The curve is flat near zero:
 * one stray shared word (社会 in 社会服务机构) must not make a department a contender.
 */
const GUIDE_MAX = 3.5
const GUIDE_HALF = 0.8
const guideEvidence = (cos: number): number => (GUIDE_MAX * cos * cos) / (cos * cos + GUIDE_HALF * GUIDE_HALF)
/** Weight of the official words a citizen phrase stands for (the search analyzer uses 2 vs 1). */
const TARGET_WEIGHT = 1.5
/** An item named as in its title starts with this much cosine. */
const TITLE_BONUS = 1
/** What a field word's translation (社保 -> 社会保险) adds to the words matched against titles. */
const FIELD_WORD_WEIGHT = 0.3
/**
 * Confidence is 1 - exp(-margin / MARGIN_SCALE) over the runner-up: one department name alone
 * (3) gives 0.78, one lexicon word (1.5) 0.53, a name against an equal name 0.
 */
const MARGIN_SCALE = 2
/**
 * The best guide must lead the runner-up by this much cosine, and by this share of its own: words
 * shared by a department's guides (住房公积金 in all six) lift both and cancel out.
 */
const GUIDE_LEAD_MIN = 0.5
const GUIDE_LEAD_SHARE = 0.2
/** Repeats of a name add half each, up to three: "教育局又让找不动产…教育局" weighs 教育局 more. */
const MAX_REPEATS = 3

const QUOTED = /[“「『"‘]([^“”「」『』"‘’]{1,30})[”」』"’]/g
const QUOTED_WEIGHT = 0.4

/**
 * Names, aliases and lexicon words found in the text, longest first. A place in the text credits
 * one department: 大厅 inside 不动产大厅 is not also the service centre's; a shorter phrase of
 * the same department inside a longer one (公积金 in 公积金中心) adds half. Repeats add half
 * each up to three (教育局…教育局 weighs more than one mention); quoted words count QUOTED_WEIGHT.
 */
function cueEvidence(text: string, ctx: RoutingContext): { dept: Map<string, number>; evidence: string[]; quoted: string[]; named: Set<string>; found: Cue[] } {
  const dept = new Map<string, number>()
  const found: Cue[] = []
  const named = new Set<string>()
  const evidence: string[] = []
  const inQuotes = new Uint8Array(text.length)
  const quoted: string[] = []
  for (const m of text.matchAll(QUOTED)) {
    inQuotes.fill(1, m.index, m.index + m[0].length)
    quoted.push(m[1]!)
  }
  const owner: Array<string | undefined> = new Array(text.length)
  for (const cue of ctx.cues) {
    const len = cue.phrase.length
    let credit = 0
    for (let at = text.indexOf(cue.phrase); at >= 0; at = text.indexOf(cue.phrase, at + len)) {
      let foreign = false
      let own = false
      for (let i = at; i < at + len; i++) {
        if (owner[i] === undefined) continue
        if (owner[i] === cue.department) own = true
        else foreign = true
      }
      if (foreign) continue
      credit += (inQuotes[at] ? QUOTED_WEIGHT : 1) * (own ? 0.5 : 1)
      owner.fill(cue.department, at, at + len)
    }
    if (!credit) continue
    const times = credit <= 1 ? credit : 1 + 0.5 * (Math.min(credit, MAX_REPEATS) - 1)
    add(dept, cue.department, cue.weight * times)
    if (cue.guide) named.add(cue.guide)
    found.push(cue)
    evidence.push(`${cue.phrase}→${cue.department}`)
  }
  return { dept, evidence, quoted, named, found }
}

/**
 * Citizen phrases in the text. The dictionary lets a phrase's words stand a few characters apart
 * (made for short queries); in a letter that lets 没…工作 of 旁边没工作人员 read as 没工作了, so a
 * phrase with a one-character word must occur as written.
 */
function phrasesIn(text: string, ctx: RoutingContext): SynonymMatch[] {
  return ctx.synonyms.match(text).filter((m) => {
    if (m.phrase.includes('+') || text.includes(fold(m.phrase))) return true
    return segment(fold(m.phrase)).every((w) => w.length >= 2 || STOPWORDS.has(w))
  })
}

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v)

function scoreGuides(ctx: RoutingContext, query: Map<string, number>, named: Set<string>): Map<GuideEntry, number> {
  const scores = new Map<GuideEntry, number>()
  for (const code of named) scores.set(ctx.guidesByCode.get(code)!, TITLE_BONUS)
  for (const [term, qw] of query) {
    for (const g of ctx.postings.get(term) ?? []) scores.set(g, (scores.get(g) ?? 0) + qw * g.terms.get(term)!)
  }
  return scores
}

/**
 * Department and service guide for one piece of feedback, or null where the evidence is weak or
 * split (a wrong department costs more than none: the unrouted go to a human dispatcher).
 *
 * Evidence, added per department: names, aliases, item titles and lexicon words found in the
 * text (cueEvidence), department nicknames of the citizen dictionary (工商局 -> 市场监管局), and
 * the best-matching guide of the department (idf-weighted title words of the text and of the
 * official words its citizen phrases stand for). Confidence grows with the winner's margin over
 * the runner-up, so two departments named equally abstain however strongly they are named.
 */
export function explainRoute(text: string, tokens: string[], ctx: RoutingContext, hint?: RouteHint): RouteExplanation {
  const hinted = hint?.guideCode ? ctx.guidesByCode.get(hint.guideCode) : undefined
  if (hinted) {
    return { department: hinted.department, guide: hinted.code, score: 1, departments: [{ code: hinted.department, score: 1 }], guides: [{ code: hinted.code, score: 1 }], evidence: ['hint'] }
  }
  const whole = matchableText(fold(text ?? ''))
  const { dept, evidence, quoted, named, found } = cueEvidence(whole, ctx)

  // The text's own words, plus the official words its citizen phrases stand for. A word both
  // written and implied counts twice; a phrase standing for several items shares its weight.
  const query = weightedTerms(tokens.length ? tokens : segment(whole))
  for (const [t, w] of query) if (FIELD_WORDS.has(t)) query.set(t, w * FIELD_WORD_WEIGHT)
  if (quoted.length) {
    const said = new Set(segment(whole.replace(QUOTED, ' ')))
    for (const w of quoted.flatMap(segment)) if (!said.has(w) && query.has(w)) query.set(w, query.get(w)! * QUOTED_WEIGHT)
  }
  const matches = [
    ...phrasesIn(quoted.length ? whole.replace(QUOTED, '\u0000') : whole, ctx).map((m) => ({ ...m, weight: 1 })),
    ...quoted.flatMap((q) => phrasesIn(q, ctx)).map((m) => ({ ...m, weight: QUOTED_WEIGHT })),
  ]
  for (const m of matches) {
    const topical = m.targets.filter((t) => !ctx.synonymDepartments.has(t))
    for (const target of m.targets) {
      const nick = ctx.synonymDepartments.get(target)
      // A nickname already counted as a name or lexicon word (民政 in 民政局, 派出所) adds nothing.
      if (!nick || found.some((f) => f.department === nick && (f.phrase.includes(m.phrase) || m.phrase.includes(f.phrase)))) continue
      add(dept, nick, CUE_WEIGHTS.synonymDepartment * m.weight)
      evidence.push(`${m.phrase}⇒${target}`)
    }
    const share = (m.weight * TARGET_WEIGHT * (FIELD_WORDS.has(m.phrase) ? FIELD_WORD_WEIGHT : 1)) / Math.sqrt(topical.length || 1)
    for (const target of topical) {
      // A target is one unit however many words it has: 往来港澳通行证 does not outweigh 普通护照.
      const terms = weightedTerms(segment(target))
      const size = Math.sqrt([...terms.values()].filter((w) => w === 1).length || 1)
      for (const [t, w] of terms) add(query, t, (w * share) / size)
    }
  }

  const guideScores = [...scoreGuides(ctx, query, named)].sort((a, b) => b[1] - a[1])
  const bestOfDept = new Map<string, number>()
  for (const [g, s] of guideScores) if (!bestOfDept.has(g.department)) bestOfDept.set(g.department, s)
  for (const [d, s] of bestOfDept) add(dept, d, guideEvidence(s))

  const ranked = [...dept].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const [first, second] = ranked
  const s1 = first?.[1] ?? 0
  const s2 = second?.[1] ?? 0
  const score = 1 - Math.exp(-(s1 - s2) / MARGIN_SCALE)
  const department = first && score >= ctx.minScore ? first[0] : null

  // The guide: the department's best title by local idf, clearly ahead of its next one, and the
  // best title overall too (cosine with all guides' idf, so a shared word alone is not enough).
  let guide: string | null = null
  if (department) {
    const local = ctx.guides
      .filter((g) => g.department === department)
      .map((g) => [g, (named.has(g.code) ? TITLE_BONUS : 0) + [...query].reduce((sum, [t, w]) => sum + w * (g.local.get(t) ?? 0), 0)] as const)
      .sort((a, b) => b[1] - a[1])
    const [l1, l2] = local
    const global = l1 ? guideScores.find(([g]) => g === l1[0])?.[1] ?? 0 : 0
    const lead = l1 ? l1[1] - (l2?.[1] ?? 0) : 0
    if (l1 && l1[0] === guideScores[0]?.[0] && global >= ctx.minGuideScore && lead >= Math.max(GUIDE_LEAD_MIN, GUIDE_LEAD_SHARE * l1[1])) guide = l1[0].code
  }
  return {
    department,
    guide,
    score: Math.round(score * 1000) / 1000,
    departments: ranked.slice(0, 4).map(([code, s]) => ({ code, score: Math.round(s * 100) / 100 })),
    guides: guideScores.slice(0, 4).map(([g, s]) => ({ code: g.code, score: Math.round(s * 100) / 100 })),
    evidence,
  }
}

export function route(text: string, tokens: string[], ctx: RoutingContext, hint?: RouteHint): RouteResult {
  const { department, guide, score } = explainRoute(text, tokens, ctx, hint)
  return { department, guide, score }
}
