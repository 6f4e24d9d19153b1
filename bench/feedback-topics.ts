/**
 * Feedback routing and topic clustering on a labelled feedback set (default
 * ../shared/fixtures/feedback-dev.jsonl with departments.json and guides.json beside it).
 *
 *   npx tsx bench/feedback-topics.ts [--dir fixtures-dir] [--file feedback.jsonl] [--rounds 20] [--verbose]
 *
 * Prints, for each half of the file (first half, second half) and overall:
 * - routing: coverage (share routed), accuracy of the routed, accuracy counting an abstention on an
 *   unlabelled item as right; the same for guides; against a baseline that routes by the first
 *   department name or keyword found in the text;
 * - clustering (items in time order, one TopicIndex per half): pairwise and B-cubed precision and
 *   recall against the `cluster` labels, the share of unclustered items left alone, against a plain
 *   words-only TF-IDF baseline; F1 over a range of thresholds; and the spike alerts the default
 *   rule raises on the replay;
 * - speed: items/s of route() and TopicIndex.assign() over the set repeated `--rounds` times.
 */
import fs from 'node:fs'
import path from 'node:path'

import { buildRoutingContext, route, type RoutingContext } from '../src/feedback/routing'
import { detectSpike, TopicIndex } from '../src/feedback/topics'
import { DEFAULT_FEEDBACK_SETTINGS } from '../src/feedback/settings/defaults'
import { departmentAliases } from '../src/search/intent'
import { STOPWORDS } from '../src/search/stopwords'
import { fold } from '../src/search/text'
import { segment } from '../src/search/tokenizer'

interface Line {
  id: string
  channel: string
  receivedAt: string
  text: string
  labels: { department: string | null; guide: string | null; cluster: string | null }
}

const args = process.argv.slice(2)
const arg = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const dir = path.resolve(arg('--dir') ?? process.env.OMNIHUB_FIXTURES ?? path.join(import.meta.dirname, '../../shared/fixtures'))
const file = path.resolve(arg('--file') ?? path.join(dir, 'feedback-dev.jsonl'))
const rounds = Number(arg('--rounds') ?? 20)
const verbose = args.includes('--verbose')

const readJson = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'))
const departments = (readJson('departments.json') as Array<{ code: string; name: string; shortName?: string; keywords?: string[] }>).map((d) => ({
  code: d.code,
  name: d.name,
  shortName: d.shortName,
  aliases: d.keywords ?? [],
}))
const guides = (readJson('guides.json') as Array<{ code: string; title: string; department: string; themes?: string[] }>).map((g) => ({
  code: g.code,
  title: g.title,
  department: g.department,
  themes: g.themes ?? [],
}))
const lines: Line[] = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Line)
const halves: Array<[string, Line[]]> = [
  [`first half (${Math.ceil(lines.length / 2)})`, lines.slice(0, Math.ceil(lines.length / 2))],
  [`second half (${lines.length - Math.ceil(lines.length / 2)})`, lines.slice(Math.ceil(lines.length / 2))],
  [`all (${lines.length})`, lines],
]

const t0 = performance.now()
const ctx = buildRoutingContext(departments, guides)
const buildMs = performance.now() - t0
// Tokens as the triage pipeline makes them, after the context joined the dictionary.
const tokens = new Map(lines.map((l) => [l.id, segment(fold(l.text))]))

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a')
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0)

// ---------- routing ----------
type Router = (l: Line) => { department: string | null; guide: string | null }
/** Baseline: the department of the longest name or keyword (职能关键词) found in the text; no guide. */
const nameAliases = departments
  .flatMap((d) => [...departmentAliases(d), ...d.aliases].map((a) => ({ a: fold(a), code: d.code })))
  .sort((x, y) => y.a.length - x.a.length)
const baseline: Router = (l) => ({ department: nameAliases.find((x) => fold(l.text).includes(x.a))?.code ?? null, guide: null })
const ours = (c: RoutingContext): Router => (l) => route(l.text, tokens.get(l.id)!, c)

function routingFigures(set: Line[], router: Router) {
  let routed = 0, right = 0, rightAll = 0, gGiven = 0, gRight = 0, gRightAll = 0
  const misses: string[] = []
  for (const l of set) {
    const r = router(l)
    if (r.department) {
      routed++
      if (r.department === l.labels.department) right++
      else misses.push(`  ✗ ${l.id} want ${l.labels.department ?? '—'} got ${r.department}: ${l.text}`)
    }
    if (r.department === l.labels.department) rightAll++
    if (r.guide) {
      gGiven++
      if (r.guide === l.labels.guide) gRight++
      else misses.push(`  ✗ ${l.id} guide want ${l.labels.guide ?? '—'} got ${r.guide}: ${l.text}`)
    }
    if (r.guide === l.labels.guide) gRightAll++
  }
  return { n: set.length, routed, right, rightAll, gGiven, gRight, gRightAll, misses }
}

