import { departmentAliases } from '../../search/intent'
import { SYNONYM_SEED } from '../../search/synonyms.seed'
import { SynonymSet, type SynonymEntry } from '../../search/synonyms'
import { fold, titleParts } from '../../search/text'
import { addWords, segment } from '../../search/tokenizer'
import { LEXICON_WEIGHTS, ROUTING_LEXICON } from './lexicon'
import { MESSAGE_WORDS, TITLE_FILLER, weightedTerms } from './words'

export interface RoutingDepartment {
  code: string
  name: string
  shortName?: string
  aliases?: string[]
}
export interface RoutingGuide {
  code: string
  title: string
  department: string
  themes?: string[]
  keywords?: string[]
}

/** A phrase that, found in the text, is evidence for one department. */
export interface Cue {
  phrase: string
  department: string
  weight: number
  source: 'name' | 'alias' | 'lexicon' | 'title'
  /** For a title mention: the guide named. */
  guide?: string
}

export interface GuideEntry {
  code: string
  department: string
  /** term -> weight (field weight × idf, unit length over the guide). */
  terms: Map<string, number>
  /**
   * The same words weighted by idf among the department's own guides only: which of its items
   * the text is about, once the department is known (公积金 says nothing among six 公积金 items).
   */
  local: Map<string, number>
}

export interface RoutingContext {
  departments: Map<string, RoutingDepartment>
  cues: Cue[]
  guides: GuideEntry[]
  guidesByCode: Map<string, GuideEntry>
  /** term -> guides having it, for scoring only the guides a text can touch. */
  postings: Map<string, GuideEntry[]>
  synonyms: SynonymSet
  /** Official words of the synonym set that are department names -> department code. */
  synonymDepartments: Map<string, string>
  /** Below this confidence the department is left to a human dispatcher. */
  minScore: number
  /** Below this cosine between text and title the guide is left empty. */
  minGuideScore: number
}

export interface RoutingOptions {
  /** The citizen-language dictionary; default the search seed (src/search/synonyms.seed.ts). */
  synonyms?: SynonymEntry[]
  minScore?: number
  minGuideScore?: number
}

/** Weights of the evidence kinds (docs/feedback-topics.md explains them). */
export const CUE_WEIGHTS = { name: 3, stem: 2, officeAlias: 3, alias: 1.5, synonymDepartment: 2.5, title: 2.5 }
const TITLE_ACTION = /(审核确认|核发|签发|申领|申请|办理|受理|确认|核准|服务)$/
/** Field weights inside a guide's vocabulary. */
const FIELD = { title: 1, aspect: 0.6, keyword: 0.8, theme: 0.3 }

const compact = (s: string): string => fold(s).replace(/\s+/g, '')
const OFFICE = /(局|所|中心|委|队|站|处|科|厅)$/

/** 人社局 -> 人社, 公积金中心 -> 公积金: the name citizens write without the office word. */
function stem(shortName: string): string | null {
  const s = compact(shortName).replace(/(管理局|服务局|局|委员会|委|中心|热线)$/, '')
  return s.length >= 2 && s !== compact(shortName) ? s : null
}

function departmentCues(departments: RoutingDepartment[], guides: RoutingGuide[]): Cue[] {
  const cues: Cue[] = []
  const seen = new Map<string, Cue>()
  const push = (phrase: string, department: string, weight: number, source: Cue['source'], guide?: string) => {
    const p = compact(phrase)
    if (p.length < 2 || MESSAGE_WORDS.has(p)) return
    const key = `${p}|${department}|${guide ?? ''}`
    const old = seen.get(key)
    if (old) old.weight = Math.max(old.weight, weight)
    else {
      const cue: Cue = { phrase: p, department, weight, source, ...(guide ? { guide } : {}) }
      seen.set(key, cue)
      cues.push(cue)
    }
  }
  for (const d of departments) {
    for (const a of departmentAliases(d)) push(a, d.code, CUE_WEIGHTS.name, 'name')
    const s = d.shortName ? stem(d.shortName) : null
    if (s) push(s, d.code, CUE_WEIGHTS.stem, 'name')
  }
  // Aliases (the department's 职能关键词) are as telling as they are specific: one that also
  // occurs in another department's names, aliases or item titles counts for less.
  const vocab = new Map<string, string>()
  for (const d of departments) vocab.set(d.code, compact([d.name, d.shortName ?? '', ...(d.aliases ?? [])].join('|')))
  const titles = new Map<string, string>()
  for (const g of guides) titles.set(g.department, (titles.get(g.department) ?? '') + '|' + compact(g.title))
  for (const d of departments) {
    for (const raw of d.aliases ?? []) {
      const a = compact(raw)
      let foreign = 0
      for (const o of departments) {
        if (o.code === d.code) continue
        if (vocab.get(o.code)!.includes(a)) foreign += 1
        else if (titles.get(o.code)?.includes(a)) foreign += 0.5
      }
      const base = OFFICE.test(a) && a.length >= 3 ? CUE_WEIGHTS.officeAlias : CUE_WEIGHTS.alias
      push(a, d.code, base / (1 + foreign), 'alias')
    }
  }
  // An item named as in its title (道路货物运输经营许可, 异地就医备案): the name without the
  // action word (核发, 申领) and without a final 证, at least four characters.
  for (const g of guides) {
    const head = titleParts(g.title)[0]?.replace(TITLE_ACTION, '')
    if (!head || head.length < 4) continue
    push(head, g.department, CUE_WEIGHTS.title, 'title', g.code)
    if (head.endsWith('证') && head.length >= 5) push(head.slice(0, -1), g.department, CUE_WEIGHTS.title, 'title', g.code)
  }
  for (const group of ROUTING_LEXICON) {
    const d = departments.find((x) => group.name.test(x.name) || (x.shortName && group.name.test(x.shortName)))
    if (!d) continue
    for (const w of group.strong ?? []) push(w, d.code, LEXICON_WEIGHTS.strong, 'lexicon')
    for (const w of group.words) push(w, d.code, LEXICON_WEIGHTS.words, 'lexicon')
    for (const w of group.weak ?? []) push(w, d.code, LEXICON_WEIGHTS.weak, 'lexicon')
  }
  // Longest first: a text saying 公积金中心 is credited once, not also for 公积金 (see route.ts).
  return cues.sort((a, b) => b.phrase.length - a.phrase.length)
}

