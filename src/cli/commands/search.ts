import readline from 'node:readline'

import { flushSearch, searchGuides } from '../../search'
import type { SearchResponse } from '../../search'
import type { Command } from '../command'

const USAGE = `
用法 / usage:
  npm run hub -- search --json [--limit N] < queries.txt
  npm run hub -- search <查询内容 query...> [--limit N]

智能搜索已发布的办事指南（同义词、拼音、错别字、部门意图）。
--json：从标准输入每行读取一条查询（纯文本，或含 "query" 字段的 JSON 行），每条输出一行 JSON：
  {"query":"…","codes":["事项编码",…],"departments":["部门代码",…],"total":N,"intent":"…"}
  codes 按相关度排序；空行也输出一行（codes 为空），便于与输入逐行对应。批量评测不记录“搜索无结果”。
不带 --json 时搜索命令行上的查询，并以表格形式显示结果。默认每条返回 10 个结果，--limit 最多 50。
数据库由 DATABASE_URI 指定。

Smart search over published service guides (synonyms, pinyin, typos, department intent).
--json: one query per line on stdin (plain text, or a JSON line with a "query" field); one JSON line
out per query with the ranked item codes. Empty lines give an empty answer, so output lines match
input lines. Batch runs record no search gaps. Without --json the query on the command line is
searched and shown as a list. 10 results per query by default, --limit up to 50.
`

function queryOf(line: string): string {
  const t = line.trim()
  if (t.startsWith('{')) {
    try {
      const q = (JSON.parse(t) as { query?: unknown }).query
      if (typeof q === 'string') return q
    } catch {
      // not JSON after all: the line is the query
    }
  }
  return line
}

const jsonLine = (query: string, res: SearchResponse) =>
  JSON.stringify({
    query,
    codes: res.hits.map((h) => h.code),
    departments: res.departments.map((d) => d.code),
    total: res.total,
    intent: res.intent,
  })

export const searchCommand: Command = {
  name: 'search',
  summary: '智能搜索办事指南，--json 批量评测 / smart search over published guides (--json for batches)',
  usage: USAGE,
  run: async (args, ctx) => {
    const limitAt = args.indexOf('--limit')
    const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : 10
    const rest = args.filter((a, i) => a !== '--json' && !(limitAt >= 0 && (i === limitAt || i === limitAt + 1)))
    const json = args.includes('--json')
    const unknown = rest.filter((a) => a.startsWith('--'))
    if (unknown.length || !Number.isInteger(limit) || limit < 1 || limit > 50 || (json && rest.length) || (!json && !rest.length)) {
      const why = unknown.length ? `未知选项 / unknown option: ${unknown.join(' ')}` : '参数有误 / invalid arguments'
      ctx.stderr.write(`${why}\n${USAGE.trim()}\n`)
      return 2
    }
    const payload = await ctx.payload()
    const opts = { limit, recordGaps: false }
    if (!json) {
      const query = rest.join(' ')
      const res = await searchGuides(payload, query, {}, opts)
      if (res.message) ctx.stdout.write(`${res.message}\n`)
      for (const d of res.departments) ctx.stdout.write(`部门 ${d.code} ${d.name}（${d.reason === 'named' ? '查询中提到' : '负责此类事项'}）\n`)
      res.hits.forEach((h, i) => ctx.stdout.write(`${i + 1}. ${h.code}  ${h.title}  [${h.department?.shortName ?? h.department?.name ?? ''}]\n   ${h.snippet}\n`))
      if (res.expandedWith.length) ctx.stdout.write(`（已按 ${res.expandedWith.join('、')} 一并查找）\n`)
      return 0
    }
    const lines = readline.createInterface({ input: ctx.stdin, crlfDelay: Infinity })
    for await (const line of lines) {
      const query = queryOf(line)
      ctx.stdout.write(jsonLine(query, await searchGuides(payload, query, {}, opts)) + '\n')
    }
    await flushSearch(payload)
    return 0
  },
}
