import type { Payload } from 'payload'

import { departmentInfo, departmentToSearchDoc, guideToSearchDoc, noticeToSearchDoc } from './documents'
import { SearchEngine } from './engine'
import { recordGap } from './gaps'
import type { DepartmentInfo } from './intent'
import { loadContent, loadSynonyms } from './loader'
import type { SearchBackend, SearchFilters, SearchOptions, SearchResponse, Suggestion } from './types'

type Doc = Record<string, any>

/**
 * The search index of one Payload instance: built lazily from published content on first use
 * (or at start), kept current by the collection hooks. Changes that arrive while a build is
 * running are replayed on the new index, so a publish during start-up is never lost.
 */
export class SearchService {
  readonly engine: SearchEngine
  private building: Promise<void> | null = null
  private built = false
  private queued: Array<() => Promise<void>> = []
  private synonymsStale = false
  private pending = new Set<Promise<unknown>>()

  constructor(
    private readonly payload: Payload,
    backend?: SearchBackend,
  ) {
    this.engine = new SearchEngine(backend)
  }

  get size(): number {
    return this.engine.backend.size()
  }

  /** Whether an index exists or is being built (before that, changes need no work). */
  get active(): boolean {
    return this.built || this.building !== null
  }

  /** Resolves once the index holds the published content. */
  ready(): Promise<void> {
    if (this.built && !this.building) return Promise.resolve()
    return this.building ?? this.rebuild()
  }

  /** Reads everything published again and swaps in a fresh index. */
  rebuild(): Promise<void> {
    if (this.building) return this.building
    this.building = (async () => {
      try {
        const [content, synonyms] = await Promise.all([loadContent(this.payload), loadSynonyms(this.payload)])
        const departments = content.departments.map(departmentInfo)
        const byId = new Map(departments.map((d) => [String(d.id), d]))
        const lookup = (id: string | null) => (id ? byId.get(id) : undefined)
        const docs = [...content.guides.map((g) => guideToSearchDoc(g, lookup)), ...content.notices.map((n) => noticeToSearchDoc(n, lookup))]
        this.synonymsStale = false
        await this.engine.build(docs, synonyms, departments)
        this.built = true
      } finally {
        this.building = null
      }
      for (const op of this.queued.splice(0)) await op()
    })()
    return this.building
  }

  /** Applies an index change now, or after the running build, or not at all before the first build. */
  private async apply(op: () => Promise<void>): Promise<void> {
    if (this.building) this.queued.push(op)
    else if (this.built) await op()
  }

  private departmentOf = (id: string | null): DepartmentInfo | undefined => (id ? this.engine.departments.byId.get(id) : undefined)

  // ---- hook entry points -------------------------------------------------------------------

  upsert(kind: 'guide' | 'notice', doc: Doc): Promise<void> {
    return this.apply(() => this.engine.upsert(kind === 'guide' ? guideToSearchDoc(doc, this.departmentOf) : noticeToSearchDoc(doc, this.departmentOf)))
  }

  remove(kind: 'guide' | 'notice' | 'department', id: number | string): Promise<void> {
    return this.apply(() => this.engine.remove(`${kind}:${id}`))
  }

  /** A department changed: new names for intent, and its published guides re-labelled. */
  upsertDepartment(doc: Doc, guides: Doc[]): Promise<void> {
    return this.apply(async () => {
      const info = departmentInfo(doc)
      const others = [...this.engine.departments.byId.values()].filter((d) => String(d.id) !== String(info.id))
      this.engine.setDepartments([...others, info])
      await this.engine.upsert(departmentToSearchDoc(info))
      for (const g of guides) await this.engine.upsert(guideToSearchDoc(g, this.departmentOf))
    })
  }

  removeDepartment(id: number | string): Promise<void> {
    return this.apply(async () => {
      this.engine.setDepartments([...this.engine.departments.byId.values()].filter((d) => String(d.id) !== String(id)))
      await this.engine.remove(`department:${id}`)
    })
  }

  /** The dictionary changed; it is read again before the next search. */
  synonymsChanged(): void {
    this.synonymsStale = true
  }

  // ---- queries --------------------------------------------------------------------------------

  private async current(): Promise<void> {
    await this.ready()
    if (this.synonymsStale) {
      this.synonymsStale = false
      this.engine.setSynonyms(await loadSynonyms(this.payload))
    }
  }

  async search(rawQuery: unknown, filters: SearchFilters = {}, opts: SearchOptions = {}): Promise<SearchResponse> {
    await this.current()
    const response = await this.engine.search(rawQuery, filters, opts.limit ?? 10)
    if (response.intent !== 'empty' && !response.hits.length && !response.notices.length && opts.recordGaps !== false) {
      this.track(recordGap(this.payload, String(rawQuery ?? ''), opts.channel))
    }
    return response
  }

  async suggest(prefix: unknown, limit = 8): Promise<Suggestion[]> {
    await this.current()
    return this.engine.suggest(prefix, limit)
  }

  /** Background writes (search gaps) still running; tests and the CLI wait for them. */
  async flush(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending])
  }

  private track(p: Promise<unknown>): void {
    const guarded = p.catch((err) => this.payload.logger?.warn?.({ err }, 'search gap not recorded'))
    this.pending.add(guarded)
    void guarded.finally(() => this.pending.delete(guarded))
  }
}

const services = new WeakMap<Payload, SearchService>()

/** The search service of this Payload instance (one index per instance). */
export function searchService(payload: Payload): SearchService {
  let s = services.get(payload)
  if (!s) services.set(payload, (s = new SearchService(payload)))
  return s
}
