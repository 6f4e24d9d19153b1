import { importFiles, InterchangeFileError, KIND_LABELS, KINDS, readInterchangeFiles, type ImportReport } from '../../interchange'
import type { Command } from '../command'

const USAGE = `
用法 / usage: npm run hub -- import <文件 file.json> [更多文件 more files...]

导入交换格式的职能部门、办事指南、通知公告（格式见 docs/interchange-format.md）。
每个文件的类型由记录内容自动识别，不论参数顺序，均按 部门 → 指南 → 公告 的顺序导入。
按部门代码、事项编码、公告标识匹配：已存在的记录会被更新，不会重复创建。
指南和公告以「批量导入」方式直接发布，并经过敏感词检查。

Imports departments, service guides and notices in the interchange format (docs/interchange-format.md).
Each file's kind is detected from its records; files are imported departments -> guides -> notices
whatever their order. Records are matched by code / slug: existing ones are updated, never duplicated.
Guides and notices are published as an "import", which passes the sensitive-word check.

退出码 / exit code: 0 全部导入 all imported；1 部分记录失败（其余已导入）some records failed, the rest
were imported；2 用法错误 usage error (no file, unreadable file, invalid JSON).

示例 / example:
  npm run hub -- import data/departments.json data/guides.json data/notices.json
`

/** Terminal columns of a string: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1
  return w
}

const padEnd = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)))
const padStart = (s: string, w: number) => ' '.repeat(Math.max(0, w - displayWidth(s))) + s

export function summaryTable(report: ImportReport): string {
  const head = ['类型 kind', '新建 created', '更新 updated', '失败 failed']
  const rows = KINDS.map((k) => [`${KIND_LABELS[k]} ${k}`, ...(['created', 'updated', 'failed'] as const).map((c) => String(report[k][c]))])
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]))))
  const line = (cells: string[]) => cells.map((c, i) => (i ? padStart(c, widths[i]) : padEnd(c, widths[i]))).join('  ')
  return [line(head), ...rows.map(line)].join('\n')
}

export const importCommand: Command = {
  name: 'import',
  summary: '导入部门、指南、公告（交换格式 JSON）/ import departments, guides, notices from JSON',
  usage: USAGE,
  run: async (args, ctx) => {
    const unknown = args.filter((a) => a.startsWith('-'))
    const paths = args.filter((a) => !a.startsWith('-'))
    if (unknown.length || !paths.length) {
      const why = unknown.length ? `未知选项 / unknown option: ${unknown.join(' ')}` : '请指定要导入的文件 / no file given'
      ctx.stderr.write(`${why}\n${USAGE.trim()}\n`)
      return 2
    }
    let files
    try {
      files = await readInterchangeFiles(paths)
    } catch (err) {
      if (!(err instanceof InterchangeFileError)) throw err
      ctx.stderr.write(`文件错误 / file error: ${err.message}\n`)
      return 2
    }
    const report = await importFiles(await ctx.payload(), files)
    for (const e of report.errors) {
      ctx.stderr.write(`失败 failed: ${e.file} 第${e.position}条 #${e.position} ${e.key}: ${e.messages.join('；')}\n`)
    }
    ctx.stdout.write(summaryTable(report) + '\n')
    return report.errors.length ? 1 : 0
  },
}
