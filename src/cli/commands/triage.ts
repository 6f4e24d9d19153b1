import readline from 'node:readline'

import { hubTriageContext } from '../../feedback/pipeline/context'
import { TopicIndex } from '../../feedback/topics'
import { triage } from '../../feedback/triage'
import type { TriageContext } from '../../feedback/triage/types'
import { CATEGORY_LABELS, SENTIMENT_LABELS, URGENT_REASON_LABELS } from '../../feedback/labels'
import { PII_LABELS, type PiiKind } from '../../text/pii'
import type { Command } from '../command'

const USAGE = `
用法 / usage:
  npm run hub -- triage --json < feedback.jsonl
  npm run hub -- triage <留言内容 text...> [--rating 1-5] [--channel kind]

群众诉求自动分拣：情感、类别、紧急程度、承办部门与办事指南、个人信息遮盖、舆情话题。
--json：从标准输入每行读取一条诉求（JSON：id, channel, receivedAt, text, rating），每条输出一行 JSON：
  {"id":…,"sentiment":"negative|neutral|positive","score":-1…1,"category":"complaint|consultation|suggestion|praise|report|help",
   "department":"部门代码"|null,"guide":"事项编码"|null,"urgent":true|false,"pii":true|false,"maskedText":"…","topicId":"…"|null}
  空行跳过；无法解析的行在标准错误输出中说明，退出码为 1。话题在本次输入范围内聚类（按行序）。
不带 --json 时分拣命令行上的一段文字，并以中文显示结果。
部门和办事指南从数据库（DATABASE_URI）读取；数据库中没有部门时在标准错误输出中说明，部门和指南为 null。

Automatic triage of citizen feedback: tone, category, urgency, department and guide, masked
personal data, topic. --json reads one JSON line per item on stdin (fixture format) and writes
one JSON line per item; blank lines are skipped, unparsable lines are reported on stderr (exit 1).
Topics are clustered within this run, in input order. Departments and guides come from the
database; with none there, department and guide are null (said on stderr).
`

interface InputLine {
  id?: unknown
  channel?: unknown
  receivedAt?: unknown
  text?: unknown
  rating?: unknown
  guideCode?: unknown
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined)

function parseArgs(args: string[]): { json: boolean; rating: number | null; channel?: string; text: string; error?: string } {
  let rating: number | null = null
  let channel: string | undefined
  const rest: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '--json') continue
    if (a === '--rating') {
      rating = Number(args[++i])
      if (!Number.isInteger(rating) || rating < 1 || rating > 5) return { json: false, rating: null, text: '', error: '--rating 应为 1-5 / --rating must be 1-5' }
    } else if (a === '--channel') channel = args[++i]
    else if (a.startsWith('--')) return { json: false, rating: null, text: '', error: `未知选项 / unknown option: ${a}` }
    else rest.push(a)
  }
  const json = args.includes('--json')
  if (json && rest.length) return { json, rating, channel, text: '', error: '--json 从标准输入读取，不接受文字参数 / --json reads stdin, no text arguments' }
  if (!json && !rest.length) return { json, rating, channel, text: '', error: '参数有误 / invalid arguments' }
  return { json, rating, channel, text: rest.join(' ') }
}

export const triageCommand: Command = {
  name: 'triage',
  summary: '群众诉求自动分拣，--json 批量 / triage citizen feedback (--json for JSONL batches)',
  usage: USAGE,
  run: async (args, ctx) => {
    const opts = parseArgs(args)
    if (opts.error) {
      ctx.stderr.write(`${opts.error}\n${USAGE.trim()}\n`)
      return 2
    }
    const payload = await ctx.payload()
    const hub = await hubTriageContext(payload, true)
    if (hub.departmentIdByCode.size === 0) {
      ctx.stderr.write('数据库中没有职能部门，部门和办事指南均为 null / no departments in the database: department and guide are null\n')
    }
    const triageCtx: TriageContext = hub.triage

    if (!opts.json) {
      const r = triage({ text: opts.text, rating: opts.rating, channel: opts.channel }, triageCtx)
      const lines = [
        `情感：${SENTIMENT_LABELS[r.sentiment]}（${r.sentimentScore}）`,
        `类别：${CATEGORY_LABELS[r.category]}`,
        `紧急：${r.urgent ? `是（${r.urgentReasons.map((x) => URGENT_REASON_LABELS[x]).join('、')}：${r.urgentEvidence.join('、')}）` : '否'}`,
        `部门：${r.department ?? '待人工分拨'}${r.guide ? `  指南：${r.guide}` : ''}  置信度 ${r.routeScore.toFixed(2)}`,
        `个人信息：${r.pii ? `有（${r.piiKinds.map((k) => PII_LABELS[k as PiiKind] ?? k).join('、')}）` : '无'}`,
        `遮盖后：${r.maskedText}`,
      ]
      ctx.stdout.write(lines.join('\n') + '\n')
      return 0
    }

    const topics = new TopicIndex()
    let lineNo = 0
    let bad = 0
    for await (const raw of readline.createInterface({ input: ctx.stdin, crlfDelay: Infinity })) {
      lineNo++
      if (!raw.trim()) continue
      let item: InputLine
      try {
        item = JSON.parse(raw) as InputLine
        if (!item || typeof item !== 'object' || Array.isArray(item)) throw new Error('not an object')
      } catch {
        bad++
        ctx.stderr.write(`第 ${lineNo} 行不是 JSON 对象，已跳过 / line ${lineNo} is not a JSON object, skipped\n`)
        continue
      }
      const text = typeof item.text === 'string' ? item.text : ''
      const rating = typeof item.rating === 'number' ? item.rating : null
      const r = triage({ text, channel: str(item.channel), rating, guideCode: str(item.guideCode) ?? null }, triageCtx)
      const id = typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : `line-${lineNo}`
      const at = str(item.receivedAt) ? new Date(item.receivedAt as string) : new Date()
      const topicId = r.tokens.length ? topics.assign(id, r.tokens, Number.isFinite(at.getTime()) ? at : new Date()).topicId : null
      ctx.stdout.write(
        JSON.stringify({
          id: item.id ?? null,
          sentiment: r.sentiment,
          score: r.sentimentScore,
          category: r.category,
          department: r.department,
          guide: r.guide,
          urgent: r.urgent,
          pii: r.pii,
          maskedText: r.maskedText,
          topicId,
        }) + '\n',
      )
    }
    return bad ? 1 : 0
  },
}
