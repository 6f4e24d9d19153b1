import { DepartmentDirectory, LISTING_WORDS, stripWords, WHO_WORDS } from './intent'
import { PinyinVocabulary } from './pinyin'
import { STOPWORDS } from './stopwords'
import { SynonymSet } from './synonyms'
import { hasHan, isLatinWord } from './text'
import { outerSubwords, segment } from './tokenizer'
import type { PlanTerm, QueryPlan, SearchIntent } from './types'

export interface AnalyzerContext {
  synonyms: SynonymSet
  departments: DepartmentDirectory
  vocabulary: PinyinVocabulary
}

export interface Analysis {
  query: string
  intent: SearchIntent
  plan: QueryPlan
  /** Departments named in the query (codes), in order. */
  named: string[]
  expandedWith: string[]
}

const ITEM_CODE = /[0-9a-z]{17,18}-[a-z]{2}-\d{3}/g

/** Weights of the kinds of query term; tuned on the dev set, see docs/search.md. */
export const WEIGHTS = { word: 1, sub: 0.4, target: 2, targetWord: 1.5, targetSub: 0.6, repaired: 1, pinyin: 1.2, digits: 0.5 }

class TermBag {
  private terms = new Map<string, PlanTerm>()
  add(term: string, weight: number, field: PlanTerm['field'] = 'text', extra: Partial<PlanTerm> = {}): void {
    const key = `${field}:${term}`
    const old = this.terms.get(key)
    if (old && old.weight >= weight) {
      if (!extra.partOf) delete old.partOf // wanted for itself, not only as a part
      return
    }
    const partOf = extra.partOf && (!old || old.partOf) ? extra.partOf : undefined
    this.terms.set(key, { term, weight, field, ...extra, partOf, ...(old?.prefix ? { prefix: true } : {}) })
    if (!partOf) delete this.terms.get(key)!.partOf
  }
  /** A Chinese word with the dictionary words inside it at a lower weight. */
  addWord(word: string, weight: number, subWeight: number, extra: Partial<PlanTerm> = {}): void {
    if (STOPWORDS.has(word)) return
    this.add(word, weight, 'text', extra)
    for (const s of outerSubwords(word)) if (!STOPWORDS.has(s)) this.add(s, subWeight, 'text', { partOf: word })
  }
  list(): PlanTerm[] {
    return [...this.terms.values()]
  }
}

const isKnownWord = (w: string): boolean => {
  const s = segment(w)
  return s.length === 1 && s[0] === w
}

/**
 * Turns a cleaned query into a plan: the citizen's words, the official words their phrases stand
 * for (synonyms), Chinese words for pinyin input, repaired homophone typos, and department intent.
 */
