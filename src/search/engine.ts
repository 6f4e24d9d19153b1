import { analyze, type Analysis } from './analyzer'
import { departmentToSearchDoc } from './documents'
import { DepartmentDirectory, type DepartmentInfo } from './intent'
import { MiniSearchBackend } from './minisearchBackend'
import { PinyinVocabulary } from './pinyin'
import { toResponse } from './response'
import { SynonymSet, type SynonymEntry } from './synonyms'
import { cleanQuery, hasHan, titleParts } from './text'
import { addWords, segment, subwords } from './tokenizer'
import type { SearchBackend, SearchDoc, SearchFilters, SearchResponse, Suggestion } from './types'

const ALL_KINDS: SearchFilters['kinds'] = ['guide', 'notice', 'department']

/**
 * Search without Payload: the citizen-language layer (synonyms, department names, pinyin
 * vocabulary) in front of a SearchBackend. The service feeds it from the database; benchmarks
 * and unit tests feed it directly.
 */
export class SearchEngine {
  private directory = new DepartmentDirectory([])
  private synonyms = new SynonymSet([])
  private vocabulary = new PinyinVocabulary()

  constructor(readonly backend: SearchBackend = new MiniSearchBackend()) {}

  get departments(): DepartmentDirectory {
    return this.directory
  }

  setSynonyms(entries: SynonymEntry[]): void {
    const set = new SynonymSet(entries)
    this.synonyms = set
    addWords(set.targetWords)
    for (const w of [...set.targetWords, ...set.phraseWords]) this.vocabulary.add(w, 2)
  }

  /** Department names count for intent; keywords and names become dictionary words. */
  setDepartments(departments: DepartmentInfo[]): void {
    this.directory = new DepartmentDirectory(departments)
    const words = [...this.directory.allAliases(), ...departments.flatMap((d) => d.keywords)]
    addWords(words)
    for (const w of words) this.vocabulary.add(w, 2)
  }

  /** Replaces the whole index: departments (as set before) plus these guides and notices. */
  async build(content: SearchDoc[], entries: SynonymEntry[], departments: DepartmentInfo[]): Promise<void> {
    this.vocabulary = new PinyinVocabulary()
    this.setSynonyms(entries)
    this.setDepartments(departments)
    const docs = [...content, ...departments.map(departmentToSearchDoc)]
    for (const d of docs) this.learnTitle(d)
    await this.backend.rebuild(docs)
  }

  async upsert(doc: SearchDoc): Promise<void> {
    this.learnTitle(doc)
    await this.backend.index(doc)
  }

  async remove(id: string): Promise<void> {
    await this.backend.remove(id)
  }

  /** Item names become dictionary words and pinyin vocabulary (kiosk input, homophone repair). */
  private learnTitle(doc: SearchDoc): void {
    if (doc.kind !== 'guide') return
    const parts = titleParts(doc.title).filter((p) => p.length <= 10)
    addWords(parts)
    for (const p of [...parts, ...doc.aliases]) {
      for (const w of segment(p)) {
        if (w.length < 2 || !hasHan(w)) continue
        this.vocabulary.add(w)
        for (const s of subwords(w)) this.vocabulary.add(s, 0.5)
      }
    }
  }

  analyze(rawQuery: unknown): Analysis {
    return analyze(cleanQuery(rawQuery), { synonyms: this.synonyms, departments: this.directory, vocabulary: this.vocabulary })
  }

  async search(rawQuery: unknown, filters: SearchFilters = {}, limit = 10): Promise<SearchResponse> {
    const analysis = this.analyze(rawQuery)
    const max = Math.min(Math.max(Math.floor(limit) || 10, 1), 50)
    const f = { ...filters, kinds: filters.kinds ?? ALL_KINDS }
    let result = await this.backend.search(analysis.plan, f, max)
    // A department was named but nothing else matched ("交警大队能办什么"): list what it handles.
    if (analysis.named.length && !result.totals.guide && analysis.intent !== 'department') {
      analysis.plan = { terms: [], listDepartment: analysis.named[0]! }
      analysis.intent = 'department'
      result = await this.backend.search(analysis.plan, f, max)
    }
    return toResponse(analysis, result, (id) => this.backend.get(id), this.directory, max)
  }

  async suggest(prefix: unknown, limit = 8): Promise<Suggestion[]> {
    const q = cleanQuery(prefix).replace(/\s+/g, '')
    if (!q) return []
    const max = Math.min(Math.max(Math.floor(limit) || 8, 1), 20)
    const found = await this.backend.suggest(q, max)
    const seen = new Set(found.map((s) => s.text))
    for (const p of this.synonyms.plainPhrases()) {
      if (found.length >= max) break
      if (p.startsWith(q) && p !== q && !seen.has(p)) {
        seen.add(p)
        found.push({ text: p, kind: 'phrase' })
      }
    }
    return found
  }
}
