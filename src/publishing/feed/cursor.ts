/**
 * Feed cursors are opaque to clients: `c1_` + base64url of the sequence number. The version
 * prefix lets the format change later without breaking clients that hold old cursors.
 */
export class CursorError extends Error {
  readonly code: 'BAD_CURSOR' | 'CURSOR_EXPIRED'
  readonly status: number
  constructor(code: CursorError['code'], zh: string, en: string) {
    super(`${zh} / ${en}`)
    this.code = code
    this.status = code === 'CURSOR_EXPIRED' ? 410 : 400
  }
}

export function encodeCursor(seq: number): string {
  return `c1_${Buffer.from(String(seq)).toString('base64url')}`
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0
  const m = /^c1_([A-Za-z0-9_-]{1,24})$/.exec(cursor)
  const seq = m ? Number(Buffer.from(m[1], 'base64url').toString()) : NaN
  if (!Number.isSafeInteger(seq) || seq < 0) {
    throw new CursorError('BAD_CURSOR', '游标无效，请使用上次同步返回的 nextCursor', 'Invalid cursor: pass the nextCursor of your last sync')
  }
  return seq
}
