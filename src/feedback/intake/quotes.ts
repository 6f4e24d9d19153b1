/**
 * The citizen's own words of a reply e-mail: quoted lines (`> …`), the quoted original under a
 * reply header (Gmail "On … wrote:", Chinese clients "在 … 写道：", Outlook's From/Sent block,
 * QQ/163 "原始邮件" rulers) and the signature after "-- " are dropped. Interleaved answers between
 * quoted lines are kept.
 */

const RULER = /^\s*-{2,}\s*(original message|forwarded message|原始邮件|原始郵件|转发邮件|转发的邮件|回复邮件)\s*-{2,}\s*$/i
const WROTE = /(wrote|写道|寫道)\s*[:：]\s*$/
const WROTE_START = /^\s*(On\s|在\s?|於\s?)/
const OUTLOOK_FROM = /^\s*\**\s*(From|发件人|寄件者)\s*\**\s*[:：]/i
const OUTLOOK_NEXT = /^\s*\**\s*(Sent|Date|To|Subject|发送时间|时间|日期|收件人|主题|寄件日期)\s*\**\s*[:：]/i
const UNDERSCORES = /^\s*_{10,}\s*$/

function quoteStartsAt(lines: string[], i: number): boolean {
  const line = lines[i]
  const next = lines[i + 1] ?? ''
  if (RULER.test(line)) return true
  // A reply header, on one line or wrapped onto the next by the mail client.
  if (WROTE_START.test(line) && (WROTE.test(line) || (WROTE.test(next) && !/^\s*>/.test(next)))) return true
  if (OUTLOOK_FROM.test(line) && OUTLOOK_NEXT.test(next)) return true
  if (UNDERSCORES.test(line) && OUTLOOK_FROM.test(next)) return true
  return false
}

export function stripQuoted(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const own: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '-- ' || quoteStartsAt(lines, i)) break
    if (/^\s*>/.test(line)) continue
    own.push(line)
  }
  return own.join('\n').replace(/\n{3,}/g, '\n\n').trim()
}
