import type { Payload } from 'payload'

import { kickOutbox } from '../../../src/publishing/outbox/kick'
import type { ChannelRecord } from '../../types'
import { publishEventFrom } from '../xml'
import type { OpenedMessage } from './open'
import { recordPublishResult } from './publishResults'
import { success, textReply } from './respond'
import { WELCOME } from './texts'

/**
 * Events (MsgType event). None becomes a feedback item: subscribe gets the welcome reply,
 * PUBLISHJOBFINISH settles a WeChat delivery, the rest (unsubscribe, CLICK, VIEW, SCAN,
 * LOCATION, TEMPLATESENDJOBFINISH, …) are answered `success`. Since nothing is stored for them,
 * WeChat's retries of an event (same FromUserName + CreateTime) are harmless: the follower sees
 * the reply of the one try that got through, and PUBLISHJOBFINISH is keyed by its publish_id.
 */
export async function handleEvent(opened: OpenedMessage, ctx: { payload: Payload; channel: ChannelRecord; now: Date }): Promise<Response> {
  const event = opened.fields.Event ?? ''
  if (event === 'subscribe') return textReply(opened.fields, WELCOME, opened.sealer)
  if (event !== 'PUBLISHJOBFINISH') return success()

  const result = publishEventFrom(opened.message)
  if (!result?.publish_id) {
    ctx.payload.logger.warn({ channel: ctx.channel.id }, 'PUBLISHJOBFINISH 缺少 publish_id，已忽略 / PUBLISHJOBFINISH without publish_id ignored')
    return success()
  }
  // Plain mode signs the query string only: anyone holding one signed URL could post any body
  // for five minutes. There the event is only a nudge and the poll asks freepublish/get.
  if (opened.safe) await recordPublishResult(ctx.payload, ctx.channel.id, result, ctx.now)
  // The delivery settles on the outbox's next run (at once if its poll is due, else the next tick).
  kickOutbox(ctx.payload)
  return success()
}
