/**
 * 舆情话题: near-duplicate feedback across channels grouped online, one item at a time.
 *
 * Method: TF-IDF cosine between the new item and each open topic's centroid (the sum of its
 * members' term vectors), idf from every item the index has seen. Chosen over SimHash/MinHash
 * because feedback is short (20-80 characters) and the same incident is told in different words
 * on each channel ("医保缴费付款成功…显示未缴费" on the app, "交了居民医保…缴费记录一个都没有" on
 * WeChat): shingle-based fingerprints of such pairs share almost nothing, while a few rare shared
 * words (未缴费, E1023, 取号机) weigh heavily under idf and the common ones (公积金, 办理) fade as
 * the corpus grows. A centroid keeps a topic about its common core rather than chaining through
 * its latest member. Cost is one sparse dot product per open topic sharing a term (inverted index).
 *
 * Two additions the dev set showed were needed (docs/feedback-topics.md): kinds of trouble said in
 * different words (没到账 / 没收到) are one term each (terms.ts ISSUES), and a compliment is never
 * filed under a complaint about the same service, nor a plain question without a clearer match.
 *
 * Topics close after `windowDays` without a new member: the same words a month later are a new
 * occurrence, which is what a sentiment desk wants to see.
 */
import { joinLabel, topKeywords } from './label'
import { polarity, topicTerms } from './terms'

export { detectSpike, type SpikeOptions, type SpikeResult, type SpikeEvent } from './spike'
export { joinLabel, topicLabel, topKeywords } from './label'
export { topicTerms } from './terms'

export interface TopicIndexOptions {
  /** Cosine at or above which an item joins a topic (default 0.28, docs/feedback-topics.md). */
  threshold?: number
  /** A topic without a new member for this many days takes no more (default 7). */
  windowDays?: number
  /** Members remembered per topic (ids and times, for spikes and labels); counts stay exact. */
  maxMembers?: number
}

export interface TopicAssignment {
  topicId: string
  similarity: number
  isNew: boolean
}

export interface TopicSummary {
  topicId: string
  size: number
  firstSeen: Date
  lastSeen: Date
  /** Most recent members last, at most maxMembers. */
  members: Array<{ id: string; at: Date }>
  keywords: string[]
  label: string
}

/** One topic as stored (Topics.state holds this): everything needed to resume it. */
export interface TopicState {
  id: string
  size: number
  /** Members that read as praise, as a problem, as neither. */
  tone: [number, number, number]
  firstSeen: number
  lastSeen: number
  /** Sum of the members' term weights. */
  terms: Record<string, number>
  members: Array<[string, number]>
}

export interface TopicIndexState {
  version: 1
  /** Items seen and, per term, in how many of them (the idf). */
  docs: number
  df: Record<string, number>
  topics: TopicState[]
}

interface Topic {
  id: string
  size: number
  /** Members by tone: praise, problem, other. */
  tone: [number, number, number]
  firstSeen: number
  lastSeen: number
  terms: Map<string, number>
  members: Array<[string, number]>
}

const DAY = 86_400_000
const TONES = ['praise', 'problem', 'other'] as const
const [PRAISE, PROBLEM, OTHER] = [0, 1, 2]

/**
 * How much more similar an item must be to join a topic of another tone: a compliment never joins
 * a topic of complaints nor the reverse (Infinity); a plain question or statement joins a topic of
 * complaints or compliments only when clearly closer (MIXED_TONE), since questions about a service
 * are everyday traffic and not the incident.
 */
function toneFactor(tone: number, counts: [number, number, number]): number {
  const [praise, problem] = counts
  const major = problem > praise ? PROBLEM : praise > problem ? PRAISE : OTHER
  if (major === OTHER || tone === major) return 1
  return tone === OTHER ? MIXED_TONE : Infinity
}
const MIXED_TONE = 1.3
/** Closed topics are dropped from memory this often (assignments); the database keeps them. */
const PRUNE_EVERY = 256

