import { parse } from 'csv-parse'
import type { Payload } from 'payload'

import { FEEDBACK_CHANNELS, RATING_LABELS, type FeedbackChannel } from '../labels'
import { acceptFeedback } from './accept'
import { IntakeError } from './errors'
import type { IntakeItem } from './types'

/**
 * 12345 hotline work orders (CSV) and the JSONL feedback format, for `hub import-feedback`.
 * Every line stands alone: a bad one is reported with its line number, field and reason, the
 * good ones are stored, and a rerun stores nothing new (work-order number / id = client id).
 * Column sets: docs/interchange-format.md, section 群众诉求.
 */

export type FeedbackFileFormat = 'csv' | 'jsonl'

export interface LineError {
  line: number
  field: string
  message: string
}

export interface FeedbackImportReport {
  created: number
  duplicate: number
  failed: number
  errors: LineError[]
  /** File-level remarks that refuse nothing (ignored columns). */
  notes: string[]
}

/** The file as a whole cannot be read (no header, a required column missing): nothing is stored. */
export class FeedbackFileError extends Error {}

type Field = 'orderNo' | 'receivedAt' | 'name' | 'phone' | 'text' | 'type' | 'guideCode' | 'rating'

/** CSV header → field; Chinese as 12345 platforms export them, or English (any case). */
const HEADERS: Record<string, Field> = {
  工单编号: 'orderNo', 工单号: 'orderNo', orderno: 'orderNo',
  来电时间: 'receivedAt', 受理时间: 'receivedAt', receivedat: 'receivedAt',
  来电人: 'name', 联系人: 'name', name: 'name',
  联系电话: 'phone', 来电号码: 'phone', phone: 'phone',
  诉求内容: 'text', 来电内容: 'text', text: 'text',
  诉求类型: 'type', type: 'type',
  事项编码: 'guideCode', guidecode: 'guideCode',
  评价: 'rating', 满意度: 'rating', rating: 'rating',
}
const REQUIRED_COLUMNS: Field[] = ['orderNo', 'receivedAt', 'text']
const COLUMN_NAMES: Record<Field, string> = {
  orderNo: '工单编号/orderNo', receivedAt: '来电时间/receivedAt', name: '来电人/name', phone: '联系电话/phone',
  text: '诉求内容/text', type: '诉求类型/type', guideCode: '事项编码/guideCode', rating: '评价/rating',
}

type Row = Partial<Record<Field, string>> & { channel?: string; ratingValue?: unknown }
type Parsed = { line: number; row: Row } | { line: number; error: LineError }

export function formatOf(fileName: string): FeedbackFileFormat | null {
  if (/\.csv$/i.test(fileName)) return 'csv'
  if (/\.(jsonl|ndjson)$/i.test(fileName)) return 'jsonl'
  return null
}

/** UTF-8 (BOM or not); Excel on Chinese Windows saves CSV as GBK, which GB18030 reads. */
export function decodeFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

const lineError = (line: number, field: string, zh: string, en: string): LineError => ({ line, field, message: `${zh} / ${en}` })

/** CSV work orders: each record with the line it starts on (header = line 1). */
async function csvRows(text: string, notes: string[]): Promise<Parsed[]> {
  const out: Parsed[] = []
  let fields: Array<Field | null> = []
  const parser = parse({
    bom: true,
    info: true,
    raw: true,
    trim: true,
    skip_empty_lines: true,
    relax_quotes: true,
    // A malformed record is reported and skipped; the parser goes on with the next line.
    skip_records_with_error: true,
    columns: (header: string[]) => {
      fields = header.map((h) => HEADERS[h.trim()] ?? HEADERS[h.trim().toLowerCase()] ?? null)
      const missing = REQUIRED_COLUMNS.filter((f) => !fields.includes(f))
      if (missing.length) {
        throw new FeedbackFileError(`缺少必需的列 / missing required columns: ${missing.map((f) => COLUMN_NAMES[f]).join(', ')}`)
      }
      const ignored = header.filter((_, i) => !fields[i])
      if (ignored.length) notes.push(`未识别的列已忽略 / unknown columns ignored: ${ignored.join(', ')}`)
      // The hub's category is triage's (officials correct it); IntakeItem has no place for the operator's.
      if (fields.includes('type')) notes.push('诉求类型列未保存，类别由智能分析判定 / the type column is not stored: triage decides the category')
      return header
    },
  })
  parser.on('skip', (err: Error & { lines?: number }) => {
    out.push({ line: err.lines ?? 0, error: lineError(err.lines ?? 0, '(csv)', `格式错误：${err.message}`, 'malformed CSV record') })
  })
  parser.end(text.replace(/\r\n?/g, '\n'))
  for await (const r of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number }; raw: string }>) {
    const inner = r.raw.replace(/^\n+/, '').replace(/\n$/, '')
    const line = r.info.lines - (inner.match(/\n/g)?.length ?? 0)
    const row: Row = {}
    Object.values(r.record).forEach((value, i) => {
      const f = fields[i]
      if (f && value !== '') row[f] = value
    })
    out.push({ line, row: { ...row, channel: 'hotline' } })
  }
  return out.sort((a, b) => a.line - b.line)
}

