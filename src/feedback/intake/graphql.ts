import type { GraphQLExtension, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import type { ChannelRecord } from '../../../channels/types'
import { acceptFeedback } from './accept'
import { intakeItemFromChannel, refusalOf, type ChannelFeedbackInput } from './channelInput'
import { IntakeError } from './errors'
import { callerChannel } from '../../publishing/feed/graphql'

type GraphQLModule = Parameters<GraphQLExtension>[0]

/** A kiosk drains its offline queue in chunks; a larger batch is a client bug, not a queue. */
export const MAX_BATCH = 100


/** Public, so GraphQL shows the bilingual reason and the field instead of "Something went wrong". */
function asAPIError(err: unknown): APIError {
  if (err instanceof APIError && err.isPublic) return err
  const r = refusalOf(err)
  return new APIError(r.message, r.status, { field: r.field }, r.status < 500)
}

const built = new WeakMap<object, ReturnType<typeof buildFeedbackGraphQL>>()

/**
 * Intake for app, kiosk (and external website) clients: `submitFeedback(input)` and
 * `submitFeedbackBatch(items)` for offline queues. The caller's channel record decides the
 * feedback channel; the answer is the receipt only (case number, duplicate, receivedAt), never the
 * stored text. Types are built once per schema build, as feedGraphQL does.
 */
export function feedbackGraphQL(GraphQL: GraphQLModule) {
  if (!built.has(GraphQL)) built.set(GraphQL, buildFeedbackGraphQL(GraphQL))
  return built.get(GraphQL)!
}

function buildFeedbackGraphQL(GraphQL: GraphQLModule) {
  const { GraphQLObjectType, GraphQLInputObjectType, GraphQLEnumType, GraphQLString, GraphQLInt, GraphQLBoolean, GraphQLList, GraphQLNonNull } = GraphQL
  // kind and replyVia are strings, not enums: a wrong value in one queued item must fail that item
  // only, and an enum would make GraphQL refuse the whole batch.
  const Contact = new GraphQLInputObjectType({
    name: 'FeedbackContactInput',
    fields: {
      name: { type: GraphQLString, description: '称呼（最多 50 字）' },
      phone: { type: GraphQLString },
      email: { type: GraphQLString },
      replyVia: { type: GraphQLString, description: '答复方式：channel（原渠道，默认）| phone | email | none' },
    },
  })
  const Attachment = new GraphQLInputObjectType({
    name: 'FeedbackAttachmentInput',
    fields: {
      type: { type: new GraphQLNonNull(GraphQLString), description: 'image | voice | video | file' },
      url: { type: GraphQLString, description: '客户端已上传的 http(s) 地址' },
      filename: { type: GraphQLString },
      contentType: { type: GraphQLString },
      size: { type: GraphQLInt, description: '字节' },
    },
  })
  const Input = new GraphQLInputObjectType({
    name: 'FeedbackInput',
    fields: {
      clientId: { type: GraphQLString, description: '客户端生成的唯一编号（UUID）；重复提交只保存一次。批量提交时必填' },
      kind: { type: GraphQLString, description: 'message（留言，默认）| rating（好差评）| useful（页面是否有用）' },
      text: { type: GraphQLString },
      rating: { type: GraphQLInt, description: '好差评：5 非常满意 … 1 非常不满意；须同时提供 guideCode' },
      guideCode: { type: GraphQLString, description: '事项编码' },
      useful: { type: GraphQLBoolean },
      pageUrl: { type: GraphQLString },
      contact: { type: Contact },
      receivedAt: { type: GraphQLString, description: '市民提交时间（ISO 8601）；离线终端填写排队时的时间' },
      attachments: { type: new GraphQLList(new GraphQLNonNull(Attachment)) },
    },
  })
  const Receipt = new GraphQLObjectType({
    name: 'FeedbackReceipt',
    fields: {
      caseNo: { type: new GraphQLNonNull(GraphQLString), description: '受理编号' },
      duplicate: { type: new GraphQLNonNull(GraphQLBoolean), description: '此 clientId 已提交过：未重复保存' },
      receivedAt: { type: new GraphQLNonNull(GraphQLString), description: '受理时间' },
    },
  })
  const ItemStatus = new GraphQLEnumType({
    name: 'FeedbackItemStatus',
    values: {
      accepted: { description: '已受理' },
      duplicate: { description: '此前已受理，未重复保存' },
      error: { description: '未受理：见 field 与 message；status ≥ 500 时请稍后重试' },
    },
  })
  const ItemResult = new GraphQLObjectType({
    name: 'FeedbackBatchItemResult',
    fields: {
      index: { type: new GraphQLNonNull(GraphQLInt), description: '在 items 中的位置（从 0 起）' },
      clientId: { type: GraphQLString },
      status: { type: new GraphQLNonNull(ItemStatus) },
      caseNo: { type: GraphQLString },
      receivedAt: { type: GraphQLString },
      field: { type: GraphQLString, description: '出错的字段' },
      message: { type: GraphQLString, description: '中文 / English' },
      code: { type: GraphQLInt, description: 'HTTP 状态码含义：4xx 不应重试，5xx 稍后重试' },
    },
  })
  type Ctx = { req: PayloadRequest }
  const mutations = {
    submitFeedback: {
      type: new GraphQLNonNull(Receipt),
      description: '提交一条群众诉求、好差评或页面评价（渠道 API Key）',
      args: { input: { type: new GraphQLNonNull(Input) } },
      resolve: async (_: unknown, args: { input: ChannelFeedbackInput }, ctx: Ctx) => {
        const channel = callerChannel(ctx.req)
        try {
          const a = await acceptFeedback(ctx.req.payload, intakeItemFromChannel(args.input, channel))
          return { caseNo: a.caseNo, duplicate: a.duplicate, receivedAt: a.receivedAt }
        } catch (err) {
          if (!(err instanceof IntakeError)) ctx.req.payload.logger.error({ err, channel: channel.id }, '诉求未能保存 / feedback not stored')
          throw asAPIError(err)
        }
      },
    },
    submitFeedbackBatch: {
      type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(ItemResult))),
      description: `终端离线队列批量提交（每批最多 ${MAX_BATCH} 条，每条须有 clientId）；每条单独返回结果，一条出错不影响其余各条`,
      args: { items: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Input))) } },
      resolve: async (_: unknown, args: { items: ChannelFeedbackInput[] }, ctx: Ctx) => {
        const channel = callerChannel(ctx.req)
        if (args.items.length > MAX_BATCH) {
          throw new APIError(`每批最多 ${MAX_BATCH} 条 / At most ${MAX_BATCH} items per batch`, 413, { field: 'items' }, true)
        }
        const results = []
        // One after another: a UUID repeated inside one batch then finds its first copy stored.
        for (const [index, input] of args.items.entries()) {
          const clientId = input.clientId ?? null
          try {
            if (!clientId?.trim()) throw new IntakeError('clientId', '离线批量提交须为每条提供 clientId', 'Every batch item needs a clientId')
            const a = await acceptFeedback(ctx.req.payload, intakeItemFromChannel(input, channel))
            results.push({ index, clientId, status: a.duplicate ? 'duplicate' : 'accepted', caseNo: a.caseNo, receivedAt: a.receivedAt })
          } catch (err) {
            const r = refusalOf(err)
            if (r.status >= 500) ctx.req.payload.logger.error({ err, channel: channel.id, clientId }, '诉求未能保存 / feedback not stored')
            results.push({ index, clientId, status: 'error', field: r.field, message: r.message, code: r.status })
          }
        }
        return results
      },
    },
  }
  return { mutations }
}