/**
 * cyrb53: a 53-bit string hash, so topic ids stay unique over millions of topics (32 bits would
 * collide after tens of thousands).
 */
function hash53(s: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}

export class TopicIndex {
  readonly threshold: number
  readonly windowDays: number
  readonly maxMembers: number
  private docs = 0
  private df = new Map<string, number>()
  private byId = new Map<string, Topic>()
  /** term -> topics that have it (open and closed; closed ones are skipped by time). */
  private postings = new Map<string, Set<Topic>>()
  /** item id -> topic, so assigning the same item again (a retried intake) changes nothing. */
  private itemTopic = new Map<string, Topic>()
  /** Latest item time seen, and assignments since the last prune. */
  private latest = -Infinity
  private sincePrune = 0

  constructor(opts: TopicIndexOptions = {}) {
    this.threshold = opts.threshold ?? 0.28
    this.windowDays = opts.windowDays ?? 7
    this.maxMembers = opts.maxMembers ?? 200
  }

  private idf(term: string): number {
    // Smoothed; a term never seen counts as seen once, so the first items are not all-rare.
    return Math.log((this.docs + 1) / ((this.df.get(term) ?? 0) + 1)) + 1
  }

  private cosine(doc: Map<string, number>, topic: Topic): number {
    let dot = 0
    let dn = 0
    for (const [t, w] of doc) {
      const x = w * this.idf(t)
      dn += x * x
      const c = topic.terms.get(t)
      if (c) dot += x * c * this.idf(t)
    }
    if (!dot) return 0
    let tn = 0
    for (const [t, c] of topic.terms) {
      const x = c * this.idf(t)
      tn += x * x
    }
    return dot / Math.sqrt(dn * tn)
  }

  /** Puts an item in the most similar open topic, or opens a new one. */
  assign(id: string, tokens: string[], at: Date): TopicAssignment {
    const seen = this.itemTopic.get(id)
    if (seen) return { topicId: seen.id, similarity: 1, isNew: false }
    const time = at.getTime()
    if (!Number.isFinite(time)) throw new Error('诉求时间无效 / Invalid item time (at)')
    this.latest = Math.max(this.latest, time)
    if (++this.sincePrune >= PRUNE_EVERY) this.prune()
    const doc = topicTerms(tokens)
    const tone = TONES.indexOf(polarity(tokens))
    // The item counts in the idf before comparing, as it will for every later item.
    this.docs++
    for (const t of doc.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1)

    const window = this.windowDays * DAY
    let best: Topic | null = null
    let bestSim = 0
    let nearest = 0
    const candidates = new Set<Topic>()
    for (const t of doc.keys()) for (const topic of this.postings.get(t) ?? []) candidates.add(topic)
    for (const topic of candidates) {
      if (time > topic.lastSeen + window || time < topic.firstSeen - window) continue
      const factor = toneFactor(tone, topic.tone)
      if (factor === Infinity) continue
      const sim = this.cosine(doc, topic)
      nearest = Math.max(nearest, sim)
      if (sim < this.threshold * factor) continue
      // Ties go to the older topic so the outcome does not depend on set order.
      if (sim > bestSim || (sim === bestSim && best && topic.firstSeen < best.firstSeen)) {
        best = topic
        bestSim = sim
      }
    }
    if (best) {
      this.add(best, id, time, doc, tone)
      return { topicId: best.id, similarity: round(bestSim), isNew: false }
    }
    let topicId = `tp-${hash53(id)}`
    for (let n = 2; this.byId.has(topicId); n++) topicId = `tp-${hash53(id)}-${n}`
    const topic: Topic = { id: topicId, size: 0, tone: [0, 0, 0], firstSeen: time, lastSeen: time, terms: new Map(), members: [] }
    this.byId.set(topicId, topic)
    this.add(topic, id, time, doc, tone)
    return { topicId, similarity: round(nearest), isNew: true }
  }

