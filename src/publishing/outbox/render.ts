import type { ChannelKind } from '../../../channels/kinds'
import type { DocType, RenderedItem } from '../../../channels/types'
import { DeliveryError } from '../../../channels/types'
import { templates } from '../../../templates'

export function siteUrl(): string {
  return (process.env.SITE_URL || process.env.SERVER_URL || 'http://localhost:3000').replace(/\/$/, '')
}

/**
 * Renders a live document for one channel. A rendering that breaks the channel's limits cannot be
 * delivered: the error names the channel, the field and the limit (publishing checks the same
 * limits first, so this only fires when the rules changed in between).
 */
export function renderForChannel(kind: ChannelKind, docType: DocType, doc: Record<string, unknown>): RenderedItem {
  const set = templates[kind]
  const rendered = docType === 'guide' ? set.guide(doc as never, { siteUrl: siteUrl() }) : set.notice(doc as never, { siteUrl: siteUrl() })
  if (rendered.problems.length) {
    throw new DeliveryError(rendered.problems.map((p) => p.message).join('; '), { retryable: false, code: 'limits' })
  }
  return rendered as unknown as RenderedItem
}