/** JSONL: one JSON object a line, `{id, channel, receivedAt, text, rating, guideCode?}`; `labels` and anything else ignored. */
function jsonlRows(text: string): Parsed[] {
  const out: Parsed[] = []
  text.split(/\r?\n/).forEach((source, i) => {
    const line = i + 1
    if (!source.trim()) return
    let o: Record<string, unknown>
    try {
      o = JSON.parse(source) as Record<string, unknown>
      if (!o || typeof o !== 'object' || Array.isArray(o)) throw new Error('not an object')
    } catch (err) {
      out.push({ line, error: lineError(line, '(json)', '不是有效的 JSON 对象', `not a JSON object (${(err as Error).message})`) })
      return
    }
    const s = (v: unknown) => (v === null || v === undefined || v === '' ? undefined : String(v))
    out.push({ line, row: { orderNo: s(o.id), channel: s(o.channel), receivedAt: s(o.receivedAt), text: s(o.text), guideCode: s(o.guideCode), ratingValue: o.rating } })
  })
  return out
}

/** "2026-11-09 10:22:40", "2026/11/9 10:22" are Beijing time; ISO 8601 with a zone is taken as is. */
export function beijingTime(value: string): string | null {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?)?$/.exec(value.trim())
  const pad = (x: string | undefined) => (x ?? '0').padStart(2, '0')
  const iso = m ? `${m[1]}-${pad(m[2])}-${pad(m[3])}T${pad(m[4])}:${pad(m[5])}:${pad(m[6])}${m[7] ?? ''}+08:00` : value.trim()
  const at = new Date(iso)
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(at.getTime())) return null
  // Date rolls 2月30日 over into March; a work order with that date is a typo, not March.
  const bj = new Date(at.getTime() + 8 * 3600_000)
  if (m && (bj.getUTCMonth() + 1 !== Number(m[2]) || bj.getUTCDate() !== Number(m[3]))) return null
  return at.toISOString()
}

const RATING_BY_LABEL = Object.fromEntries(Object.entries(RATING_LABELS).map(([n, label]) => [label, Number(n)]))

function ratingOf(v: unknown): number | null {
  if (v === null || v === undefined || v === '') return null
  if (typeof v === 'string' && RATING_BY_LABEL[v.trim()]) return RATING_BY_LABEL[v.trim()]
  const n = Number(v)
  if (!Number.isInteger(n) || n < 1 || n > 5) throw new IntakeError('rating', '评价须为 1-5 或“非常满意”…“非常不满意”', 'rating must be 1-5 or a 好差评 label')
  return n
}

/** One row as an IntakeItem; what validateIntake checks (lengths, dates, phone) it leaves to it. */
function itemOf(row: Row): IntakeItem {
  const channel = row.channel as FeedbackChannel
  if (!FEEDBACK_CHANNELS.includes(channel)) {
    throw new IntakeError('channel', `未知渠道：${row.channel ?? '（空）'}`, `unknown channel: ${row.channel ?? '(empty)'}`)
  }
  if (!row.orderNo) throw new IntakeError(channel === 'hotline' ? 'orderNo' : 'id', '缺少工单编号（id）', 'the work-order number (id) is missing')
  if (!row.receivedAt) throw new IntakeError('receivedAt', '缺少来电（受理）时间', 'receivedAt is missing')
  const receivedAt = beijingTime(row.receivedAt)
  if (!receivedAt) throw new IntakeError('receivedAt', `时间格式不正确：${row.receivedAt}`, `receivedAt is not a date: ${row.receivedAt}`)
  const rating = ratingOf(row.rating ?? row.ratingValue)
  // A rating names its service (好差评); without one, a rated text is a message that keeps its score.
  const kind = rating !== null && (row.guideCode || !row.text) ? 'rating' : 'message'
  // 12345 exports often mask numbers (138****1234): nobody can call that back.
  const phone = row.phone && !row.phone.includes('*') ? row.phone : null
  return {
    channel,
    kind,
    clientId: row.orderNo,
    receivedAt,
    text: row.text ?? null,
    rating,
    guideCode: row.guideCode ?? null,
    contact: row.name || phone ? { name: row.name ?? null, phone, replyVia: phone ? 'phone' : 'none' } : null,
  }
}

/** Parses, validates and stores one file's lines, in file order. */
export async function importFeedbackText(payload: Payload, text: string, format: FeedbackFileFormat): Promise<FeedbackImportReport> {
  const report: FeedbackImportReport = { created: 0, duplicate: 0, failed: 0, errors: [], notes: [] }
  const rows = format === 'csv' ? await csvRows(text, report.notes) : jsonlRows(text)
  for (const entry of rows) {
    if ('error' in entry) {
      report.failed++
      report.errors.push(entry.error)
      continue
    }
    try {
      const accepted = await acceptFeedback(payload, itemOf(entry.row))
      if (accepted.duplicate) report.duplicate++
      else report.created++
    } catch (err) {
      // Only rule violations are the line's fault; a database failure stops the import.
      if (!(err instanceof IntakeError)) throw err
      report.failed++
      report.errors.push({ line: entry.line, field: err.field, message: err.message })
    }
  }
  return report
}