  /**
   * Forgets topics closed for longer than the window (a late item may still reach a topic that
   * closed within the last window): memory stays proportional to recent volume.
   */
  private prune(): void {
    this.sincePrune = 0
    const horizon = this.latest - 2 * this.windowDays * DAY
    for (const topic of this.byId.values()) {
      if (topic.lastSeen >= horizon) continue
      this.byId.delete(topic.id)
      for (const t of topic.terms.keys()) {
        const set = this.postings.get(t)
        set?.delete(topic)
        if (set && !set.size) this.postings.delete(t)
      }
      for (const [id] of topic.members) if (this.itemTopic.get(id) === topic) this.itemTopic.delete(id)
    }
  }

  private add(topic: Topic, id: string, time: number, doc: Map<string, number>, tone: number): void {
    topic.size++
    topic.tone[tone]!++
    topic.firstSeen = Math.min(topic.firstSeen, time)
    topic.lastSeen = Math.max(topic.lastSeen, time)
    for (const [t, w] of doc) {
      topic.terms.set(t, (topic.terms.get(t) ?? 0) + w)
      let set = this.postings.get(t)
      if (!set) this.postings.set(t, (set = new Set()))
      set.add(topic)
    }
    topic.members.push([id, time])
    if (topic.members.length > this.maxMembers) {
      const [dropped] = topic.members.splice(0, topic.members.length - this.maxMembers)
      if (dropped && this.itemTopic.get(dropped[0]) === topic) this.itemTopic.delete(dropped[0])
    }
    this.itemTopic.set(id, topic)
  }

  /** Every topic in memory (open, or closed within the last window), newest activity first. */
  topics(): TopicSummary[] {
    return [...this.byId.values()]
      .sort((a, b) => b.lastSeen - a.lastSeen || a.id.localeCompare(b.id))
      .map((t) => this.summary(t))
  }

  topic(topicId: string): TopicSummary | undefined {
    const t = this.byId.get(topicId)
    return t && this.summary(t)
  }

  private summary(t: Topic): TopicSummary {
    const keywords = topKeywords(t.terms, t.size, (term) => this.idf(term))
    return {
      topicId: t.id,
      size: t.size,
      firstSeen: new Date(t.firstSeen),
      lastSeen: new Date(t.lastSeen),
      members: t.members.map(([id, at]) => ({ id, at: new Date(at) })),
      keywords,
      label: joinLabel(keywords),
    }
  }

  dump(): TopicIndexState {
    return {
      version: 1,
      docs: this.docs,
      df: Object.fromEntries(this.df),
      topics: [...this.byId.values()].map((t) => ({
        id: t.id,
        size: t.size,
        tone: [...t.tone] as [number, number, number],
        firstSeen: t.firstSeen,
        lastSeen: t.lastSeen,
        terms: Object.fromEntries(t.terms),
        members: t.members.map(([id, at]) => [id, at] as [string, number]),
      })),
    }
  }

  /** Replaces this index's contents with a dumped state. */
  load(state: TopicIndexState): void {
    if (state?.version !== 1) throw new Error('话题索引状态版本不支持 / Unsupported topic index state version')
    this.docs = state.docs
    this.df = new Map(Object.entries(state.df))
    this.byId.clear()
    this.postings.clear()
    this.itemTopic.clear()
    this.latest = state.topics.reduce((m, t) => Math.max(m, t.lastSeen), -Infinity)
    for (const s of state.topics) {
      const topic: Topic = { id: s.id, size: s.size, tone: [...(s.tone ?? [0, 0, s.size])] as [number, number, number], firstSeen: s.firstSeen, lastSeen: s.lastSeen, terms: new Map(Object.entries(s.terms)), members: s.members.map(([id, at]) => [id, at]) }
      this.byId.set(topic.id, topic)
      for (const t of topic.terms.keys()) {
        let set = this.postings.get(t)
        if (!set) this.postings.set(t, (set = new Set()))
        set.add(topic)
      }
      for (const [id] of topic.members) this.itemTopic.set(id, topic)
    }
  }
}

const round = (x: number): number => Math.round(x * 1000) / 1000