console.log(`\nRouting — ${departments.length} departments, ${guides.length} guides, context built in ${buildMs.toFixed(0)} ms (jieba dictionary included)`)
console.log('set                  | router   | dept coverage | dept accuracy (routed) | dept exact (abstain on unlabelled = right) | guide coverage | guide accuracy (given) | guide exact')
for (const [name, set] of halves) {
  for (const [rname, router] of [['ours', ours(ctx)], ['baseline', baseline]] as const) {
    const f = routingFigures(set, router)
    console.log(
      `${name.padEnd(20)} | ${rname.padEnd(8)} | ${pct(f.routed, f.n).padStart(13)} | ${`${f.right}/${f.routed} = ${pct(f.right, f.routed)}`.padStart(22)} | ${`${f.rightAll}/${f.n} = ${pct(f.rightAll, f.n)}`.padStart(42)} | ${pct(f.gGiven, f.n).padStart(14)} | ${`${f.gRight}/${f.gGiven} = ${pct(f.gRight, f.gGiven)}`.padStart(22)} | ${pct(f.gRightAll, f.n)}`,
    )
    if (verbose && rname === 'ours' && set === lines) console.log(f.misses.join('\n'))
  }
}

// ---------- clustering ----------
type Assign = (id: string, toks: string[], at: Date) => string
const byTime = (set: Line[]) => [...set].sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt) || a.id.localeCompare(b.id))

/** Baseline: words-only TF-IDF cosine to the centroid, same threshold, no tone, no issue concepts. */
function plainIndex(threshold: number): Assign {
  const df = new Map<string, number>()
  let docs = 0
  const topics: Array<{ id: string; terms: Map<string, number> }> = []
  return (id, toks) => {
    const doc = new Map<string, number>()
    for (const w of toks) if (w.length >= 2 && !STOPWORDS.has(w) && !/^\d+$/.test(w)) doc.set(w, 1)
    docs++
    for (const t of doc.keys()) df.set(t, (df.get(t) ?? 0) + 1)
    const idf = (t: string) => Math.log((docs + 1) / ((df.get(t) ?? 0) + 1)) + 1
    let best: (typeof topics)[number] | null = null
    let bestSim = 0
    for (const tp of topics) {
      let dot = 0, a = 0, b = 0
      for (const [t, w] of doc) a += (w * idf(t)) ** 2
      for (const [t, c] of tp.terms) {
        b += (c * idf(t)) ** 2
        if (doc.has(t)) dot += idf(t) * c * idf(t)
      }
      const sim = dot ? dot / Math.sqrt(a * b) : 0
      if (sim > bestSim) [best, bestSim] = [tp, sim]
    }
    if (best && bestSim >= threshold) {
      for (const [t, w] of doc) best.terms.set(t, (best.terms.get(t) ?? 0) + w)
      return best.id
    }
    topics.push({ id, terms: doc })
    return id
  }
}

function clusterFigures(set: Line[], assigned: Map<string, string>) {
  let tp = 0, fp = 0, fn = 0
  for (let i = 0; i < set.length; i++) {
    for (let j = i + 1; j < set.length; j++) {
      const a = set[i]!, b = set[j]!
      const gold = !!a.labels.cluster && a.labels.cluster === b.labels.cluster
      const got = assigned.get(a.id) === assigned.get(b.id)
      if (gold && got) tp++
      else if (got) fp++
      else if (gold) fn++
    }
  }
  // B-cubed: per item, the share of its predicted topic that is truly its cluster and vice versa
  // (an unlabelled item is a cluster of its own).
  const goldOf = (l: Line) => l.labels.cluster ?? `solo:${l.id}`
  let bp = 0, br = 0
  for (const a of set) {
    const same = set.filter((b) => assigned.get(b.id) === assigned.get(a.id))
    const gold = set.filter((b) => goldOf(b) === goldOf(a))
    const both = same.filter((b) => goldOf(b) === goldOf(a)).length
    bp += both / same.length
    br += both / gold.length
  }
  const alone = set.filter((l) => !l.labels.cluster)
  const aloneKept = alone.filter((l) => set.every((o) => o === l || assigned.get(o.id) !== assigned.get(l.id))).length
  return { P: tp / (tp + fp || 1), R: tp / (tp + fn || 1), BP: bp / set.length, BR: br / set.length, alone: alone.length, aloneKept, topics: new Set(assigned.values()).size }
}

