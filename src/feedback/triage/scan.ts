/**
 * Turns a folded text into clauses and lexicon hits: one Aho-Corasick pass over every sentiment
 * word, negator, degree and contrast word, tiled leftmost-longest so that 不满意 is one word,
 * 不好意思 is nothing and 不 + 方便 is a negation. Built once per process.
 */
import { segment } from '../../search/tokenizer'
import { AhoCorasick } from '../../text/ahoCorasick'
import { CONCESSIVE, CONTRAST, CONTRAST_CLAUSE_START_ONLY, DEGREE, NEGATORS } from './lexicon/modifiers'
import { NEGATIVE, NEUTRAL_LOOKALIKES, POSITIVE } from './lexicon/sentiment'

export interface LexEntry {
  /** Signed sentiment weight. */
  senti?: number
  /** How fully this negator flips (1 or 0.5). */
  neg?: number
  /** Degree multiplier. */
  degree?: number
  contrast?: boolean
  concede?: boolean
}

export interface Hit {
  term: string
  start: number
  end: number
  entry: LexEntry
  clause: number
}

export interface Clause {
  start: number
  end: number
  text: string
  /** The punctuation that closed it ('' at the end of the text). */
  close: string
  sentence: number
}

export interface Scanned {
  folded: string
  clauses: Clause[]
  hits: Hit[]
}

const CLAUSE_BREAK = /[，,。！!？?；;：:\n\r…~～]/
const SENTENCE_BREAK = /[。！!？?；;\n\r]/
/** After a one-character word: its clause ends, or a particle closes the phrase (太慢了, 好的). */
const PHRASE_END = /^$|[了啊呀吧的啦嘛呢哦么，,。！!？?；;：:\s~～…”"」』)）]/

let lexicon: { ac: AhoCorasick; entries: Map<string, LexEntry> } | null = null

function buildLexicon(): { ac: AhoCorasick; entries: Map<string, LexEntry> } {
  const entries = new Map<string, LexEntry>()
  const put = (term: string, patch: LexEntry) => entries.set(term, { ...entries.get(term), ...patch })
  for (const [t, w] of POSITIVE) put(t, { senti: w })
  for (const [t, w] of NEGATIVE) put(t, { senti: -w })
  for (const [t, s] of NEGATORS) put(t, { neg: s })
  for (const [t, f] of DEGREE) put(t, { degree: f })
  for (const t of CONTRAST) put(t, { contrast: true })
  for (const t of CONCESSIVE) put(t, { concede: true })
  // A lookalike is a word of its own with no role: it only hides the shorter words inside it.
  for (const t of NEUTRAL_LOOKALIKES) entries.set(t, {})
  return { ac: new AhoCorasick([...entries.keys()]), entries }
}

export function lexiconEntries(): Map<string, LexEntry> {
  lexicon ??= buildLexicon()
  return lexicon.entries
}

export function splitClauses(folded: string): Clause[] {
  const clauses: Clause[] = []
  let start = 0
  let sentence = 0
  for (let i = 0; i <= folded.length; i++) {
    const ch = folded[i] ?? ''
    if (i < folded.length && !CLAUSE_BREAK.test(ch)) continue
    if (i > start) clauses.push({ start, end: i, text: folded.slice(start, i), close: ch, sentence })
    else if (clauses.length && ch) clauses[clauses.length - 1]!.close += ch // 。。 or ？？ closes the same clause
    if (SENTENCE_BREAK.test(ch)) sentence++
    start = i + 1
  }
  return clauses
}

/** jieba's words of the folded text by start offset (segment drops separators only). */
function tokensByStart(folded: string): Map<number, string> {
  const out = new Map<number, string>()
  let at = 0
  for (const w of segment(folded)) {
    const i = folded.indexOf(w, at)
    if (i < 0) continue
    out.set(i, w)
    at = i + w.length
  }
  return out
}

/** A one-character word jieba cut alone, or glued to a particle only (吵得, 慢了, 脏的). */
const ALONE_OR_PARTICLE = /^.[得了的地着过啦死]?$/u

export function scan(folded: string): Scanned {
  lexicon ??= buildLexicon()
  const clauses = splitClauses(folded)
  const clauseAt = new Int32Array(folded.length + 1).fill(-1)
  clauses.forEach((c, i) => clauseAt.fill(i, c.start, c.end))

  // Leftmost-longest tiling.
  const all = lexicon.ac.search(folded).sort((a, b) => a.start - b.start || b.end - a.end)
  const tiled: Hit[] = []
  let covered = 0
  for (const m of all) {
    if (m.start < covered) continue
    const clause = clauseAt[m.start]!
    if (clause < 0) continue
    tiled.push({ term: m.pattern, start: m.start, end: m.end, entry: lexicon.entries.get(m.pattern)!, clause })
    covered = m.end
  }

  // One-character words are checked against jieba's cut: 快 of 快递, 差 of 差额, 好 of 好几 drop out.
  const needsBounds = tiled.some((h) => h.term.length === 1 && h.entry.senti !== undefined)
  const tokens = needsBounds ? tokensByStart(folded) : null
  const hits: Hit[] = []
  for (let i = 0; i < tiled.length; i++) {
    const h = tiled[i]!
    // 但, 就是, 结果… are contrast words only where a clause starts (就是不给办 is emphasis).
    if (h.entry.contrast && CONTRAST_CLAUSE_START_ONLY.has(h.term) && h.start !== clauses[h.clause]!.start) continue
    if (h.term.length === 1 && h.entry.senti !== undefined) {
      const prev = hits[hits.length - 1]
      const graded = !!prev && prev.end === h.start && (prev.entry.degree !== undefined || prev.entry.neg !== undefined)
      // jieba may keep the character alone (慢), glued to a particle (慢了) or to its adverb (太慢, 不好).
      const token = tokens?.get(h.start)
      const glued = graded && tokens?.get(prev.start)?.startsWith(prev.term + h.term)
      const aligned = (!!token && ALONE_OR_PARTICLE.test(token)) || !!glued
      const next = tiled[i + 1]
      const beforeSenti = !!next && next.start === h.end && next.entry.senti !== undefined
      const closes = PHRASE_END.test(folded[h.end] ?? '')
      if (!aligned || beforeSenti || !(graded || closes)) {
        // 好 before another word is a degree adverb (好慢, 好麻烦); otherwise the character is not a word here.
        if (h.entry.degree !== undefined && beforeSenti) hits.push({ ...h, entry: { degree: h.entry.degree } })
        continue
      }
      // 商量好了, 弄好了: 好 completing a verb says it is done, hardly how good it was.
      const completion = h.term === '好' && !graded && folded[h.end] === '了'
      hits.push({ ...h, entry: { senti: completion ? 0.3 : h.entry.senti } })
      continue
    }
    hits.push(h)
  }
  return { folded, clauses, hits }
}
