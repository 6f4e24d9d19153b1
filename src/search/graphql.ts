import type { GraphQLExtension, PayloadRequest } from 'payload'

import { searchGuides, suggestSearch } from './index'
import type { Audience, SearchFilters } from './types'

type GraphQLModule = Parameters<GraphQLExtension>[0]

const AUDIENCES: Audience[] = ['personal', 'corporate', 'both']

/** The caller's channel kind (kiosk, app...) for search-gap statistics; staff and public: none. */
function channelOf(req: PayloadRequest): string | undefined {
  const user = req.user as { collection?: string; kind?: string } | null | undefined
  return user?.collection === 'channels' ? user.kind : undefined
}

function filtersFrom(input: Record<string, unknown> | null | undefined): SearchFilters {
  const f: SearchFilters = {}
  if (!input) return f
  if (typeof input.department === 'string' && input.department) f.department = input.department
  if (typeof input.audience === 'string' && AUDIENCES.includes(input.audience as Audience)) f.audience = input.audience as Audience
  if (typeof input.theme === 'string' && input.theme) f.theme = input.theme
  if (typeof input.minOnlineDepth === 'number') f.minOnlineDepth = input.minOnlineDepth
  return f
}

/**
 * `searchGuides(query, filters, limit)` and `searchSuggestions(prefix, limit)` for channel
 * clients. The index holds published content only, so drafts can never leak through here.
 * (The second argument of graphQL.queries is schema info; Payload is context.req.payload.)
 */
export const searchGraphQLQueries: GraphQLExtension = (GraphQL: GraphQLModule) => {
  const { GraphQLObjectType, GraphQLInputObjectType, GraphQLString, GraphQLInt, GraphQLFloat, GraphQLList, GraphQLNonNull } = GraphQL
  const str = { type: GraphQLString }
  const list = (t: any) => ({ type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(t))) })

  const Department = new GraphQLObjectType({
    name: 'SearchDepartmentRef',
    fields: { id: str, code: str, name: str, shortName: str },
  })
  const DepartmentHit = new GraphQLObjectType({
    name: 'SearchDepartmentHit',
    description: 'reason: named（查询中点名的部门）或 handles（负责所查事项的部门）',
    fields: { id: str, code: str, name: str, shortName: str, reason: str },
  })
  const highlightFields = {
    id: str,
    title: str,
    titleHtml: { type: GraphQLString, description: '标题，命中词以 <mark> 标出（已转义）' },
    snippet: str,
    snippetHtml: { type: GraphQLString, description: '摘要，命中词以 <mark> 标出（已转义）' },
    department: { type: Department },
    score: { type: GraphQLFloat },
  }
  const GuideHit = new GraphQLObjectType({
    name: 'SearchGuideHit',
    fields: { ...highlightFields, code: str, audience: str, themes: list(GraphQLString), onlineDepth: { type: GraphQLInt } },
  })
  const NoticeHit = new GraphQLObjectType({ name: 'SearchNoticeHit', fields: { ...highlightFields, slug: str } })
  const Result = new GraphQLObjectType({
    name: 'SearchGuidesResult',
    fields: {
      query: str,
      intent: { type: GraphQLString, description: 'empty | code | department | who-handles | keywords' },
      total: { type: new GraphQLNonNull(GraphQLInt) },
      hits: list(GuideHit),
      notices: list(NoticeHit),
      departments: list(DepartmentHit),
      expandedWith: list(GraphQLString),
      message: str,
    },
  })
  const Filters = new GraphQLInputObjectType({
    name: 'SearchGuidesFilters',
    fields: {
      department: { type: GraphQLString, description: '部门代码，如 SCJGJ' },
      audience: { type: GraphQLString, description: 'personal | corporate | both' },
      theme: str,
      minOnlineDepth: { type: GraphQLInt, description: '最低网办深度 1-4' },
    },
  })
  const Suggestion = new GraphQLObjectType({ name: 'SearchSuggestion', fields: { text: str, kind: str, code: str } })

  return {
    searchGuides: {
      type: new GraphQLNonNull(Result),
      description: '智能搜索：办事指南（及相关通知公告、部门），仅含已发布内容',
      args: { query: { type: GraphQLString }, filters: { type: Filters }, limit: { type: GraphQLInt } },
      resolve: async (_: unknown, args: { query?: string | null; filters?: Record<string, unknown> | null; limit?: number | null }, context: { req: PayloadRequest }) =>
        searchGuides(
          context.req.payload,
          args.query ?? '',
          { ...filtersFrom(args.filters), channel: channelOf(context.req) },
          { limit: args.limit ?? 10, channel: channelOf(context.req) },
        ),
    },
    searchSuggestions: {
      ...list(Suggestion),
      description: '搜索联想：事项名称、部门、群众常用说法',
      args: { prefix: { type: GraphQLString }, limit: { type: GraphQLInt } },
      resolve: async (_: unknown, args: { prefix?: string | null; limit?: number | null }, context: { req: PayloadRequest }) =>
        suggestSearch(context.req.payload, args.prefix ?? '', args.limit ?? 8),
    },
  }
}