/** Each guide's words: title words and the words inside them, keywords, themes; idf-weighted. */
function guideEntries(guides: RoutingGuide[]): GuideEntry[] {
  const filler = (t: string) => TITLE_FILLER.has(t)
  const raw = guides.map((g) => {
    const terms = new Map<string, number>()
    const put = (words: string[], field: number) => {
      for (const [t, w] of weightedTerms(words, filler)) terms.set(t, Math.max(terms.get(t) ?? 0, w * field))
    }
    // The item name leads; bracketed parts (挂失、补卡、换卡) are aspects and weigh less.
    titleParts(g.title).forEach((part, i) => put(segment(part), i === 0 ? FIELD.title : FIELD.aspect))
    for (const k of g.keywords ?? []) put(segment(compact(k)), FIELD.keyword)
    for (const th of g.themes ?? []) put(segment(compact(th)), FIELD.theme)
    return { code: g.code, department: g.department, terms, local: new Map<string, number>() }
  })
  const idfWeigh = (group: GuideEntry[], into: (g: GuideEntry) => Map<string, number>) => {
    const df = new Map<string, number>()
    for (const g of group) for (const t of g.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1)
    for (const g of group) {
      const out = into(g)
      for (const [t, w] of g.terms) out.set(t, w * Math.log(1 + group.length / df.get(t)!))
      // Unit length (cosine): a long title does not win by having more words to be hit by chance.
      const norm = Math.hypot(...out.values()) || 1
      for (const [t, w] of out) out.set(t, w / norm)
    }
  }
  const byDept = new Map<string, GuideEntry[]>()
  for (const g of raw) {
    const list = byDept.get(g.department)
    if (list) list.push(g)
    else byDept.set(g.department, [g])
  }
  for (const group of byDept.values()) idfWeigh(group, (g) => g.local)
  idfWeigh(raw, (g) => g.terms)
  return raw
}

/**
 * Everything route() needs, built once per department/guide table (tens of milliseconds for 60
 * guides, plus the segmenter's dictionary the first time). Department names, aliases and item-title words join the segmenter's user dictionary,
 * as the search index does, so feedback is cut into the same words as the titles.
 */
export function buildRoutingContext(departments: RoutingDepartment[], guides: RoutingGuide[], opts: RoutingOptions = {}): RoutingContext {
  const known = new Set(departments.map((d) => d.code))
  const ownGuides = guides.filter((g) => known.has(g.department))
  addWords([
    ...departments.flatMap((d) => [...departmentAliases(d), ...(d.aliases ?? [])]),
    ...ownGuides.flatMap((g) => titleParts(g.title).filter((p) => p.length <= 10)),
  ])
  // Message words (投诉, 举报, 反映问题) say nothing about the department: drop them as phrases.
  const synonyms = new SynonymSet((opts.synonyms ?? SYNONYM_SEED).map((e) => ({ ...e, phrases: e.phrases.filter((p) => !MESSAGE_WORDS.has(p)) })))
  const cues = departmentCues(departments, ownGuides)
  const nameCues = cues.filter((c) => c.source === 'name')
  const synonymDepartments = new Map<string, string>()
  for (const t of synonyms.targetWords) {
    const hit = nameCues.find((c) => c.phrase === t)
    if (hit) synonymDepartments.set(t, hit.department)
  }
  const entries = guideEntries(ownGuides)
  const postings = new Map<string, GuideEntry[]>()
  for (const g of entries) {
    for (const t of g.terms.keys()) {
      const list = postings.get(t)
      if (list) list.push(g)
      else postings.set(t, [g])
    }
  }
  return {
    departments: new Map(departments.map((d) => [d.code, d])),
    cues,
    guides: entries,
    guidesByCode: new Map(entries.map((g) => [g.code, g])),
    postings,
    synonyms,
    synonymDepartments,
    minScore: opts.minScore ?? 0.5,
    minGuideScore: opts.minGuideScore ?? 0.4,
  }
}
