/**
 * Shape checks for raw interchange records. Every problem becomes one message naming the field by
 * its interchange path (arrays 1-based, e.g. `materials[2].form`), in Chinese and English, so a
 * clerk fixing a spreadsheet export can find it. Payload's own rules still run on import.
 */

const isBlank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && !v.trim())

export function fieldMessage(path: string, zh: string, en: string): string {
  return `${path}: ${zh} / ${en}`
}

interface TextOpts {
  required?: boolean
  max?: number
}
interface IntOpts {
  required?: boolean
  min?: number
  max?: number
}
interface ListOpts {
  /** At least one entry (the item must be complete for publishing). */
  required?: boolean
}

/** Reads one raw object, collecting errors into a list shared with nested readers. */
export class RecordReader {
  private constructor(
    private readonly rec: Record<string, unknown>,
    private readonly prefix: string,
    readonly errors: string[],
  ) {}

  /** A reader, or null (with an error recorded) when the value is not a JSON object. */
  static of(raw: unknown, prefix = '', errors: string[] = []): RecordReader | null {
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) return new RecordReader(raw as Record<string, unknown>, prefix, errors)
    errors.push(fieldMessage(prefix || '(记录 record)', '应为 JSON 对象', 'must be a JSON object'))
    return null
  }

  path(field: string): string {
    return this.prefix ? `${this.prefix}.${field}` : field
  }

  has(field: string): boolean {
    return this.rec[field] !== undefined
  }

  raw(field: string): unknown {
    return this.rec[field]
  }

  fail(field: string, zh: string, en: string): void {
    this.errors.push(fieldMessage(this.path(field), zh, en))
  }

  /** Trimmed text; '' when absent. */
  text(field: string, opts: TextOpts = {}): string {
    const v = this.rec[field]
    if (isBlank(v)) {
      if (opts.required) this.fail(field, '必填', 'is required')
      return ''
    }
    if (typeof v !== 'string') {
      this.fail(field, '应为文本', 'must be a string')
      return ''
    }
    if (opts.max && v.trim().length > opts.max) this.fail(field, `不能超过 ${opts.max} 个字`, `must be at most ${opts.max} characters`)
    return v.trim()
  }

  /** A whole number, or null when absent. */
  int(field: string, opts: IntOpts = {}): number | null {
    const v = this.rec[field]
    if (isBlank(v)) {
      if (opts.required) this.fail(field, '必填', 'is required')
      return null
    }
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      this.fail(field, '应为整数', 'must be a whole number')
      return null
    }
    const { min, max } = opts
    if ((min !== undefined && v < min) || (max !== undefined && v > max)) {
      this.fail(field, `应在 ${min ?? '-∞'} 到 ${max ?? '∞'} 之间`, `must be between ${min ?? '-inf'} and ${max ?? 'inf'}`)
      return null
    }
    return v
  }

  bool(field: string, fallback = false): boolean {
    const v = this.rec[field]
    if (v === null || v === undefined) return fallback
    if (typeof v !== 'boolean') {
      this.fail(field, '应为 true 或 false', 'must be true or false')
      return fallback
    }
    return v
  }

  /** An array of non-empty strings. */
  texts(field: string, opts: ListOpts = {}): string[] {
    return this.list(field, opts, (item, path) => {
      if (typeof item === 'string' && item.trim()) return item.trim()
      this.errors.push(fieldMessage(path, '应为非空文本', 'must be a non-empty string'))
      return undefined
    })
  }

  /** An array of objects, each read by `item`. */
  objects<T>(field: string, opts: ListOpts, item: (r: RecordReader) => T): T[] {
    return this.list(field, opts, (raw, path) => {
      const r = RecordReader.of(raw, path, this.errors)
      return r ? item(r) : undefined
    })
  }

  /** A nested object (e.g. fee); an absent one reads as empty. */
  group(field: string): RecordReader | null {
    if (this.rec[field] === null || this.rec[field] === undefined) return new RecordReader({}, this.path(field), this.errors)
    return RecordReader.of(this.rec[field], this.path(field), this.errors)
  }

  private list<T>(field: string, opts: ListOpts, item: (raw: unknown, path: string) => T | undefined): T[] {
    const v = this.rec[field]
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) {
      if (opts.required) this.fail(field, '至少需要一项', 'needs at least one entry')
      return []
    }
    if (!Array.isArray(v)) {
      this.fail(field, '应为数组', 'must be an array')
      return []
    }
    const out: T[] = []
    v.forEach((raw, i) => {
      const mapped = item(raw, `${this.path(field)}[${i + 1}]`)
      if (mapped !== undefined) out.push(mapped)
    })
    return out
  }
}

/** Maps a Payload error path (`legalBasis.0.text`) to the interchange path (`basis[1]`). */
export function interchangePath(kind: string, path: string | undefined): string {
  if (!path) return '(记录 record)'
  const renames: Record<string, string> = { legalBasis: 'basis', phones: 'phone', question: 'q', answer: 'a' }
  const parts = path.split('.')
  let out = ''
  parts.forEach((part, i) => {
    // A department's phone rows are one `phone` string in the file.
    if (kind === 'departments' && parts[0] === 'phones' && i > 0) return
    // Single-field rows (basis[1].text, conditions[1].text) are plain strings in the file.
    if (part === 'text' && i === parts.length - 1 && ['legalBasis', 'conditions'].includes(parts[0])) return
    if (/^\d+$/.test(part)) out += `[${Number(part) + 1}]`
    else out += (out ? '.' : '') + (renames[part] ?? part)
  })
  return out
}
