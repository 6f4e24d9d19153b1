import type { Payload } from 'payload'

import { claimKey, finish } from '../../../src/clock/lease'
import type { PublishStatus } from '../client'
import type { PublishEvent } from '../xml'

/**
 * PUBLISHJOBFINISH results, kept until the outbox polls the delivery that waits for them. The
 * callback answers within WeChat's 5 s and must not run the delivery itself (a success deletes
 * the older edition's articles through the API), so it records the result and the delivery's
 * own poll (channels/wechat/index.ts) reads it instead of calling freepublish/get: event and
 * polling end in the same state by the same code. One `cron-runs` row per account and publish_id
 * (its unique key): a repeated event is a no-op, nothing is overwritten, and the week-long pruning
 * of that collection cleans up. Should the process die between the claim and the result, the row
 * has no result and the poll simply asks WeChat.
 */

const JOB = 'wechat-publish-event'
const keyOf = (channelId: number | string, publishId: string) => `wechat-publish:${channelId}:${publishId}`

/** A final result (not 1, "publishing"), as freepublish/get would give it. */
function finalStatus(event: PublishEvent): PublishStatus | null {
  if (!event.publish_id || !Number.isInteger(event.publish_status) || event.publish_status === 1) return null
  const { publish_id, publish_status, article_id, article_urls, fail_idx } = event
  return { publish_id, publish_status, article_id, article_urls, fail_idx }
}

/** Stores the event's result; 'seen' when this publish_id was recorded before; 'ignored' when not final. */
export async function recordPublishResult(payload: Payload, channelId: number | string, event: PublishEvent, now = new Date()): Promise<'recorded' | 'seen' | 'ignored'> {
  const status = finalStatus(event)
  if (!status) return 'ignored'
  const claimed = await claimKey(payload, JOB, keyOf(channelId, status.publish_id), now)
  if (claimed === null) return 'seen'
  await finish(payload, claimed, 'done', JSON.stringify(status))
  return 'recorded'
}

/** The result WeChat pushed for this publish_id, or null (then ask freepublish/get). */
export async function recordedPublishResult(payload: Payload, channelId: number | string, publishId: string): Promise<PublishStatus | null> {
  const { docs } = await payload.find({
    collection: 'cron-runs',
    where: { key: { equals: keyOf(channelId, publishId) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { summary: true },
  })
  const summary = (docs[0] as { summary?: string | null } | undefined)?.summary
  if (!summary) return null
  try {
    const status = JSON.parse(summary) as PublishStatus
    return status.publish_id === publishId && Number.isInteger(status.publish_status) && status.publish_status !== 1 ? status : null
  } catch {
    return null
  }
}
