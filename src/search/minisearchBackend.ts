import MiniSearch from 'minisearch'

import { onlyDates, passes } from './filters'
import { pinyinTerms } from './pinyin'
import { SuggestIndex } from './suggestions'
import { inOrder, TopK } from './topk'
import { fold } from './text'
import { indexTokens } from './tokenizer'
import { WordTable } from './wordTable'
import type { BackendResult, PlanTerm, QueryPlan, SearchBackend, SearchDoc, SearchFilters, Suggestion } from './types'

/** Title and aliases weigh most, then pinyin of the title, summary, department. */
export const FIELD_BOOST: Record<string, number> = { title: 8, aliases: 5, pinyin: 6, summary: 3, department: 1.5 }
const TEXT_FIELDS = ['title', 'aliases', 'summary', 'department']
/** Catalogues up to this size scan the long fields whenever a page of results is not full. */
const DETAILS_SCAN_MAX_DOCS = 3000
/**
 * How many postings the selecting words may walk: 5% of the documents, at least 1,000. Below
 * ~1,000 documents every word selects, so small catalogues rank by plain BM25.
 */
const COMMON_SHARE = 0.05
const POSTINGS_BUDGET = 1000
/** Completions tried for a word still being typed, and their weight against the typed word. */
const COMPLETIONS = 5
const PREFIX_WEIGHT = 0.6

interface Entry {
  doc: SearchDoc
  /** Words of the short fields, with the highest boost they occur under. */
  words: Map<string, number>
  /** Folded materials, conditions, FAQ and steps, scanned only when too few documents match. */
  details: string
  /** Folded title and aliases, for single characters typed alone. */
  title: string
}

const fieldText = (doc: SearchDoc): Record<string, string> => ({
  title: doc.title,
  aliases: doc.aliases.join('；'),
  summary: doc.summary,
  department: doc.kind === 'department' ? '' : [doc.department?.name, doc.department?.shortName].filter(Boolean).join(' '),
})

/**
 * The in-process backend: MiniSearch (BM25+, prefix, fuzzy) over jieba words and title pinyin of
 * the short fields; the long fields are kept as folded text and scanned only as a fallback, which
 * keeps a 10,000-guide build within seconds and every query within milliseconds.
 */
export class MiniSearchBackend implements SearchBackend {
  readonly name = 'minisearch'
  private mini = MiniSearchBackend.create()
  private entries = new Map<string, Entry>()
  private byCode = new Map<string, string>()
  private words = new WordTable()
  private suggestions = new SuggestIndex()

  private static create(): MiniSearch {
    const split = (text: string) => (text ? text.split(' ') : [])
    return new MiniSearch({
      fields: Object.keys(FIELD_BOOST),
      idField: 'id',
      // Documents arrive already tokenised (words joined by spaces), so tokenising is a split.
      tokenize: split,
      processTerm: (term) => term,
      searchOptions: { tokenize: split, processTerm: (term) => term },
    })
  }

  index(doc: SearchDoc): void {
    if (this.entries.has(doc.id)) this.remove(doc.id)
    const words = new Map<string, number>()
    const indexed: Record<string, string> = { id: doc.id }
    for (const [field, text] of Object.entries(fieldText(doc))) {
      const tokens = indexTokens(text, field === 'title' || field === 'aliases')
      indexed[field] = tokens.join(' ')
      for (const t of tokens) if ((words.get(t) ?? 0) < FIELD_BOOST[field]!) words.set(t, FIELD_BOOST[field]!)
    }
    const pinyin = pinyinTerms(fold(doc.title))
    indexed.pinyin = pinyin.join(' ')
    for (const p of pinyin) words.set(`py:${p}`, FIELD_BOOST.pinyin!)
    this.mini.add(indexed)
    this.words.addDocument(doc.id, words.keys())
    const details = [...doc.materials, ...doc.conditions, ...doc.faq, doc.body].join('\n')
    this.entries.set(doc.id, { doc, words, details: fold(details), title: fold([doc.title, ...doc.aliases].join(' ')) })
    this.byCode.set(`${doc.kind}:${doc.code}`, doc.id)
    this.suggestions.add(doc)
  }

  remove(id: string): void {
    const entry = this.entries.get(id)
    if (!entry) return
    this.mini.discard(id)
    this.words.removeDocument(id, entry.words.keys())
    this.entries.delete(id)
    const key = `${entry.doc.kind}:${entry.doc.code}`
    if (this.byCode.get(key) === id) this.byCode.delete(key)
    this.suggestions.remove(id)
  }

  rebuild(all: SearchDoc[]): void {
    this.mini = MiniSearchBackend.create()
    this.entries.clear()
    this.byCode.clear()
    this.words.clear()
    this.suggestions.clear()
    for (const doc of all) this.index(doc)
  }

