import { CHANNEL_KINDS } from '../../../channels/kinds'
import { ROLE_LABELS } from '../../access/principal'
import { seedDemo, type SeedResult } from '../../demo/seed'
import type { Command } from '../command'
import { displayWidth } from './import'

const USAGE = `
用法 / usage: npm run hub -- seed [--if-empty] [--password <密码 pw>]

向空数据库写入「示例市」演示数据：6 个职能部门、10 篇已发布的办事指南、4 条通知公告（其中 1 条
已过期，用于演示自动下线）、敏感词初始词库、二审设置、每种角色各一个演示账号（另有第二位审核
人员，用于演示二审）、4 个渠道客户端（政务服务网、APP、微信公众号、自助终端）及其 API 密钥，
另有 1 篇待审核、1 篇草稿的办事指南，用于演示先审后发。账号密码和 API 密钥只在完成时显示一次。

Seeds an empty database with the demo of 示例市 (a fictional city): 6 departments, 10 published
guides, 4 notices (one already expired, to show auto-expiry), a starter sensitive-word list, two-level
review, one demo login per role plus a second reviewer, 4 channel clients with API keys, and one
submitted and one draft guide to show the review workflow. Passwords and keys are shown ONCE.

选项 / options:
  --if-empty            已有任何工作人员账号时不做任何操作（退出码 0），便于部署脚本重复执行
                        do nothing (exit 0) when any user exists, so deploy scripts can always run it
  --password <pw>       所有演示账号使用此密码，默认每个账号随机生成
                        one password for every demo login; random per login by default
环境变量 / environment:
  OMNIHUB_DEMO_PASSWORD 未给 --password 时作为所有演示账号的密码（CI 冒烟测试用）
                        used as every demo login's password when --password is absent (CI smoke tests)

退出码 / exit code: 0 已写入，或 --if-empty 时已跳过 seeded, or skipped with --if-empty；
1 数据库已有账号（未给 --if-empty）或写入失败 the database has users (no --if-empty) or seeding failed；
2 用法错误 usage error.
`

interface SeedArgs {
  ifEmpty: boolean
  password?: string
}

function parse(args: string[]): SeedArgs | string {
  const out: SeedArgs = { ifEmpty: false }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--if-empty') out.ifEmpty = true
    else if (arg === '--password' || arg.startsWith('--password=')) {
      const value = arg === '--password' ? args[++i] : arg.slice('--password='.length)
      if (!value || value.startsWith('--')) return '--password 需要一个值 / --password needs a value'
      out.password = value
    } else return `未知参数 / unknown argument: ${arg}`
  }
  return out
}

const padEnd = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)))

/** Rows of cells, left-aligned in columns by terminal width (CJK counts two). */
function columns(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))))
  return rows.map((r) => r.map((c, i) => (i < r.length - 1 ? padEnd(c, widths[i]) : c)).join('  '))
}

/** Lines framed in a box; an empty string draws a separator. */
export function box(lines: string[]): string {
  const width = Math.max(...lines.map(displayWidth))
  const rule = '─'.repeat(width + 2)
  const body = lines.map((l) => (l === '' ? `├${rule}┤` : `│ ${padEnd(l, width)} │`))
  return [`┌${rule}┐`, ...body, `└${rule}┘`].join('\n')
}

const kindLabel = (kind: string) => CHANNEL_KINDS.find((k) => k.value === kind)?.label ?? kind

/** The credentials box, printed once. */
export function credentialsBox(result: SeedResult): string {
  const logins = columns([
    ['角色 role', '姓名 name', '邮箱 email', '密码 password'],
    ...result.logins.map((l) => [`${ROLE_LABELS[l.role]} ${l.role}`, l.name, l.email, l.password]),
  ])
  const keys = result.channels.flatMap((c) => [`${c.name}（${kindLabel(c.kind)} ${c.kind}）`, `  ${c.apiKey}`])
  return box([
    'OmniHub 演示账号 / demo logins   （管理后台 admin: /admin）',
    '',
    ...logins,
    '',
    '渠道 API 密钥 / channel API keys',
    '请求头 header: Authorization: channels API-Key <密钥 key>',
    '',
    ...keys,
    '',
    '以上密码和密钥不会再次显示，请立即妥善保存；上线前请修改或删除演示账号。',
    'These passwords and keys will NOT be shown again: store them now.',
    'Change or remove the demo logins before going live.',
  ])
}

export const seedCommand: Command = {
  name: 'seed',
  summary: '写入示例市演示数据和演示账号 / seed the demo content, logins and channel keys',
  usage: USAGE,
  run: async (args, ctx) => {
    const parsed = parse(args)
    if (typeof parsed === 'string') {
      ctx.stderr.write(`${parsed}\n${USAGE.trim()}\n`)
      return 2
    }
    const payload = await ctx.payload()
    const { totalDocs: users } = await payload.count({ collection: 'users' })
    if (users > 0) {
      if (parsed.ifEmpty) {
        ctx.stdout.write(`数据库已有内容（${users} 个工作人员账号），未写入演示数据 / The database already holds content (${users} users): nothing seeded.\n`)
        return 0
      }
      ctx.stderr.write(
        `数据库已有 ${users} 个工作人员账号，演示数据只能写入空数据库；如需跳过请加 --if-empty\n` +
          `The database already has ${users} users: the demo is only seeded into an empty database (use --if-empty to skip quietly).\n`,
      )
      return 1
    }
    const password = parsed.password ?? (process.env.OMNIHUB_DEMO_PASSWORD || undefined)
    const result = await seedDemo(payload, { password, log: (line) => ctx.stdout.write(`  ${line}\n`) })
    ctx.stdout.write(`演示数据已写入 / demo seeded.\n${credentialsBox(result)}\n`)
    return 0
  },
}
