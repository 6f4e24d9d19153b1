import type { Payload } from 'payload'

import { nextSequence } from '../sequence'
import { FEED_FLOOR, FEED_GENERATION } from './state'

const DAY = 24 * 60 * 60 * 1000

/** How long withdrawals stay in feeds: longer than the longest offline spell of a kiosk. */
export function tombstoneRetentionMs(): number {
  return Number(process.env.OMNIHUB_TOMBSTONE_RETENTION_DAYS ?? 30) * DAY
}

/**
 * Keeps feeds small: drops every entry superseded by a newer one for the same channel and key
 * (safe for any cursor: the newer entry comes later), and drops tombstones past retention, raising
 * the floor so a client that slept longer than that is told to resync instead of missing them.
 */
export async function compactFeeds(payload: Payload, now = new Date()): Promise<string> {
  const { docs } = await payload.find({
    collection: 'channel-feed',
    sort: '-seq',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { seq: true, channel: true, key: true, action: true, createdAt: true },
  })
  const seen = new Set<string>()
  const remove: Array<number | string> = []
  let floor = 0
  for (const d of docs) {
    const id = `${d.channel}|${d.key}`
    const expiredTombstone = d.action === 'tombstone' && now.getTime() - Date.parse(String(d.createdAt)) > tombstoneRetentionMs()
    if (seen.has(id) || expiredTombstone) {
      remove.push(d.id)
      if (expiredTombstone) floor = Math.max(floor, Number(d.seq))
    }
    seen.add(id)
  }
  if (remove.length) {
    await payload.delete({ collection: 'channel-feed', where: { id: { in: remove } }, overrideAccess: true })
  }
  if (floor > 0) await raiseFloor(payload, floor)
  // Pages cached by the HTTP fast path (fastPath.ts), in every process, are stale from here.
  if (remove.length) await nextSequence(payload, FEED_GENERATION)
  return `清理渠道内容流 ${remove.length} 条 / compacted ${remove.length} feed entries`
}

async function raiseFloor(payload: Payload, floor: number): Promise<void> {
  const { docs } = await payload.find({ collection: 'sequences', where: { name: { equals: FEED_FLOOR } }, limit: 1, depth: 0, overrideAccess: true })
  if (!docs[0]) {
    await payload.create({ collection: 'sequences', data: { name: FEED_FLOOR, value: floor }, overrideAccess: true })
  } else if (Number(docs[0].value) < floor) {
    await payload.update({ collection: 'sequences', id: docs[0].id, data: { value: floor }, overrideAccess: true })
  }
}
