import type { GraphQLExtension, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import type { ChannelRecord } from '../../../channels/types'
import { submitVisitByChannel } from './returnVisit'
import { feedbackStatusFor, PUBLIC_STATUS_LABELS } from './status'
import { callerChannel } from '../../publishing/feed/graphql'

type GraphQLModule = Parameters<GraphQLExtension>[0]


const built = new WeakMap<object, ReturnType<typeof buildAnswerGraphQL>>()

/**
 * Channel clients' side of answers and return visits: `feedbackStatus(caseNo, clientId)` and the
 * `submitReturnVisit` mutation. Types are built once per schema build (a second copy of a named
 * type breaks the schema), as feedGraphQL does.
 */
export function answerGraphQL(GraphQL: GraphQLModule) {
  if (!built.has(GraphQL)) built.set(GraphQL, buildAnswerGraphQL(GraphQL))
  return built.get(GraphQL)!
}

function buildAnswerGraphQL(GraphQL: GraphQLModule) {
  const { GraphQLObjectType, GraphQLString, GraphQLInt, GraphQLBoolean, GraphQLNonNull } = GraphQL
  const Status = new GraphQLObjectType({
    name: 'FeedbackStatus',
    fields: {
      caseNo: { type: new GraphQLNonNull(GraphQLString), description: '受理编号' },
      status: { type: new GraphQLNonNull(GraphQLString) },
      statusLabel: { type: new GraphQLNonNull(GraphQLString), description: '办理状态（面向市民）' },
      receivedAt: { type: new GraphQLNonNull(GraphQLString), description: '受理日期' },
      answeredAt: { type: GraphQLString, description: '答复日期' },
      department: { type: GraphQLString, description: '答复部门' },
      answer: { type: GraphQLString, description: '答复内容（已脱敏；未公开的答复须提供 clientId）' },
      returnVisitOpen: { type: new GraphQLNonNull(GraphQLBoolean), description: '是否待市民评价（回访）' },
    },
  })
  const VisitResult = new GraphQLObjectType({
    name: 'ReturnVisitResult',
    fields: {
      ok: { type: new GraphQLNonNull(GraphQLBoolean) },
      status: { type: new GraphQLNonNull(GraphQLString) },
      statusLabel: { type: new GraphQLNonNull(GraphQLString) },
      reopened: { type: new GraphQLNonNull(GraphQLBoolean), description: '不满意：已重新办理' },
      rectificationDue: { type: GraphQLString, description: '整改期限' },
    },
  })
  const queries = {
    feedbackStatus: {
      type: Status,
      description: '本渠道提交的诉求的办理进度与答复；不存在或非本渠道提交时为 null',
      args: { caseNo: { type: new GraphQLNonNull(GraphQLString) }, clientId: { type: GraphQLString } },
      resolve: (_: unknown, args: { caseNo: string; clientId?: string | null }, ctx: { req: PayloadRequest }) =>
        feedbackStatusFor(ctx.req.payload, callerChannel(ctx.req), args.caseNo, args.clientId),
    },
  }
  const mutations = {
    submitReturnVisit: {
      type: new GraphQLNonNull(VisitResult),
      description: '市民对办结结果评价：5 非常满意 … 1 非常不满意；1-2 分重新办理并限期整改',
      args: {
        caseNo: { type: new GraphQLNonNull(GraphQLString) },
        clientId: { type: GraphQLString },
        rating: { type: new GraphQLNonNull(GraphQLInt) },
      },
      resolve: async (_: unknown, args: { caseNo: string; clientId?: string | null; rating: number }, ctx: { req: PayloadRequest }) => {
        const r = await submitVisitByChannel(ctx.req.payload, callerChannel(ctx.req), args)
        return { ok: true, status: r.case.status, statusLabel: PUBLIC_STATUS_LABELS[r.case.status], reopened: r.reopened, rectificationDue: r.rectificationDue ?? null }
      },
    },
  }
  return { queries, mutations }
}
