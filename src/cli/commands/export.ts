import { exportRecords, KIND_LABELS, KINDS, writeInterchangeFiles } from '../../interchange'
import type { Command } from '../command'

const USAGE = `
用法 / usage: npm run hub -- export <目录 dir> [--drafts]

把职能部门、办事指南、通知公告导出为交换格式，写入 <目录>/departments.json、guides.json、
notices.json（UTF-8，缩进两格）。默认只导出已发布的版本；--drafts 导出每份文档的最新版本（含草稿）。
导出的文件可直接用 import 命令导入另一个中枢。

Exports departments, service guides and notices in the interchange format to <dir>/departments.json,
guides.json and notices.json (UTF-8, 2-space indent). Published editions only by default; --drafts
exports the latest edition of each document, drafts included. The files import back with \`import\`.
`

export const exportCommand: Command = {
  name: 'export',
  summary: '导出部门、指南、公告为交换格式 JSON / export departments, guides, notices to JSON',
  usage: USAGE,
  run: async (args, ctx) => {
    const drafts = args.includes('--drafts')
    const unknown = args.filter((a) => a.startsWith('-') && a !== '--drafts')
    const dirs = args.filter((a) => !a.startsWith('-'))
    if (unknown.length || dirs.length !== 1) {
      const why = unknown.length
        ? `未知选项 / unknown option: ${unknown.join(' ')}`
        : dirs.length
          ? '只能指定一个目录 / give exactly one directory'
          : '请指定导出目录 / no directory given'
      ctx.stderr.write(`${why}\n${USAGE.trim()}\n`)
      return 2
    }
    const set = await exportRecords(await ctx.payload(), { drafts })
    let written: string[]
    try {
      written = await writeInterchangeFiles(dirs[0], set)
    } catch (err) {
      ctx.stderr.write(`无法写入目录 / cannot write to ${dirs[0]}: ${(err as Error).message}\n`)
      return 2
    }
    KINDS.forEach((kind, i) => ctx.stdout.write(`${KIND_LABELS[kind]} ${kind}: ${set[kind].length} → ${written[i]}\n`))
    return 0
  },
}
