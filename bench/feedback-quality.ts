/**
 * Quality and speed of automatic feedback triage on a labelled set (default:
 * ../shared/fixtures/feedback-dev.jsonl, with departments.json and guides.json read from the same
 * folder). Our hand-written set: src/feedback/triage/eval/handwritten.jsonl (no routing labels).
 *
 *   npx tsx bench/feedback-quality.ts [file.jsonl] [--misses all|A|B|none] [--explain ID]
 *
 * Prints accuracy per label (sentiment, category, department, guide), confusion matrices for
 * sentiment and category, urgent recall and precision, PII recall and precision, items/s, and the
 * misses. The set is also split in two halves (A: odd lines, B: even lines): on the dev set the
 * lexicons were tuned on A, so B is the figure closer to unseen text. No database: the pure
 * triage function.
 */
import fs from 'node:fs'
import path from 'node:path'

import { buildTriageContext, triage } from '../src/feedback/triage'
import { scan } from '../src/feedback/triage/scan'
import { textTone } from '../src/feedback/triage/sentiment'
import { CATEGORIES, SENTIMENTS, type TriageResult } from '../src/feedback/triage/types'
import { fold } from '../src/search/text'

interface Line {
  id: string
  channel?: string
  text: string
  rating?: number | null
  labels: {
    sentiment: string
    category: string
    urgent: boolean
    /** Optional: sets written without routing or personal data (src/feedback/triage/eval) leave them out. */
    department?: string | null
    guide?: string | null
    pii?: boolean
  }
}

const args = process.argv.slice(2)
const opt = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const file = path.resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? path.resolve(import.meta.dirname, '../../shared/fixtures/feedback-dev.jsonl'))
const routed = (l: Line) => l.labels.department !== undefined
const piiLabelled = (l: Line) => l.labels.pii !== undefined
const dir = path.dirname(file)
const showMisses = opt('--misses') ?? 'all'
const explain = opt('--explain')

const lines: Line[] = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Line)
const readJson = (name: string): Array<Record<string, any>> => {
  const p = path.join(dir, name)
  return fs.existsSync(p) ? (JSON.parse(fs.readFileSync(p, 'utf8')) as Array<Record<string, any>>) : []
}
const departments = readJson('departments.json').map((d) => ({ code: d.code, name: d.name, shortName: d.shortName, aliases: d.keywords ?? [] }))
const guides = readJson('guides.json').map((g) => ({ code: g.code, title: g.title, department: g.department, themes: g.themes ?? [] }))
if (!departments.length) console.log(`(no departments.json beside ${path.basename(file)}: routing runs on an empty directory)`)

const t0 = performance.now()
const ctx = buildTriageContext(departments, guides)
const contextMs = performance.now() - t0
const run = (l: Line) => triage({ text: l.text, channel: l.channel, rating: l.rating ?? null }, ctx)

// Warm-up, then time several passes.
for (const l of lines) run(l)
const ROUNDS = 5
const t1 = performance.now()
let results: TriageResult[] = []
for (let r = 0; r < ROUNDS; r++) results = lines.map(run)
const perItemMs = (performance.now() - t1) / (ROUNDS * lines.length)

const pct = (n: number, d: number) => (d ? `${n}/${d} = ${((100 * n) / d).toFixed(1)}%` : 'n/a')

function matrix(title: string, labels: readonly string[], pairs: Array<[string, string]>): void {
  const w = Math.max(...labels.map((l) => l.length), 6) + 1
  console.log(`\n${title} (rows: labelled, columns: triage)`)
  console.log(''.padEnd(w) + labels.map((l) => l.padStart(w)).join(''))
  for (const want of labels) {
    const row = labels.map((got) => String(pairs.filter(([a, b]) => a === want && b === got).length).padStart(w))
    console.log(want.padEnd(w) + row.join(''))
  }
}

interface Figures {
  n: number
  routedN: number
  sentiment: number
  category: number
  department: number
  guide: number
  urgentTp: number
  urgentFn: number
  urgentFp: number
  piiTp: number
  piiFn: number
  piiFp: number
}

