import type { Analysis } from './analyzer'
import { snippetOf, titleHtml } from './highlight'
import type { DepartmentDirectory } from './intent'
import type { BackendHit, BackendResult, DepartmentHit, GuideHit, NoticeHit, SearchDoc, SearchResponse } from './types'

const MESSAGES = {
  empty: '请输入想办的事，例如“社保卡补办”“公积金提取”“开饭店”。',
  none: '没有找到相关事项。可换个说法（如“营业执照”“公积金”），或拨打12345政务服务便民热线咨询。',
} as const

const round = (n: number) => Math.round(n * 1000) / 1000

function guideHit(doc: SearchDoc, hit: BackendHit, terms: string[]): GuideHit {
  const snippet = snippetOf(doc, terms)
  return {
    kind: 'guide',
    id: doc.docId,
    code: doc.code,
    title: doc.title,
    titleHtml: titleHtml(doc.title, terms),
    snippet: snippet.text,
    snippetHtml: snippet.html,
    department: doc.department ?? null,
    audience: doc.audience ?? null,
    themes: doc.themes,
    onlineDepth: doc.onlineDepth ?? null,
    score: round(hit.score),
  }
}

function noticeHit(doc: SearchDoc, hit: BackendHit, terms: string[]): NoticeHit {
  const snippet = snippetOf(doc, terms)
  return {
    kind: 'notice',
    id: doc.docId,
    slug: doc.code,
    title: doc.title,
    titleHtml: titleHtml(doc.title, terms),
    snippet: snippet.text,
    snippetHtml: snippet.html,
    department: doc.department ?? null,
    score: round(hit.score),
  }
}

/**
 * Backend hits -> what channels show: guides with highlighted snippets, a few current notices,
 * and the departments the citizen named or that handle what was asked.
 */
export function toResponse(
  analysis: Analysis,
  result: BackendResult,
  get: (id: string) => SearchDoc | undefined,
  directory: DepartmentDirectory,
  limit: number,
): SearchResponse {
  // Plan words mark the title even where the index matched a longer word by prefix.
  const planWords = analysis.plan.terms.filter((t) => t.field === 'text').map((t) => t.term)
  const hits: GuideHit[] = []
  const notices: NoticeHit[] = []
  const departments: DepartmentHit[] = []
  const seenDept = new Set<string>()
  const addDept = (code: string | undefined, reason: DepartmentHit['reason']) => {
    const d = code ? directory.byCode.get(code) : undefined
    if (!d || seenDept.has(d.code)) return
    seenDept.add(d.code)
    departments.push({ id: d.id, code: d.code, name: d.name, shortName: d.shortName, reason })
  }
  for (const code of analysis.named) addDept(code, 'named')

  for (const h of result.hits) {
    const doc = get(h.id)
    if (!doc) continue
    const terms = [...h.terms, ...planWords]
    if (doc.kind === 'guide' && hits.length < limit) hits.push(guideHit(doc, h, terms))
    else if (doc.kind === 'notice' && notices.length < 3) notices.push(noticeHit(doc, h, terms))
    else if (doc.kind === 'department' && analysis.intent !== 'department') addDept(doc.code, 'handles')
  }
  // "Which department handles ...": the department of the best guide answers it.
  if (analysis.intent === 'who-handles' && hits[0]?.department) addDept(hits[0].department.code, 'handles')

  const total = result.totals.guide ?? 0
  const nothing = !hits.length && !notices.length
  return {
    query: analysis.query,
    intent: analysis.intent,
    total,
    hits,
    notices,
    departments: departments.slice(0, 3),
    expandedWith: analysis.expandedWith,
    message: analysis.intent === 'empty' ? MESSAGES.empty : nothing ? MESSAGES.none : null,
  }
}