console.log('\nClustering — items in time order, pairwise and B-cubed against the cluster labels')
console.log('set                  | method   | topics | pairwise P / R / F1       | B-cubed P / R / F1        | unclustered left alone')
const spikes: string[] = []
for (const [name, set] of halves.slice(0, 2)) {
  const ordered = byTime(set)
  const index = new TopicIndex()
  const ourAssign = new Map<string, string>()
  const members = new Map<string, Line[]>()
  for (const l of ordered) {
    const at = new Date(l.receivedAt)
    const { topicId } = index.assign(l.id, tokens.get(l.id)!, at)
    ourAssign.set(l.id, topicId)
    const m = [...(members.get(topicId) ?? []), l]
    members.set(topicId, m)
    const s = detectSpike(m.map((x) => ({ at: new Date(x.receivedAt), channel: x.channel })), { ...DEFAULT_FEEDBACK_SETTINGS.spike, now: at })
    if (s.spiking && !spikes.some((x) => x.startsWith(`  ${topicId} `))) {
      const label = index.topic(topicId)?.label ?? ''
      spikes.push(`  ${topicId} 「${label}」 at ${l.receivedAt}: ${s.reason} — gold clusters ${[...new Set(m.map((x) => x.labels.cluster ?? '—'))].join(', ')}`)
    }
  }
  const plain = plainIndex(index.threshold)
  const plainAssign = new Map(ordered.map((l) => [l.id, plain(l.id, tokens.get(l.id)!, new Date(l.receivedAt))]))
  for (const [mname, assigned] of [['ours', ourAssign], ['baseline', plainAssign]] as const) {
    const f = clusterFigures(ordered, assigned)
    const fmt = (p: number, r: number) => `${p.toFixed(3)} / ${r.toFixed(3)} / ${f1(p, r).toFixed(3)}`
    console.log(`${name.padEnd(20)} | ${mname.padEnd(8)} | ${String(f.topics).padStart(6)} | ${fmt(f.P, f.R).padEnd(25)} | ${fmt(f.BP, f.BR).padEnd(25)} | ${f.aloneKept}/${f.alone} = ${pct(f.aloneKept, f.alone)}`)
  }
  if (verbose) {
    for (const t of index.topics().filter((t) => t.size > 1)) {
      const ids = t.members.map((m) => m.id)
      console.log(`  ${t.topicId} ${t.label}: ${ids.map((id) => `${id}(${lines.find((l) => l.id === id)!.labels.cluster ?? '—'})`).join(' ')}`)
    }
  }
}
console.log('\nThreshold sweep (pairwise F1, first half / second half):')
const sweep: string[] = []
for (const threshold of [0.2, 0.24, 0.28, 0.32, 0.36]) {
  const f = halves.slice(0, 2).map(([, set]) => {
    const index = new TopicIndex({ threshold })
    const ordered = byTime(set)
    const got = clusterFigures(ordered, new Map(ordered.map((l) => [l.id, index.assign(l.id, tokens.get(l.id)!, new Date(l.receivedAt)).topicId])))
    return f1(got.P, got.R).toFixed(3)
  })
  sweep.push(`${threshold}: ${f.join(' / ')}`)
}
console.log(`  ${sweep.join('   ')}`)

console.log(`\nSpike alerts on the replay (rule ${JSON.stringify(DEFAULT_FEEDBACK_SETTINGS.spike)}):`)
console.log(spikes.join('\n') || '  none')

// ---------- speed ----------
const stream = Array.from({ length: rounds }, (_, r) =>
  byTime(lines).map((l) => ({ ...l, id: `${l.id}-r${r}`, at: new Date(Date.parse(l.receivedAt) + r * 60 * 86_400_000) })),
).flat()
let t = performance.now()
for (const l of stream) route(l.text, tokens.get(l.id.replace(/-r\d+$/, ''))!, ctx)
const routeRate = stream.length / ((performance.now() - t) / 1000)
t = performance.now()
for (const l of stream) segment(fold(l.text))
const segRate = stream.length / ((performance.now() - t) / 1000)
const index = new TopicIndex()
t = performance.now()
for (const l of stream) index.assign(l.id, tokens.get(l.id.replace(/-r\d+$/, ''))!, l.at)
const assignRate = stream.length / ((performance.now() - t) / 1000)
console.log(`\nSpeed over ${stream.length} items (${rounds} rounds of the set, each round 60 days later):`)
console.log(`  segment(fold(text)) ${segRate.toFixed(0)} items/s (for reference: the tokens both steps take)`)
console.log(`  route()             ${routeRate.toFixed(0)} items/s`)
console.log(`  TopicIndex.assign() ${assignRate.toFixed(0)} items/s (${index.topics().length} topics kept in memory at the end)`)
