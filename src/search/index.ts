/**
 * Smart search over published guides, notices and departments (docs/search.md).
 *
 * Pages, channels and the CLI call these functions; the index behind them is built once per
 * Payload instance and kept current by the collection hooks in ./hooks.
 */
import type { Payload } from 'payload'

import { searchService } from './service'
import type { SearchFilters, SearchOptions, SearchResponse, Suggestion } from './types'

export type * from './types'
export { maskPersonalData, gapText, recordGap, type GapReason } from './gaps'
export { recordNoClick } from './noClick'
export { seedSynonyms, SYNONYMS_SLUG, GAPS_SLUG } from './loader'
export { searchService } from './service'

/**
 * Searches published content for a citizen's query. Never throws for any query text (empty,
 * 1,000 characters, symbols only): those get an empty list and a message instead.
 */
export async function searchGuides(payload: Payload, query: unknown, filters: SearchFilters = {}, opts: SearchOptions = {}): Promise<SearchResponse> {
  try {
    return await searchService(payload).search(query, filters, opts)
  } catch (err) {
    // A broken index or database must not turn into an error page for the citizen.
    payload.logger.error({ err }, 'search failed')
    return { query: '', intent: 'empty', total: 0, hits: [], notices: [], departments: [], expandedWith: [], message: UNAVAILABLE }
  }
}

const UNAVAILABLE = '搜索暂时不可用，请稍后再试，或拨打12345政务服务便民热线咨询。'

/** Autocomplete: item names, department names and citizen phrases for what was typed so far. */
export function suggestSearch(payload: Payload, prefix: unknown, limit = 8): Promise<Suggestion[]> {
  return searchService(payload).suggest(prefix, limit)
}

/** Builds the index now (at start) instead of on the first search. */
export function warmSearchIndex(payload: Payload): Promise<void> {
  return searchService(payload).rebuild()
}

/** Waits for background search writes (gap records), e.g. before a process exits. */
export function flushSearch(payload: Payload): Promise<void> {
  return searchService(payload).flush()
}
