import type { Payload } from 'payload'

import { toDraftArticle } from '../../templates/wechat/draft'
import type { WechatArticle } from '../../templates/wechat/article'
import type { ChannelAdapter, ChannelRecord, DeliveryContext, DeliveryOutcome } from '../types'
import { DeliveryError } from '../types'
import { WeChatClient } from './client'
import { WeChatApiError } from './errors'
import { loadImage } from './media'
import { receiveCallback } from './receive'
import { recordedPublishResult } from './receive/publishResults'
import { sharedWeChatClient } from './clients'

const POLL_MS = 3_000

/** The account's shared client; an account without credentials cannot take deliveries. */
function clientFor(channel: ChannelRecord): WeChatClient {
  const client = sharedWeChatClient(channel)
  if (!client) throw new DeliveryError('公众号未配置 AppID/AppSecret / WeChat channel lacks AppID or AppSecret', { retryable: false })
  return client
}

/** WeChat's errors as outbox errors: -1/45011/network retry, 45009 quota and the rest go dead. */
async function wx<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    if (err instanceof WeChatApiError) {
      throw new DeliveryError(err.message, { retryable: err.retryable, code: err.errcode ?? err.kind, retryAfterMs: err.retryAfterMs })
    }
    throw err
  }
}

const PUBLISH_FAILURES: Record<number, string> = {
  2: '原创校验未通过 / originality check failed',
  3: '发布失败 / publishing failed',
  4: '平台审核不通过 / rejected by platform review',
  5: '已被用户删除 / deleted by the account owner',
  6: '已被封禁 / banned',
}

/** Article ids this document already has live on this account (older editions). */
async function liveArticles(payload: Payload, ctx: DeliveryContext): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'deliveries',
    where: {
      and: [
        { docCollection: { equals: ctx.delivery.docCollection } },
        { docId: { equals: ctx.delivery.docId } },
        { channel: { equals: ctx.channel.id } },
        { action: { equals: 'publish' } },
        { status: { equals: 'delivered' } },
        { id: { not_equals: ctx.delivery.id } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const withdrawn = await payload.find({
    collection: 'deliveries',
    where: {
      and: [
        { docId: { equals: ctx.delivery.docId } },
        { channel: { equals: ctx.channel.id } },
        { action: { equals: 'withdraw' } },
        { status: { equals: 'delivered' } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const gone = new Set([
    ...withdrawn.docs.flatMap((d) => (d.progress as { deleted?: string[] } | null)?.deleted ?? []),
    ...docs.flatMap((d) => (d.progress as { replaced?: string[] } | null)?.replaced ?? []),
  ])
  return docs.map((d) => String(d.externalId ?? '')).filter((id) => id && !gone.has(id))
}

/**
 * 微信公众号: cover as thumb, inline images through uploadimg, draft/add, freepublish/submit, then
 * polling freepublish/get (or reading the PUBLISHJOBFINISH result the callback recorded) until the
 * article is live. Each step's result is saved before the next call, so a resumed delivery never
 * makes a second article.
 */
export const wechatAdapter: ChannelAdapter = {
  kind: 'wechat',

  async deliver(ctx, item): Promise<DeliveryOutcome> {
    const client = clientFor(ctx.channel)
    const article = item.body as WechatArticle
    const p = (ctx.delivery.progress ?? {}) as { thumb?: string; images?: Record<string, string>; draft?: string; submitting?: boolean; publishId?: string }
    if (p.publishId) return { status: 'pending', externalId: null, checkAfterMs: 0 }
    if (p.submitting) {
      // Crashed between submit and saving its answer: WeChat offers no idempotency key, so a
      // second submit could make a second article. Stop and let a person check the account.
      throw new DeliveryError('上次提交发布后进程中断，结果未知，请到公众号后台核对后再重试 / submit outcome unknown after a crash: check the account, then retry', { retryable: false })
    }
    if (!p.thumb) {
      if (!article.cover?.url) throw new DeliveryError('缺少封面图 / cover image missing', { retryable: false })
      const cover = await loadImage(article.cover.url)
      p.thumb = (await wx(() => client.uploadThumb(cover.data, cover.filename))).media_id
      await ctx.saveProgress({ thumb: p.thumb })
    }
    const images = { ...(p.images ?? {}) }
    for (const { src } of article.images) {
      if (images[src]) continue
      const img = await loadImage(src)
      images[src] = (await wx(() => client.uploadContentImage(img.data, img.filename, img.mime))).url
      await ctx.saveProgress({ images })
    }
    if (!p.draft) {
      p.draft = (await wx(() => client.addDraft([toDraftArticle(article, p.thumb!, images)]))).media_id
      await ctx.saveProgress({ draft: p.draft })
    }
    await ctx.saveProgress({ submitting: true })
    const { publish_id } = await wx(() => client.submitPublish(p.draft!))
    await ctx.saveProgress({ publishId: publish_id, submitting: false })
    return { status: 'pending', externalId: null, checkAfterMs: POLL_MS, detail: `发布中 publish_id=${publish_id}` }
  },

  async poll(ctx): Promise<DeliveryOutcome> {
    const publishId = (ctx.delivery.progress as { publishId?: string } | null)?.publishId
    if (!publishId) throw new DeliveryError('缺少 publish_id / no publish_id to poll', { retryable: false })
    // A PUBLISHJOBFINISH event already told the result (receive/publishResults.ts): same steps, no API call.
    const status =
      (await recordedPublishResult(ctx.payload, ctx.channel.id, publishId)) ?? (await wx(() => clientFor(ctx.channel).getPublishStatus(publishId)))
    if (status.publish_status === 1) return { status: 'pending', checkAfterMs: POLL_MS, detail: '发布中 / publishing' }
    if (status.publish_status !== 0) {
      throw new DeliveryError(`${PUBLISH_FAILURES[status.publish_status] ?? `状态 ${status.publish_status}`}`, { retryable: false, code: status.publish_status })
    }
    // The new edition is live: older editions' articles come down, so followers see one.
    const older = await liveArticles(ctx.payload, ctx)
    for (const articleId of older) await wx(() => clientFor(ctx.channel).deletePublished(articleId))
    await ctx.saveProgress({ articleUrl: status.article_urls?.[0] ?? null, replaced: older })
    return { status: 'delivered', externalId: status.article_id ?? null, detail: status.article_urls?.[0] }
  },

  async withdraw(ctx): Promise<DeliveryOutcome> {
    const live = await liveArticles(ctx.payload, ctx)
    for (const articleId of live) await wx(() => clientFor(ctx.channel).deletePublished(articleId))
    await ctx.saveProgress({ deleted: live })
    return { status: 'delivered', externalId: live[0] ?? null, detail: `已删除 ${live.length} 篇 / deleted ${live.length}` }
  },

  /** The callback URL: followers' messages become feedback, PUBLISHJOBFINISH settles deliveries. */
  receive: receiveCallback,
}
