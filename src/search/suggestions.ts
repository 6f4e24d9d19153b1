import { pinyinOf } from './pinyin'
import { fold } from './text'
import type { SearchDoc, SearchKind, Suggestion } from './types'

interface Entry {
  text: string
  folded: string
  full: string
  initials: string
  kind: SearchKind
  code: string
}

/**
 * Autocomplete over item and department names: what was typed is the start of a name, inside
 * it, or the start of its pinyin or initials (kiosk keyboards). A linear scan of 10,000 names
 * takes well under a millisecond, which a trie would not beat by enough to matter.
 */
export class SuggestIndex {
  private entries = new Map<string, Entry>()

  add(doc: SearchDoc): void {
    if (doc.kind === 'notice') return
    const text = doc.kind === 'department' ? (doc.aliases[0] ?? doc.title) : doc.title
    const p = pinyinOf(doc.title)
    this.entries.set(doc.id, { text, folded: fold(doc.title), full: p.full, initials: p.initials, kind: doc.kind, code: doc.code })
  }

  remove(id: string): void {
    this.entries.delete(id)
  }

  clear(): void {
    this.entries.clear()
  }

  suggest(prefix: string, limit: number): Suggestion[] {
    const q = fold(prefix).replace(/\s+/g, '')
    if (!q) return []
    const latin = /^[a-z]+$/.test(q)
    const scored: Array<{ e: Entry; score: number }> = []
    for (const e of this.entries.values()) {
      const score = latin
        ? e.full.startsWith(q) ? 3 : e.initials.startsWith(q) ? 2.5 : e.full.includes(q) ? 1 : 0
        : e.folded.startsWith(q) ? 3 : e.folded.includes(q) ? 2 : 0
      // Departments first among equals (few, and often what a citizen starts typing); short names first.
      if (score) scored.push({ e, score: score + (e.kind === 'department' ? 0.5 : 0) - e.text.length / 1000 })
    }
    return scored
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ e }) => ({ text: e.text, kind: e.kind, code: e.code }))
  }
}
