import type { BackendHit, BackendResult, SearchKind } from './types'

const kindOf = (id: string): SearchKind => id.slice(0, id.indexOf(':')) as SearchKind

/**
 * Keeps the best `limit` hits of each kind and counts all of them, without sorting everything
 * that matched: a common word can match thousands of documents, of which ten are shown.
 */
export class TopK {
  private best = new Map<SearchKind, BackendHit[]>()
  private counts: Partial<Record<SearchKind, number>> = {}
  readonly seen = new Set<string>()

  constructor(private readonly limit: number) {}

  add(hit: BackendHit): void {
    if (this.seen.has(hit.id)) return
    this.seen.add(hit.id)
    const kind = kindOf(hit.id)
    this.counts[kind] = (this.counts[kind] ?? 0) + 1
    let list = this.best.get(kind)
    if (!list) this.best.set(kind, (list = []))
    if (list.length >= this.limit && list[list.length - 1]!.score >= hit.score) return
    let i = list.length
    while (i > 0 && list[i - 1]!.score < hit.score) i--
    list.splice(i, 0, hit)
    if (list.length > this.limit) list.pop()
  }

  count(kind: SearchKind): number {
    return this.counts[kind] ?? 0
  }

  /** Lowest score kept for a kind (0 when none). */
  floor(kind: SearchKind): number {
    const list = this.best.get(kind)
    return list?.length ? list[list.length - 1]!.score : 0
  }

  result(): BackendResult {
    return { hits: [...this.best.values()].flat(), totals: { ...this.counts } }
  }
}

/** Hits already in order: the first `limit` of each kind, with per-kind totals. */
export function inOrder(all: BackendHit[], limit: number): BackendResult {
  const totals: Partial<Record<SearchKind, number>> = {}
  const hits: BackendHit[] = []
  for (const h of all) {
    const kind = kindOf(h.id)
    totals[kind] = (totals[kind] ?? 0) + 1
    if (totals[kind]! <= limit) hits.push(h)
  }
  return { hits, totals }
}
