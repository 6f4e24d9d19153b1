/**
 * Types shared by the search layers. The citizen-language layer (analyzer) turns a query into a
 * QueryPlan; a SearchBackend executes plans over SearchDocs. Only the backend knows the index
 * technology, so an OpenSearch backend can replace the in-process one (docs/search.md).
 */

export type SearchKind = 'guide' | 'notice' | 'department'
export type Audience = 'personal' | 'corporate' | 'both'

export interface DepartmentRef {
  id: number | string
  code: string
  name: string
  shortName?: string
}

/** One searchable document, already flattened to text; what every backend indexes. */
export interface SearchDoc {
  /** `${kind}:${payload id}`, unique across kinds. */
  id: string
  kind: SearchKind
  docId: number | string
  /** Item code (guide), slug (notice) or department code. */
  code: string
  title: string
  /** Other names of the item: parenthesised parts of the title, themes, short names. */
  aliases: string[]
  summary: string
  materials: string[]
  conditions: string[]
  faq: string[]
  /** Notice body, or a department's keywords. */
  body: string
  department?: DepartmentRef
  audience?: Audience
  themes: string[]
  onlineDepth?: number
  /** Channel kinds the document is published to (guides and notices); absent = every channel. */
  channels?: string[]
  /** Notices only: ISO dates; outside this window a notice is not shown. */
  validFrom?: string
  validTo?: string
}

export interface SearchFilters {
  /** Department code (or Payload id). */
  department?: string
  /** `personal` also matches guides for both; so does `corporate`. */
  audience?: Audience
  theme?: string
  /** Minimum online depth 1-4 (4 = 全程网办). */
  minOnlineDepth?: number
  kinds?: SearchKind[]
  /** Channel kind asking (kiosk, app...): content not targeted at it is left out. */
  channel?: string
}

/** One query term with how it should be matched and how much it counts. */
export interface PlanTerm {
  term: string
  weight: number
  /** `pinyin` terms search only the pinyin field; `text` terms every Chinese field. */
  field: 'text' | 'pinyin'
  prefix?: boolean
  /** Maximum edit distance; 0 or absent for none. */
  fuzzy?: number
  /** Search names only (title and aliases): single characters, which would match everything. */
  namesOnly?: boolean
  /**
   * A word inside this longer term (二手 in 二手房): needed only when the index does not know the
   * longer term; a backend may skip it otherwise.
   */
  partOf?: string
}

export interface QueryPlan {
  terms: PlanTerm[]
  /** Multiply the score of guides of these department codes. */
  boostDepartments?: Record<string, number>
  /** List every guide of this department (department intent with nothing else asked). */
  listDepartment?: string
  /** Exact item codes asked for. */
  codes?: string[]
}

export interface BackendHit {
  id: string
  score: number
  /** Index terms that matched, for highlighting. */
  terms: string[]
}

export interface BackendResult {
  /** Best first; at most `limit` hits of each kind asked for. */
  hits: BackendHit[]
  /** How many documents of each kind matched in all. */
  totals: Partial<Record<SearchKind, number>>
}

export interface Suggestion {
  text: string
  kind: SearchKind | 'phrase'
  code?: string
}

/**
 * What the hub needs from a search index. Implementations own tokenisation and storage; they must
 * accept `index` and `remove` at any time (publish and withdraw hooks call them directly).
 */
export interface SearchBackend {
  readonly name: string
  index(doc: SearchDoc): void | Promise<void>
  remove(id: string): void | Promise<void>
  /** Guide-only filters (audience, theme, depth) leave notices and departments alone. */
  search(plan: QueryPlan, filters: SearchFilters, limit: number): BackendResult | Promise<BackendResult>
  suggest(prefix: string, limit: number): Suggestion[] | Promise<Suggestion[]>
  /** Replaces the whole content of the index. */
  rebuild(all: SearchDoc[]): void | Promise<void>
  get(id: string): SearchDoc | undefined
  size(): number
}

export interface GuideHit {
  kind: 'guide'
  id: number | string
  code: string
  title: string
  /** HTML-escaped title with matched words in <mark>. */
  titleHtml: string
  /** Plain-text excerpt and the same with <mark>. */
  snippet: string
  snippetHtml: string
  department: DepartmentRef | null
  audience: Audience | null
  themes: string[]
  onlineDepth: number | null
  score: number
}

export interface NoticeHit {
  kind: 'notice'
  id: number | string
  slug: string
  title: string
  titleHtml: string
  snippet: string
  snippetHtml: string
  department: DepartmentRef | null
  score: number
}

export interface DepartmentHit extends DepartmentRef {
  /** Why the department is shown: named in the query, or the body that handles what was asked. */
  reason: 'named' | 'handles'
}

export type SearchIntent = 'empty' | 'code' | 'department' | 'who-handles' | 'keywords'

export interface SearchResponse {
  /** The query as understood (cleaned, at most MAX_QUERY_CHARS characters). */
  query: string
  intent: SearchIntent
  total: number
  hits: GuideHit[]
  notices: NoticeHit[]
  departments: DepartmentHit[]
  /** Words the query was widened with (synonyms, pinyin, corrected homophones), for "did you mean". */
  expandedWith: string[]
  /** A short Chinese message for the citizen when there is nothing to show. */
  message: string | null
}

export interface SearchOptions {
  limit?: number
  /** Record a no-result query as a search gap (default true). Batch evaluation turns it off. */
  recordGaps?: boolean
  /** Channel kind that asked, kept with a search gap. */
  channel?: string
}
