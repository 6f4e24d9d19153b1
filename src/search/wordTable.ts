/**
 * Which documents hold each indexed word of the short fields (so also its document frequency),
 * with the words in sorted order for completing a prefix. The MiniSearch backend uses it to tell
 * rare words from common ones, to score common words without walking MiniSearch's postings, and
 * to turn a word still being typed into a few whole words.
 */
export class WordTable {
  private postings = new Map<string, Set<string>>()
  /** Rebuilt on demand after words come or go (a sort of ~50,000 words takes ~20 ms). */
  private sorted: string[] | null = null

  count(word: string): number {
    return this.postings.get(word)?.size ?? 0
  }

  has(word: string): boolean {
    return this.postings.has(word)
  }

  /** Ids of the documents holding `word`. */
  documents(word: string): ReadonlySet<string> {
    return this.postings.get(word) ?? EMPTY
  }

  addDocument(id: string, words: Iterable<string>): void {
    for (const w of words) {
      let docs = this.postings.get(w)
      if (!docs) {
        this.postings.set(w, (docs = new Set()))
        this.sorted = null
      }
      docs.add(id)
    }
  }

  removeDocument(id: string, words: Iterable<string>): void {
    for (const w of words) {
      const docs = this.postings.get(w)
      if (!docs) continue
      docs.delete(id)
      if (!docs.size) {
        this.postings.delete(w)
        this.sorted = null
      }
    }
  }

  clear(): void {
    this.postings.clear()
    this.sorted = null
  }

  /** Up to `max` words that start with `prefix` (not the prefix itself), shortest and commonest first. */
  startingWith(prefix: string, max: number): string[] {
    this.sorted ??= [...this.postings.keys()].sort()
    const words = this.sorted
    let lo = 0
    let hi = words.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (words[mid]! < prefix) lo = mid + 1
      else hi = mid
    }
    const found: string[] = []
    for (let i = lo; i < words.length && words[i]!.startsWith(prefix); i++) if (words[i] !== prefix) found.push(words[i]!)
    return found.sort((a, b) => a.length - b.length || this.count(b) - this.count(a)).slice(0, max)
  }
}

const EMPTY: ReadonlySet<string> = new Set()