  get(id: string): SearchDoc | undefined {
    return this.entries.get(id)?.doc
  }

  size(): number {
    return this.entries.size
  }

  suggest(prefix: string, limit: number): Suggestion[] {
    return this.suggestions.suggest(prefix, limit)
  }

  search(plan: QueryPlan, filters: SearchFilters, limit: number): BackendResult {
    const now = Date.now()
    // Most searches filter nothing: then only notices need a look (their validity window).
    const ok = onlyDates(filters)
      ? (e: Entry | undefined): e is Entry => !!e && (e.doc.kind !== 'notice' || passes(e.doc, filters, now))
      : (e: Entry | undefined): e is Entry => !!e && passes(e.doc, filters, now)
    if (plan.codes?.length) {
      const found = plan.codes.map((c) => this.entries.get(this.byCode.get(`guide:${c}`) ?? '')).filter(ok)
      if (found.length || !plan.terms.length) return inOrder(found.map((e) => ({ id: e.doc.id, score: 100, terms: [] })), limit)
    }
    if (plan.listDepartment) {
      const code = plan.listDepartment
      const found = [...this.entries.values()]
        .filter((e) => (e.doc.kind === 'guide' || e.doc.kind === 'department') && e.doc.department?.code === code && ok(e))
        .sort((a, b) => (a.doc.kind === b.doc.kind ? a.doc.code.localeCompare(b.doc.code) : a.doc.kind === 'department' ? -1 : 1))
      return inOrder(found.map((e) => ({ id: e.doc.id, score: 1, terms: [] })), limit)
    }
    if (!plan.terms.length) return { hits: [], totals: {} }

    const top = new TopK(limit)
    this.ranked(plan, ok, top)
    // Long fields are scanned when names and summaries found too little: in a small catalogue
    // whenever a page is not full, in a large one (where a scan costs milliseconds) only for nothing.
    const guides = top.count('guide')
    if (!guides || (guides < limit && this.entries.size <= DETAILS_SCAN_MAX_DOCS)) this.scanDetails(plan, ok, top)
    return top.result()
  }

  /**
   * BM25 over the short fields. The rarest words select documents through MiniSearch until their
   * postings reach a budget; the other, common words only add to the score of what was selected
   * (as Lucene's common-terms query does). When even the rarest word is everywhere, one pass over
   * the documents scores them directly, which is cheaper than walking that many postings.
   */
  private ranked(plan: QueryPlan, ok: (e: Entry | undefined) => e is Entry, top: TopK): void {
    // Parts of a longer word the index knows add cost, not order: 二手 when 二手房 is indexed.
    const terms = this.complete(plan.terms.filter((t) => !(t.partOf && this.words.has(t.partOf))))
    const dfOf = (t: PlanTerm) => this.words.count(wordKey(t))
    const byRarity = [...terms].sort((a, b) => dfOf(a) - dfOf(b))
    const budget = Math.max(POSTINGS_BUDGET, this.entries.size * COMMON_SHARE)
    const selective: PlanTerm[] = []
    let postings = 0
    const rest: PlanTerm[] = []
    for (const t of byRarity) {
      // Fuzzy terms reach words the df table cannot count: select them (they are rare).
      if (t.namesOnly || (!t.fuzzy && postings + dfOf(t) > budget)) rest.push(t)
      else {
        selective.push(t)
        postings += t.fuzzy ? 0 : dfOf(t)
      }
    }
    const boosts = plan.boostDepartments ?? {}
    const extra = this.bonusTerms(rest)
    if (!selective.length) return this.scan(extra, ok, boosts, top)

    const queries = [sub(selective.filter((t) => t.field === 'text'), TEXT_FIELDS), sub(selective.filter((t) => t.field === 'pinyin'), ['pinyin'])].filter((q): q is NonNullable<typeof q> => q !== null)
    const hasBoosts = Object.keys(boosts).length > 0
    const results = this.mini.search(
      { combineWith: 'OR', queries },
      {
        boost: FIELD_BOOST,
        weights: { fuzzy: 0.45, prefix: PREFIX_WEIGHT },
        filter: (r) => ok(this.entries.get(r.id)),
        ...(hasBoosts ? { boostDocument: (id: string) => boosts[this.entries.get(id)?.doc.department?.code ?? ''] ?? 1 } : {}),
      },
    )
    for (const r of results) {
      const { score, terms: added } = this.bonus(this.entries.get(r.id)!, extra, boosts)
      top.add({ id: r.id as string, score: r.score + score, terms: added.length ? [...r.terms, ...added] : r.terms })
    }
  }

