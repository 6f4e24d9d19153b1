import fs from 'node:fs/promises'

import { decodeFile, FeedbackFileError, formatOf, importFeedbackText, type FeedbackFileFormat } from '../../feedback/intake/hotline'
import { settleTriage } from '../../feedback/pipeline/kick'
import { processNewFeedback } from '../../feedback/pipeline/process'
import type { Command } from '../command'

const USAGE = `
用法 / usage: npm run hub -- import-feedback [--format csv|jsonl] <文件 file> [更多文件 more files...]

导入群众诉求：12345 热线工单（.csv，UTF-8 或 GBK）或 JSONL（.jsonl，每行
{"id","channel","receivedAt","text","rating"}）。列与字段见 docs/interchange-format.md「群众诉求」。
逐行校验：有误的行给出行号、字段和原因，其余各行照常保存；以工单编号（id）去重，
重复导入同一文件不会新增记录。导入后即做智能分析与分拨。

Imports citizen feedback: 12345 hotline work orders (.csv, UTF-8 or GBK) or JSONL (.jsonl). Each
line is checked on its own: bad lines are reported with line number, field and reason, good lines
are stored; the work-order number (id) deduplicates, so importing a file again stores nothing new.
Imported items are triaged afterwards.

  --format csv|jsonl   文件格式（默认按扩展名）/ file format (default: by extension)

退出码 / exit code: 0 全部成功（含重复）all stored or duplicate；1 有行失败 some lines failed；
2 用法或文件错误 usage or file error.

示例 / example:
  npm run hub -- import-feedback exports/12345-2026-11.csv
`

function parseArgs(args: string[]): { format: FeedbackFileFormat | null; files: string[] } | string {
  const files: string[] = []
  let format: FeedbackFileFormat | null = null
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(9) : args[++i]
      if (v !== 'csv' && v !== 'jsonl') return `--format 须为 csv 或 jsonl / --format must be csv or jsonl`
      format = v
    } else if (a.startsWith('-')) return `未知选项 / unknown option: ${a}`
    else files.push(a)
  }
  return files.length ? { format, files } : '请指定要导入的文件 / no file given'
}

export const importFeedbackCommand: Command = {
  name: 'import-feedback',
  summary: '导入 12345 工单（CSV）或 JSONL 群众诉求 / import 12345 work orders (CSV) or JSONL feedback',
  usage: USAGE,
  run: async (args, ctx) => {
    const parsed = parseArgs(args)
    if (typeof parsed === 'string') {
      ctx.stderr.write(`${parsed}\n${USAGE.trim()}\n`)
      return 2
    }
    // Read and classify every file first, so a typo in the last name stores nothing at all.
    const inputs: Array<{ file: string; format: FeedbackFileFormat; text: string }> = []
    for (const file of parsed.files) {
      const format = parsed.format ?? formatOf(file)
      if (!format) {
        ctx.stderr.write(`无法识别格式（.csv 或 .jsonl），请用 --format / unknown format, use --format: ${file}\n`)
        return 2
      }
      try {
        inputs.push({ file, format, text: decodeFile(await fs.readFile(file)) })
      } catch (err) {
        ctx.stderr.write(`文件错误 / file error: ${file}: ${(err as Error).message}\n`)
        return 2
      }
    }
    const payload = await ctx.payload()
    let failed = 0
    for (const { file, format, text } of inputs) {
      let report
      try {
        report = await importFeedbackText(payload, text, format)
      } catch (err) {
        if (!(err instanceof FeedbackFileError)) throw err
        ctx.stderr.write(`文件错误 / file error: ${file}: ${err.message}\n`)
        return 2
      }
      for (const note of report.notes) ctx.stderr.write(`注意 note: ${file}: ${note}\n`)
      for (const e of report.errors) ctx.stderr.write(`失败 failed: ${file} 第${e.line}行 line ${e.line} [${e.field}] ${e.message}\n`)
      ctx.stdout.write(`${file}: 新建 created ${report.created}，重复 duplicate ${report.duplicate}，失败 failed ${report.failed}\n`)
      failed += report.failed
    }
    // Intake kicked triage as it stored; finish those runs, then sweep what is left before exit.
    await settleTriage(payload)
    const triaged = await processNewFeedback(payload)
    if (triaged) ctx.stdout.write(`已分析分拨 triaged: ${triaged}\n`)
    return failed ? 1 : 0
  },
}
