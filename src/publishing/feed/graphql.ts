import type { GraphQLExtension, PayloadRequest } from 'payload'
import { APIError } from 'payload'
import { GraphQLJSON } from '@payloadcms/graphql/types'

import type { ChannelRecord } from '../../../channels/types'
import { CursorError, decodeCursor } from './cursor'
import { lookupFeedItem, readFeed } from './read'
import type { FeedEntry } from './store'

type GraphQLModule = Parameters<GraphQLExtension>[0]

/** The calling channel client; anyone else gets a clear error. */
export function callerChannel(req: PayloadRequest): ChannelRecord {
  const user = req.user as unknown as (ChannelRecord & { collection?: string }) | null
  if (!user || user.collection !== 'channels') {
    throw new APIError('需要渠道 API Key（Authorization: channels API-Key <key>）/ A channel API key is required', 401, null, true)
  }
  if (!user.enabled) throw new APIError('该渠道已停用 / This channel is disabled', 403, null, true)
  return user
}

function withCode<T>(fn: () => Promise<T>): Promise<T> {
  return fn().catch((err) => {
    if (err instanceof CursorError) {
      // Public, so GraphQL shows the message instead of "Something went wrong".
      throw new APIError(err.message, err.status, { code: err.code }, true)
    }
    throw err
  })
}

const item = (e: FeedEntry) => ({ ...e, body: e.action === 'tombstone' ? null : e.rendered })

/**
 * Pull API of channel clients: `channelFeed(since, limit)` (change feed with tombstones and an
 * opaque cursor), `channelItem(key)` (lookup by item code or slug), and the `channelHeartbeat`
 * mutation that records what a kiosk or app has applied. Every read is scoped to the caller's
 * own channel: only what was delivered to it, never drafts or other channels' renderings.
 */
const built = new WeakMap<object, ReturnType<typeof buildFeedGraphQL>>()

/** Types are built once per schema build: a second copy of a named type breaks the schema. */
export function feedGraphQL(GraphQL: GraphQLModule) {
  if (!built.has(GraphQL)) built.set(GraphQL, buildFeedGraphQL(GraphQL))
  return built.get(GraphQL)!
}

function buildFeedGraphQL(GraphQL: GraphQLModule) {
  const { GraphQLObjectType, GraphQLString, GraphQLInt, GraphQLBoolean, GraphQLList, GraphQLNonNull } = GraphQL
  const FeedItem = new GraphQLObjectType({
    name: 'ChannelFeedItem',
    fields: {
      seq: { type: new GraphQLNonNull(GraphQLInt) },
      key: { type: new GraphQLNonNull(GraphQLString), description: '事项编码或通知标识' },
      docType: { type: new GraphQLNonNull(GraphQLString), description: 'guide | notice' },
      action: { type: new GraphQLNonNull(GraphQLString), description: 'upsert | tombstone（已撤回）' },
      version: { type: GraphQLString },
      title: { type: GraphQLString },
      etag: { type: GraphQLString },
      validFrom: { type: GraphQLString },
      validTo: { type: GraphQLString, description: '到期后终端应在离线时自行隐藏' },
      body: { type: GraphQLJSON, description: '本渠道的渲染结果；撤回时为 null' },
    },
  })
  const FeedPage = new GraphQLObjectType({
    name: 'ChannelFeedPage',
    fields: {
      items: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(FeedItem))) },
      nextCursor: { type: new GraphQLNonNull(GraphQLString) },
      hasMore: { type: new GraphQLNonNull(GraphQLBoolean) },
    },
  })
  const Heartbeat = new GraphQLObjectType({
    name: 'ChannelHeartbeat',
    fields: { ok: { type: GraphQLBoolean }, serverTime: { type: GraphQLString } },
  })
  const queries = {
    channelFeed: {
      type: new GraphQLNonNull(FeedPage),
      args: { since: { type: GraphQLString }, limit: { type: GraphQLInt } },
      resolve: (_: unknown, args: { since?: string; limit?: number }, ctx: { req: PayloadRequest }) =>
        withCode(async () => {
          const page = await readFeed(ctx.req.payload, callerChannel(ctx.req).id, args.since, args.limit ?? 100)
          return { ...page, items: page.items.map(item) }
        }),
    },
    channelItem: {
      type: FeedItem,
      args: { key: { type: new GraphQLNonNull(GraphQLString) } },
      resolve: async (_: unknown, args: { key: string }, ctx: { req: PayloadRequest }) => {
        const entry = await lookupFeedItem(ctx.req.payload, callerChannel(ctx.req).id, args.key)
        return entry ? item(entry) : null
      },
    },
  }
  const mutations = {
    channelHeartbeat: {
      type: Heartbeat,
      args: { appliedCursor: { type: GraphQLString }, clientVersion: { type: GraphQLString } },
      resolve: (_: unknown, args: { appliedCursor?: string; clientVersion?: string }, ctx: { req: PayloadRequest }) =>
        withCode(async () => {
          const channel = callerChannel(ctx.req)
          if (args.appliedCursor) decodeCursor(args.appliedCursor)
          const now = new Date().toISOString()
          await ctx.req.payload.update({
            collection: 'channels',
            id: channel.id,
            data: { sync: { lastSeenAt: now, appliedCursor: args.appliedCursor ?? null, clientVersion: args.clientVersion?.slice(0, 64) ?? null } } as never,
            overrideAccess: true,
            depth: 0,
          })
          return { ok: true, serverTime: now }
        }),
    },
  }
  return { queries, mutations }
}