  /**
   * Prefix terms become the few shortest indexed words that start with them ("公积" -> 公积金,
   * 公积金提取...), each a plain term at a lower weight, so completing a word costs no more than
   * searching a handful of words.
   */
  private complete(terms: PlanTerm[]): PlanTerm[] {
    if (!terms.some((t) => t.prefix)) return terms
    const out: PlanTerm[] = []
    for (const t of terms) {
      out.push({ ...t, prefix: false })
      // A single character typed alone is matched inside names instead (see scan).
      if (!t.prefix || t.namesOnly) continue
      const key = wordKey(t)
      for (const w of this.words.startingWith(key, COMPLETIONS)) {
        const term = t.field === 'pinyin' ? w.slice(3) : w
        out.push({ ...t, term, prefix: false, weight: t.weight * PREFIX_WEIGHT, partOf: undefined })
      }
    }
    return out
  }

  /** Per-query constants of the bonus terms: table key and weight x idf, computed once. */
  private bonusTerms(terms: PlanTerm[]): BonusTerm[] {
    const n = this.entries.size
    return terms.map((t) => {
      const key = wordKey(t)
      const df = this.words.count(key) || 1
      // BM25's contribution of one occurrence at average field length: idf x ~1.5.
      return { term: t.term, key, namesOnly: !!t.namesOnly, factor: t.namesOnly ? t.weight : t.weight * Math.log(1 + (n - df + 0.5) / (df + 0.5)) * 1.5 }
    })
  }

  /** Score of exact word matches from the per-document word table. */
  private bonus(entry: Entry, terms: BonusTerm[], boosts: Record<string, number>): { score: number; terms: string[] } {
    let score = 0
    let matched: string[] | null = null
    for (const t of terms) {
      // A single character typed alone: in the name, anywhere.
      const boost = t.namesOnly ? namesBoost(entry.title, t.term) : entry.words.get(t.key)
      if (!boost) continue
      score += t.factor * boost
      ;(matched ??= []).push(t.term)
    }
    if (!matched) return NO_BONUS
    return { score: score * matched.length * (boosts[entry.doc.department?.code ?? ''] ?? 1), terms: matched }
  }

  /**
   * Only very common words asked ("登记"): score the documents holding any of them, straight from
   * the word table. A single character typed alone is looked for in every name.
   */
  private scan(terms: BonusTerm[], ok: (e: Entry | undefined) => e is Entry, boosts: Record<string, number>, top: TopK): void {
    const visit = (e: Entry | undefined) => {
      if (!ok(e)) return
      const { score, terms: matched } = this.bonus(e, terms, boosts)
      if (score > 0) top.add({ id: e.doc.id, score, terms: matched })
    }
    if (terms.some((t) => t.namesOnly)) {
      for (const e of this.entries.values()) visit(e)
      return
    }
    const lists = terms.map((t) => this.words.documents(t.key))
    const candidates = lists.length === 1 ? lists[0]! : new Set(lists.flatMap((l) => [...l]))
    for (const id of candidates) visit(this.entries.get(id))
  }

  /** The query's words in materials, conditions, FAQ and steps; ranked below every name match. */
  private scanDetails(plan: QueryPlan, ok: (e: Entry | undefined) => e is Entry, top: TopK): void {
    const words = plan.terms.filter((t) => t.field === 'text' && t.weight >= 0.5 && t.term.length >= 2)
    if (!words.length) return
    const floor = top.floor('guide') || 1
    for (const e of this.entries.values()) {
      if (e.doc.kind !== 'guide' || top.seen.has(e.doc.id) || !ok(e)) continue
      let score = 0
      const terms: string[] = []
      for (const t of words) {
        if (e.details.includes(t.term)) {
          terms.push(t.term)
          score += t.weight
        }
      }
      if (score) top.add({ id: e.doc.id, score: floor * 0.9 * ((score * terms.length) / (score * terms.length + 1)), terms })
    }
  }
}

interface BonusTerm {
  term: string
  key: string
  namesOnly: boolean
  factor: number
}
const NO_BONUS = { score: 0, terms: [] as string[] }

/** A name starting with the character typed comes before one that only holds it. */
const namesBoost = (title: string, ch: string): number => (title.startsWith(ch) ? FIELD_BOOST.title! * 1.5 : title.includes(ch) ? FIELD_BOOST.title! : 0)

/** Key of a plan term in the per-document word table and the df table. */
const wordKey = (t: PlanTerm): string => (t.field === 'pinyin' ? `py:${t.term}` : t.term)

/** One MiniSearch sub-query for terms searched in `fields`, each with its weight, prefix, fuzzy. */
function sub(terms: PlanTerm[], fields: string[]) {
  if (!terms.length) return null
  const byTerm = new Map(terms.map((t) => [t.term, t]))
  return {
    queries: [terms.map((t) => t.term).join(' ')],
    fields,
    prefix: (term: string) => !!byTerm.get(term)?.prefix,
    fuzzy: (term: string) => byTerm.get(term)?.fuzzy ?? 0,
    boostTerm: (term: string) => byTerm.get(term)?.weight ?? 1,
  }
}
