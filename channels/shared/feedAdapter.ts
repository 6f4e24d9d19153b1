import type { ChannelKind } from '../kinds'
import type { ChannelAdapter, DeliveryContext, DeliveryOutcome, RenderedItem } from '../types'
import { DOC_TYPE } from '../types'
import { appendEntry } from '../../src/publishing/feed/store'
import { sendWebhook } from './webhook'

/**
 * A pull channel: delivering means appending the rendering to the channel's own feed, which its
 * clients read through channelFeed; withdrawing appends a tombstone. With `webhook`, a signed
 * "content changed" notice is then posted to the channel's backend if it configured a URL.
 */
export function feedAdapter(kind: ChannelKind, opts: { webhook: boolean }): ChannelAdapter {
  async function record(ctx: DeliveryContext, action: 'upsert' | 'tombstone', item?: RenderedItem): Promise<DeliveryOutcome> {
    const { delivery, channel, payload } = ctx
    const body = item?.body as { validFrom?: string | null; validTo?: string | null } | undefined
    const entry = await appendEntry(payload, {
      channelId: channel.id,
      key: delivery.key,
      docType: DOC_TYPE[delivery.docCollection],
      docId: delivery.docId,
      action,
      version: delivery.version,
      // A withdrawal keeps the title, so a withdrawn page can still name what was withdrawn.
      title: item?.title ?? (delivery as typeof delivery & { title?: string }).title,
      rendered: item?.body,
      validFrom: body?.validFrom ?? null,
      validTo: body?.validTo ?? null,
    })
    if (opts.webhook && channel.webhook?.url && channel.webhook.secret) {
      await sendWebhook(channel.webhook.url, channel.webhook.secret, {
        event: 'content.changed',
        channel: String(channel.id),
        key: delivery.key,
        docType: entry.docType,
        action,
        seq: entry.seq,
      })
    }
    return { status: 'delivered', externalId: String(entry.seq) }
  }
  return {
    kind,
    deliver: (ctx, item) => record(ctx, 'upsert', item),
    withdraw: (ctx) => record(ctx, 'tombstone'),
  }
}
