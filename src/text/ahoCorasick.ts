/**
 * Aho-Corasick multi-pattern matcher over UTF-16 code units.
 *
 * Build: O(total pattern length). Search: O(text length + number of matches),
 * independent of how many patterns there are - which is why it is used instead
 * of a giant regex alternation for the sensitive-word list.
 */

export interface AhoCorasickMatch {
  pattern: string
  /** Index of the first code unit of the match. */
  start: number
  /** Index one past the last code unit (exclusive). */
  end: number
}

export class AhoCorasick {
  /** goto function: per state, code unit -> next state. State 0 is the root. */
  private readonly goto: Array<Map<number, number>> = [new Map()]
  /** failure link: longest proper suffix of this state that is also a state. */
  private fail: Int32Array = new Int32Array(1)
  /** index into `patterns` that ends exactly at this state, or -1. */
  private readonly terminal: number[] = [-1]
  /** output link: nearest state along the failure chain that is terminal, or -1. */
  private outLink: Int32Array = new Int32Array(1)
  private readonly patterns: string[] = []

  constructor(patterns: string[]) {
    const seen = new Set<string>()
    for (const p of patterns) {
      if (p.length === 0 || seen.has(p)) continue // empty/duplicate would only add noise
      seen.add(p)
      this.insert(p, this.patterns.length)
      this.patterns.push(p)
    }
    this.buildLinks()
  }

  get size(): number {
    return this.patterns.length
  }

  private insert(pattern: string, index: number): void {
    let state = 0
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i)
      let next = this.goto[state]!.get(c)
      if (next === undefined) {
        next = this.goto.length
        this.goto.push(new Map())
        this.terminal.push(-1)
        this.goto[state]!.set(c, next)
      }
      state = next
    }
    this.terminal[state] = index
  }

  /** Breadth-first pass: a state's fail link depends only on shallower states. */
  private buildLinks(): void {
    const count = this.goto.length
    this.fail = new Int32Array(count)
    this.outLink = new Int32Array(count).fill(-1)
    const queue: number[] = []
    for (const child of this.goto[0]!.values()) queue.push(child) // depth 1 fails to root

    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!
      for (const [c, child] of this.goto[state]!) {
        let f = this.fail[state]!
        while (f !== 0 && !this.goto[f]!.has(c)) f = this.fail[f]!
        const fc = this.goto[f]!.get(c) ?? 0
        this.fail[child] = fc
        this.outLink[child] = this.terminal[fc] !== -1 ? fc : this.outLink[fc]!
        queue.push(child)
      }
    }
  }

  /** All matches, overlapping ones included, ordered by end then longest first. */
  search(text: string): AhoCorasickMatch[] {
    const matches: AhoCorasickMatch[] = []
    if (this.patterns.length === 0) return matches
    const { goto, fail, terminal, outLink, patterns } = this
    let state = 0

    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      let next = goto[state]!.get(c)
      while (next === undefined && state !== 0) {
        state = fail[state]!
        next = goto[state]!.get(c)
      }
      state = next ?? 0

      // Walk only terminal states via output links: cost is proportional to matches.
      let s = terminal[state] !== -1 ? state : outLink[state]!
      while (s !== -1) {
        const pattern = patterns[terminal[s]!]!
        matches.push({ pattern, start: i + 1 - pattern.length, end: i + 1 })
        s = outLink[s]!
      }
    }
    return matches
  }
}
