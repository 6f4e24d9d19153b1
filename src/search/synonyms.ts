import { STOPWORDS } from './stopwords'
import { fold } from './text'
import { segment } from './tokenizer'

/** One dictionary entry as editors keep it: what citizens say -> official words. */
export interface SynonymEntry {
  phrases: string[]
  targets: string[]
}

interface CompiledPhrase {
  source: string
  parts: string[]
  /** `all`: every part anywhere ("公积金+取"); `ordered`: the words in order, a few characters apart. */
  mode: 'all' | 'ordered'
  /** Longest stretch of query an ordered phrase may span. */
  span: number
  targets: string[]
}

export interface SynonymMatch {
  phrase: string
  targets: string[]
}

/** How many extra characters may sit between the words of a phrase: 开公司 ~ 开一家公司. */
const GAP = 8

/** Splits a phrase on "+" into folded, space-free parts; empty parts dropped. */
export function phraseParts(phrase: string): string[] {
  return fold(phrase)
    .split('+')
    .map((p) => p.replace(/\s+/g, ''))
    .filter(Boolean)
}

function compile(source: string, targets: string[]): CompiledPhrase | null {
  const parts = phraseParts(source)
  if (!parts.length || parts.join('').length < 2) return null
  if (parts.length > 1) return { source, parts, mode: 'all', span: 0, targets }
  // A plain phrase matches with words in between too: 社保卡丢了 ~ 社保卡不小心丢了.
  const words = segment(parts[0]!).filter((w) => !STOPWORDS.has(w))
  if (words.length < 2) return { source, parts, mode: 'ordered', span: parts[0]!.length, targets }
  return { source, parts: words, mode: 'ordered', span: parts[0]!.length + GAP, targets }
}

/** Whether the parts occur in order within `span` characters. */
function inOrder(text: string, parts: string[], span: number): boolean {
  for (let start = text.indexOf(parts[0]!); start >= 0; start = text.indexOf(parts[0]!, start + 1)) {
    let at = start + parts[0]!.length
    let ok = true
    for (const p of parts.slice(1)) {
      const next = text.indexOf(p, at)
      if (next < 0) return false
      at = next + p.length
      if (at - start > span) {
        ok = false
        break
      }
    }
    if (ok) return true
  }
  return false
}

/**
 * The citizen-language dictionary, compiled for matching. A few hundred entries are matched by
 * substring tests in well under a millisecond, so no automaton is needed at this size.
 */
export class SynonymSet {
  private phrases: CompiledPhrase[] = []
  /** Official words: the segmenter keeps them whole, so they match as one strong term. */
  readonly targetWords = new Set<string>()
  /** Citizen phrases: for the pinyin vocabulary (kiosk input "shebaoka" -> 社保卡) only. */
  readonly phraseWords = new Set<string>()

  constructor(entries: SynonymEntry[]) {
    for (const e of entries) {
      const targets = e.targets.map((t) => fold(t).trim()).filter(Boolean)
      if (!targets.length) continue
      for (const t of targets) this.targetWords.add(t.replace(/\s+/g, ''))
      for (const p of e.phrases) {
        const c = compile(p, targets)
        if (!c) continue
        this.phrases.push(c)
        for (const x of phraseParts(p)) this.phraseWords.add(x)
      }
    }
    // Longer phrases first, so "社保卡丢了" is reported before "社保卡".
    this.phrases.sort((a, b) => b.parts.join('').length - a.parts.join('').length)
  }

  get size(): number {
    return this.phrases.length
  }

  /** Entries whose phrase occurs in `text` (spaces ignored). */
  match(text: string): SynonymMatch[] {
    const compact = fold(text).replace(/\s+/g, '')
    const out: SynonymMatch[] = []
    for (const p of this.phrases) {
      const hit = p.mode === 'all' ? p.parts.every((part) => compact.includes(part)) : inOrder(compact, p.parts, p.span)
      if (hit) out.push({ phrase: p.source, targets: p.targets })
    }
    return out
  }

  /** Phrases (without "+") for autocomplete. */
  plainPhrases(): string[] {
    return [...new Set(this.phrases.filter((p) => !p.source.includes('+')).map((p) => fold(p.source).replace(/\s+/g, '')))]
  }
}