export function analyze(query: string, ctx: AnalyzerContext): Analysis {
  const empty = (intent: SearchIntent): Analysis => ({ query, intent, plan: { terms: [] }, named: [], expandedWith: [] })
  if (!query) return empty('empty')

  const codes = [...query.matchAll(ITEM_CODE)].map((m) => m[0].toUpperCase())
  const rest = query.replace(ITEM_CODE, ' ').trim()
  if (codes.length && !rest) return { ...empty('code'), plan: { terms: [], codes } }

  const latin = rest.split(' ').filter((w) => w.length >= 2 && isLatinWord(w))
  const converted = new Map(latin.map((w) => [w, ctx.vocabulary.fromLatin(w)]))
  const fromPinyin = [...new Set([...converted.values()].flat())]
  const repaired = ctx.vocabulary.homophones(rest, isKnownWord)
  const expanded = [rest, ...fromPinyin, ...repaired.map((r) => r.to)].join(' ')
  const synonyms = ctx.synonyms.match(expanded)
  const targets = [...new Set(synonyms.flatMap((s) => s.targets))]

  // Department intent: a department named (directly or through a synonym such as 工商局).
  const named = ctx.departments.named(`${expanded} ${targets.join(' ')}`)
  const namedAliases = new Set(named.map((n) => n.alias))
  // Words inside a department's name are not a topic: 公积金中心 does not ask about 公积金 itself.
  const outsideNames = named.length ? stripWords(expanded, [...namedAliases]).rest : expanded
  const topicTargets = named.length ? new Set(ctx.synonyms.match(outsideNames).flatMap((s) => s.targets)) : new Set(targets)
  const deptPhrases = synonyms.filter((s) => s.targets.some((t) => namedAliases.has(t))).map((s) => s.phrase)
  const asksWho = stripWords(rest, WHO_WORDS)
  let residue = stripWords(asksWho.rest, [...named.map((n) => n.alias), ...deptPhrases]).rest
  const asksListing = stripWords(residue, LISTING_WORDS)
  residue = asksListing.rest
  const expandedWith = [...fromPinyin, ...repaired.map((r) => r.to), ...targets.filter((t) => !namedAliases.has(t) && topicTargets.has(t))]

  const contentWords = (text: string) => segment(text).filter((w) => !STOPWORDS.has(w) && !(w.length === 1 && hasHan(w)))
  const leftover = contentWords(residue).filter((w) => !namedAliases.has(w))
  const nonDeptTargets = targets.filter((t) => !namedAliases.has(t) && topicTargets.has(t))
  if (named.length && !leftover.length && !nonDeptTargets.length && !fromPinyin.length) {
    return { query, intent: 'department', plan: { terms: [], listDepartment: named[0]!.code }, named: named.map((n) => n.code), expandedWith }
  }

  const bag = new TermBag()
  const words = segment(residue)
  // Someone still typing a short query may not have finished its last word: match its start too.
  const lastHan = rest.length <= 8 ? [...words].reverse().find((w) => hasHan(w) && w.length >= 2) : undefined
  const singles: string[] = []
  for (const w of words) {
    if (isLatinWord(w)) {
      // Pinyin that became Chinese words needs no typo tolerance; the rest gets it (fuzzy is costly).
      const understood = !!converted.get(w)?.length
      if (w.length >= 2) bag.add(w, WEIGHTS.pinyin, 'pinyin', { prefix: true, fuzzy: !understood && w.length >= 5 ? 1 : 0 })
    } else if (/^\d+$/.test(w)) {
      bag.add(w, WEIGHTS.digits)
    } else if (w.length === 1) {
      if (!STOPWORDS.has(w)) singles.push(w)
    } else {
      bag.addWord(w, WEIGHTS.word, WEIGHTS.sub, w === lastHan ? { prefix: true } : {})
    }
  }
  for (const w of [...fromPinyin, ...repaired.map((r) => r.to)]) bag.addWord(w, WEIGHTS.repaired, WEIGHTS.sub)
  for (const t of nonDeptTargets) {
    const parts = segment(t)
    if (parts.length === 1) bag.addWord(t, WEIGHTS.target, WEIGHTS.targetSub)
    else for (const p of parts) if (p.length > 1) bag.addWord(p, WEIGHTS.targetWord, WEIGHTS.targetSub)
  }
  let terms = bag.list()
  // Only single characters left ("税"): search them as the start of words.
  if (!terms.length) terms = singles.map((s) => ({ term: s, weight: 1, field: 'text' as const, prefix: true, namesOnly: true }))

  // Nothing but filler ("我想问一下"): nothing was asked yet, which is not a search gap either.
  if (!terms.length && !codes.length && !named.length) return empty('empty')

  const plan: QueryPlan = { terms, ...(codes.length ? { codes } : {}) }
  if (named.length) plan.boostDepartments = Object.fromEntries(named.map((n) => [n.code, 2]))
  const intent: SearchIntent = asksWho.found ? 'who-handles' : 'keywords'
  return { query, intent, plan, named: named.map((n) => n.code), expandedWith }
}
