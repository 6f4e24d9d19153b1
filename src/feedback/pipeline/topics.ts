import type { Payload } from 'payload'

import { TopicIndex, detectSpike, topicLabel } from '../topics'
import { triage } from '../triage'
import type { FeedbackSettingsData } from '../settings/defaults'
import { sendOnce, bjTime } from '../alerts/send'
import type { HubTriageContext } from './context'

type Id = number | string

interface LocalTopics {
  index: TopicIndex
  /** Feedback ids already fed to the index (ours and other processes'). */
  seen: Set<string>
  syncedTo: string | null
}
const local = new WeakMap<Payload, LocalTopics>()

/**
 * The clustering index lives in memory. It is rebuilt from the recent triaged items at start and,
 * before each batch, catches up with items another hub process triaged, in triage order — the
 * index is deterministic, so every process arrives at the same topic ids.
 */
export async function topicIndexFor(payload: Payload, ctx: HubTriageContext, windowDays: number): Promise<LocalTopics> {
  let state = local.get(payload)
  if (!state) {
    state = { index: new TopicIndex({ windowDays }), seen: new Set(), syncedTo: null }
    local.set(payload, state)
  }
  const since = state.syncedTo ?? new Date(Date.now() - windowDays * 86400_000).toISOString()
  const { docs } = await payload.find({
    collection: 'feedback',
    where: { and: [{ 'triage.triagedAt': { greater_than: since } }, { topic: { exists: true } }] },
    sort: 'triage.triagedAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { maskedText: true, channel: true, receivedAt: true, triage: true },
  })
  for (const d of docs as Array<{ id: Id; maskedText?: string; channel?: string; receivedAt: string; triage?: { triagedAt?: string } }>) {
    if (!state.seen.has(String(d.id))) {
      const tokens = triage({ text: d.maskedText ?? '', channel: d.channel }, ctx.triage).tokens
      state.index.assign(String(d.id), tokens, new Date(d.receivedAt))
      state.seen.add(String(d.id))
    }
    if (d.triage?.triagedAt && (!state.syncedTo || d.triage.triagedAt > state.syncedTo)) state.syncedTo = d.triage.triagedAt
  }
  return state
}

/** The topics record for a clustering id, created on first sight. */
export async function topicRecordId(payload: Payload, key: string, tokens: string[]): Promise<Id> {
  const found = await payload.find({ collection: 'topics', where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true, select: {} })
  if (found.docs[0]) return found.docs[0].id
  try {
    const doc = await payload.create({
      collection: 'topics',
      data: { key, label: topicLabel([tokens]), keywords: [...new Set(tokens)].slice(0, 8) } as never,
      overrideAccess: true,
      depth: 0,
    })
    return doc.id
  } catch {
    // Another process created it in between.
    const again = await payload.find({ collection: 'topics', where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true, select: {} })
    if (!again.docs[0]) throw new Error(`话题创建失败 / topic ${key} could not be created`)
    return again.docs[0].id
  }
}

interface Member {
  id: Id
  channel: string
  receivedAt: string
  maskedText?: string
  department?: Id | null
  triage?: { sentiment?: string | null }
}

/**
 * Recounts a topic from its members (counts, not increments, so a re-run or a second process
 * cannot skew them) and raises a public-sentiment alert when its volume spikes.
 */
export async function refreshTopic(payload: Payload, topicId: Id, settings: FeedbackSettingsData, now: Date, ctx: HubTriageContext): Promise<void> {
  const { docs } = await payload.find({
    collection: 'feedback',
    where: { and: [{ topic: { equals: topicId } }, { status: { not_equals: 'spam' } }] },
    sort: 'receivedAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { channel: true, receivedAt: true, triage: true, department: true, maskedText: true },
  })
  const members = docs as unknown as Member[]
  if (!members.length) return
  const count = (s: string) => members.filter((m) => m.triage?.sentiment === s).length
  const deptVotes = new Map<string, { id: Id; n: number }>()
  for (const m of members) {
    if (m.department == null) continue
    const vote = deptVotes.get(String(m.department)) ?? { id: m.department, n: 0 }
    vote.n++
    deptVotes.set(String(m.department), vote)
  }
  const department = [...deptVotes.values()].sort((a, b) => b.n - a.n)[0]?.id ?? null
  const tokens = members.slice(-20).map((m) => triage({ text: m.maskedText ?? '' }, ctx.triage).tokens)
  const label = topicLabel(tokens)
  const topic = await payload.update({
    collection: 'topics',
    id: topicId,
    overrideAccess: true,
    depth: 0,
    data: {
      label,
      volume: members.length,
      negative: count('negative'),
      neutral: count('neutral'),
      positive: count('positive'),
      channels: [...new Set(members.map((m) => m.channel))],
      department: department ?? undefined,
      firstSeen: members[0].receivedAt,
      lastSeen: members[members.length - 1].receivedAt,
    } as never,
  })
  if (members.length < 2 || (topic as { alertStatus?: string }).alertStatus === 'raised') return
  const spike = detectSpike(members.map((m) => ({ at: new Date(m.receivedAt), channel: m.channel })), { ...settings.spike, now })
  if (!spike.spiking) return
  const responseDue = new Date(now.getTime() + settings.sentimentResponseHours * 3600_000)
  const channels = [...new Set(members.map((m) => m.channel))]
  const notified = await sendOnce(
    payload,
    `topic-alert:${topicId}:${(topic as { alert?: { respondedAt?: string } }).alert?.respondedAt ?? 'first'}`,
    { department, mailbox: true, duty: true, heads: true, supervisors: true, extra: settings.alertEmails },
    {
      subject: `【舆情预警】${label}：${spike.windowCount} 条相似诉求（${settings.spike.windowHours} 小时内）`,
      text: [
        `话题：${label}`,
        `预警原因：${spike.reason}`,
        `累计诉求：${members.length} 条；负面 ${count('negative')} 条`,
        `涉及渠道：${channels.join('、')}`,
        `首次出现：${bjTime(members[0].receivedAt)}；最近：${bjTime(members[members.length - 1].receivedAt)}`,
        `回应期限：${bjTime(responseDue)}（${settings.sentimentResponseHours} 小时内回应社会关切）`,
        '',
        '最近诉求（已脱敏）：',
        ...members.slice(-5).map((m) => `- ${m.maskedText ?? ''}`),
        '',
        `Public-sentiment alert: ${spike.windowCount} similar items in ${settings.spike.windowHours} h. Respond within ${settings.sentimentResponseHours} h.`,
      ].join('\n'),
    },
  )
  await payload.update({
    collection: 'topics',
    id: topicId,
    overrideAccess: true,
    depth: 0,
    data: { alertStatus: 'raised', alert: { raisedAt: now.toISOString(), reason: spike.reason, responseDue: responseDue.toISOString(), notified } } as never,
  })
}
