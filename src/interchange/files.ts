import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import { importRecords } from './importRecords'
import { emptyReport, KINDS, type ImportReport, type InterchangeSet, type Kind } from './types'

/** A file the CLI cannot use at all (unreadable, not JSON, not interchange records): a usage error. */
export class InterchangeFileError extends Error {
  constructor(
    readonly file: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${file}: ${zh} / ${en}`)
    this.name = 'InterchangeFileError'
  }
}

export interface InterchangeFile {
  path: string
  kind: Kind
  records: unknown[]
}

/** The kind one record looks like, from the fields only that kind has. */
function kindOfRecord(r: unknown): Kind | null {
  if (!r || typeof r !== 'object' || Array.isArray(r)) return null
  const o = r as Record<string, unknown>
  if ('materials' in o || ('code' in o && 'title' in o)) return 'guides'
  if ('slug' in o || 'validFrom' in o) return 'notices'
  if ('code' in o && 'name' in o) return 'departments'
  return null
}

/**
 * A file's kind by majority of its records, so one malformed record (a guide without materials)
 * does not change the verdict; the file name (guides.json) only breaks ties.
 */
export function detectKind(records: unknown[], file = ''): Kind | null {
  const votes: Record<Kind, number> = { departments: 0, guides: 0, notices: 0 }
  for (const r of records) {
    const k = kindOfRecord(r)
    if (k) votes[k]++
  }
  const best = Math.max(...Object.values(votes))
  const leaders = KINDS.filter((k) => votes[k] === best)
  if (best > 0 && leaders.length === 1) return leaders[0]
  const base = path.basename(file).toLowerCase()
  return KINDS.find((k) => base.startsWith(k) && (best === 0 || leaders.includes(k))) ?? null
}

/**
 * Reads interchange files: each a JSON array of one kind of record, or an object with
 * departments / guides / notices arrays (as exportRecords returns). Throws InterchangeFileError.
 */
export async function readInterchangeFiles(paths: string[]): Promise<InterchangeFile[]> {
  const out: InterchangeFile[] = []
  for (const file of paths) {
    let text: string
    try {
      text = await fs.readFile(file, 'utf8')
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? ''
      throw new InterchangeFileError(file, `无法读取文件（${code}）`, `cannot read file (${(err as Error).message})`)
    }
    let json: unknown
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, '')) // spreadsheet tools like to add a BOM
    } catch (err) {
      throw new InterchangeFileError(file, `不是合法的 JSON：${(err as Error).message}`, `not valid JSON: ${(err as Error).message}`)
    }
    if (Array.isArray(json)) {
      const kind = detectKind(json, file)
      if (!kind && json.length) {
        throw new InterchangeFileError(file, '无法判断记录类型（部门、指南或公告）', 'cannot tell whether records are departments, guides or notices')
      }
      out.push({ path: file, kind: kind ?? 'departments', records: json })
    } else if (json && typeof json === 'object' && KINDS.some((k) => Array.isArray((json as Record<string, unknown>)[k]))) {
      for (const kind of KINDS) {
        const records = (json as Record<string, unknown>)[kind]
        if (Array.isArray(records)) out.push({ path: file, kind, records })
      }
    } else {
      throw new InterchangeFileError(file, '应为记录数组', 'must be a JSON array of records')
    }
  }
  return out
}

/**
 * Imports files in dependency order whatever order they were given in, one importRecords call
 * per file so errors name the file and the position within it.
 */
export async function importFiles(payload: Payload, files: InterchangeFile[]): Promise<ImportReport> {
  const total = emptyReport()
  const ordered = [...files].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind))
  for (const f of ordered) {
    const report = await importRecords(payload, { [f.kind]: f.records }, { source: f.path })
    for (const kind of KINDS) {
      total[kind].created += report[kind].created
      total[kind].updated += report[kind].updated
      total[kind].failed += report[kind].failed
    }
    total.errors.push(...report.errors)
  }
  return total
}

/** Writes <dir>/departments.json, guides.json, notices.json: 2-space indent, Chinese as is. */
export async function writeInterchangeFiles(dir: string, set: InterchangeSet): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true })
  const written: string[] = []
  for (const kind of KINDS) {
    const file = path.join(dir, `${kind}.json`)
    await fs.writeFile(file, JSON.stringify(set[kind], null, 2) + '\n', 'utf8')
    written.push(file)
  }
  return written
}