function figures(idx: number[]): Figures {
  const f: Figures = { n: idx.length, routedN: 0, sentiment: 0, category: 0, department: 0, guide: 0, urgentTp: 0, urgentFn: 0, urgentFp: 0, piiTp: 0, piiFn: 0, piiFp: 0 }
  for (const i of idx) {
    const l = lines[i]!.labels
    const r = results[i]!
    if (r.sentiment === l.sentiment) f.sentiment++
    if (r.category === l.category) f.category++
    if (routed(lines[i]!)) {
      f.routedN++
      if (r.department === l.department) f.department++
      if (r.guide === l.guide) f.guide++
    }
    if (l.urgent && r.urgent) f.urgentTp++
    if (l.urgent && !r.urgent) f.urgentFn++
    if (!l.urgent && r.urgent) f.urgentFp++
    if (!piiLabelled(lines[i]!)) continue
    if (l.pii && r.pii) f.piiTp++
    if (l.pii && !r.pii) f.piiFn++
    if (!l.pii && r.pii) f.piiFp++
  }
  return f
}

function report(name: string, f: Figures): void {
  console.log(`\n${name}: ${f.n} items`)
  console.log(`  sentiment accuracy  ${pct(f.sentiment, f.n)}   (target >= 85%)`)
  console.log(`  category accuracy   ${pct(f.category, f.n)}`)
  console.log(`  department accuracy ${pct(f.department, f.routedN)}`)
  console.log(`  guide accuracy      ${pct(f.guide, f.routedN)}`)
  console.log(`  urgent recall       ${pct(f.urgentTp, f.urgentTp + f.urgentFn)}   (target >= 95%)`)
  console.log(`  urgent precision    ${pct(f.urgentTp, f.urgentTp + f.urgentFp)}`)
  console.log(`  PII recall          ${pct(f.piiTp, f.piiTp + f.piiFn)}`)
  console.log(`  PII precision       ${pct(f.piiTp, f.piiTp + f.piiFp)}`)
}

const all = lines.map((_, i) => i)
const halfA = all.filter((i) => i % 2 === 0) // fd-001, fd-003, …
const halfB = all.filter((i) => i % 2 === 1)

console.log(`feedback triage quality: ${path.basename(file)}, ${lines.length} items`)
report('whole set', figures(all))
// On the dev set the lexicons were tuned on half A only; half B is the held-out figure (docs/feedback-triage.md).
report('half A (odd lines)', figures(halfA))
report('half B (even lines)', figures(halfB))
matrix('sentiment', SENTIMENTS, all.map((i) => [lines[i]!.labels.sentiment, results[i]!.sentiment]))
matrix('category', CATEGORIES, all.map((i) => [lines[i]!.labels.category, results[i]!.category]))

console.log(`\nspeed: context build ${contextMs.toFixed(0)} ms (jieba dictionary included); ` +
  `${perItemMs.toFixed(3)} ms per item after warm-up = ${Math.round(1000 / perItemMs)} items/s (target < 1 ms)`)

if (showMisses !== 'none') {
  const shown = showMisses === 'A' ? halfA : showMisses === 'B' ? halfB : all
  console.log(`\nmisses (${showMisses === 'all' ? 'both halves' : `half ${showMisses}`}):`)
  for (const i of shown) {
    const l = lines[i]!
    const r = results[i]!
    const wrong: string[] = []
    if (r.sentiment !== l.labels.sentiment) wrong.push(`sentiment ${l.labels.sentiment}→${r.sentiment} (${r.sentimentScore})`)
    if (r.category !== l.labels.category) wrong.push(`category ${l.labels.category}→${r.category}`)
    if (r.urgent !== l.labels.urgent) wrong.push(`urgent ${l.labels.urgent}→${r.urgent} ${r.urgentReasons.join(',')} [${r.urgentEvidence.join('|')}]`)
    if (piiLabelled(l) && r.pii !== l.labels.pii) wrong.push(`pii ${l.labels.pii}→${r.pii}`)
    if (routed(l) && r.department !== l.labels.department) wrong.push(`department ${l.labels.department}→${r.department}`)
    else if (routed(l) && r.guide !== l.labels.guide) wrong.push(`guide ${l.labels.guide}→${r.guide}`)
    if (wrong.length) console.log(`  ${l.id} [${i % 2 ? 'B' : 'A'}] ${l.channel ?? ''} r=${l.rating ?? '-'} ${l.text}\n      ${wrong.join('; ')}`)
  }
}

if (explain) {
  const l = lines.find((x) => x.id === explain)
  if (l) {
    const tone = textTone(scan(fold(l.text)))
    console.log(`\n${l.id}: ${l.text}\n  tone raw ${tone.raw.toFixed(2)} score ${tone.score.toFixed(2)} asks=${tone.asks} rhetorical=${tone.rhetorical}`)
    console.log(`  evidence ${tone.evidence.map((e) => `${e.text}:${e.weight}`).join('  ')}`)
    console.log(`  result ${JSON.stringify({ ...run(l), tokens: undefined })}`)
  }
}
