/**
 * Personal data in citizen text: mobile and landline numbers, resident ID numbers (GB 11643,
 * checked with the ISO 7064 MOD 11-2 check digit and a real birth date), bank card numbers (Luhn)
 * and email addresses. Detection runs on a width-folded copy (full-width digits are common in
 * text typed on phones) whose offsets equal the original's, so findings slice the original.
 *
 * Recall matters more than precision here: an unmasked ID number on a public page is a breach,
 * a masked order number is a nuisance. So a number the citizen labels (身份证号…, 卡号…) counts
 * even when its checksum fails — citizens mistype — while an unlabelled one must pass it.
 */

export type PiiKind = 'phone' | 'id_card' | 'bank_card' | 'email'

export interface PiiFinding {
  kind: PiiKind
  start: number
  end: number
  value: string
  /** False when only the label made us take it (checksum or Luhn failed). */
  checksumValid?: boolean
}

export const PII_LABELS: Record<PiiKind, string> = {
  phone: '电话号码',
  id_card: '身份证号',
  bank_card: '银行卡号',
  email: '电子邮箱',
}

/** Full-width ASCII (U+FF01–FF5E) to half-width and U+3000 to space; one code unit each. */
function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return d <= days
}

/** GB 11643-1999: 17 digits, a MOD 11-2 check character and a plausible birth date. */
export function isValidIdCard(raw: string): boolean {
  const id = raw.toUpperCase()
  if (/^\d{15}$/.test(id)) return validDate(1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12)))
  if (!/^\d{17}[\dX]$/.test(id)) return false
  const year = Number(id.slice(6, 10))
  if (year < 1880 || year > new Date().getFullYear()) return false
  if (!validDate(year, Number(id.slice(10, 12)), Number(id.slice(12, 14)))) return false
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0)
  return ID_CHECK[sum % 11] === id[17]
}

export function luhnValid(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

// Digit runs may be grouped by spaces or hyphens (138-5310-4467, 6222 0202 0011 3456 780).
const ID_RE = /(?<![\dA-Za-z])(\d{6}[ -]?\d{8}[ -]?\d{3}[\dXx]|\d{15})(?![\dA-Za-z])/g
const BANK_RE = /(?<![\dA-Za-z])(\d{4}(?:[ -]?\d{3,4}){3,4}|\d{16,19})(?![\dA-Za-z])/g
const MOBILE_RE = /(?<![\dA-Za-z+])((?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4})(?![\dA-Za-z])/g
const LANDLINE_RE = /(?<![\dA-Za-z])(\(?0\d{2,3}\)?[ -]?[2-9]\d{6,7}(?:[ -]?转\d{1,5})?)(?![\dA-Za-z])/g
const EMAIL_RE = /[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}/g

const ID_LABEL = /(身份证|证件号|公民身份号码|身份号码|ID)[号码:：是为\s]{0,6}$/i
const BANK_LABEL = /(银行卡|卡号|账号|帐号|收款卡|储蓄卡|信用卡|社保卡)[号码:：是为\s]{0,6}$/

// A labelled reference number (订单号, 工单编号…) is not a card, whatever its checksum says.
const NOT_PERSONAL_LABEL = /(订单|流水|单号|编号|工单|业务号|申请号|受理号|信用代码|税号)[号码:：是为\s]{0,6}$/

const digitsOf = (s: string): string => s.replace(/[^\dXx]/g, '')

/** Every personal-data finding in `text`, non-overlapping, in order. */
export function detectPii(text: string): PiiFinding[] {
  if (!text) return []
  const folded = foldWidth(text)
  const found: PiiFinding[] = []
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start)
  const add = (kind: PiiKind, start: number, end: number, checksumValid?: boolean) => {
    if (taken(start, end)) return
    found.push({ kind, start, end, value: text.slice(start, end), ...(checksumValid === undefined ? {} : { checksumValid }) })
  }
  const before = (i: number) => folded.slice(Math.max(0, i - 12), i)

  for (const m of folded.matchAll(EMAIL_RE)) add('email', m.index!, m.index! + m[0].length)
  for (const m of folded.matchAll(ID_RE)) {
    const valid = isValidIdCard(digitsOf(m[1]))
    if (!valid && NOT_PERSONAL_LABEL.test(before(m.index!))) continue
    if (valid || ID_LABEL.test(before(m.index!))) add('id_card', m.index!, m.index! + m[1].length, valid)
  }
  for (const m of folded.matchAll(BANK_RE)) {
    const digits = digitsOf(m[1])
    if (digits.length < 16 || digits.length > 19) continue
    if (NOT_PERSONAL_LABEL.test(before(m.index!))) continue
    const valid = luhnValid(digits)
    if (valid || BANK_LABEL.test(before(m.index!))) add('bank_card', m.index!, m.index! + m[1].length, valid)
  }
  for (const m of folded.matchAll(MOBILE_RE)) add('phone', m.index!, m.index! + m[1].length)
  for (const m of folded.matchAll(LANDLINE_RE)) add('phone', m.index!, m.index! + m[1].length)
  return found.sort((a, b) => a.start - b.start)
}

/** How much of each kind stays readable: enough to recognise, not enough to use. */
const KEEP: Record<Exclude<PiiKind, 'email'>, [number, number]> = {
  phone: [3, 4],
  id_card: [3, 4],
  bank_card: [4, 4],
}

function maskDigits(value: string, head: number, tail: number): string {
  const total = (value.match(/[\dXx]/g) ?? []).length
  let seen = 0
  return value.replace(/[\dXx]/g, (c) => {
    seen++
    return seen <= head || seen > total - tail ? c : '*'
  })
}

function maskEmail(value: string): string {
  const at = value.indexOf('@')
  return `${value[0]}***${value.slice(at)}`
}

export function maskFinding(finding: PiiFinding): string {
  // Masks the folded form so full-width digits are masked too.
  const f = { ...finding, value: foldWidth(finding.value) }
  if (f.kind === 'email') return maskEmail(f.value)
  const prefix = f.kind === 'phone' ? (/^\+?86[ -]?(?=1)/.exec(f.value)?.[0] ?? '') : ''
  const [head, tail] = KEEP[f.kind]
  if (prefix) return prefix + maskDigits(f.value.slice(prefix.length), head, tail)
  return maskDigits(f.value, head, tail)
}

/** The text with every finding masked (138****4467, 370***********2437, z***@example.com). */
export function maskPii(text: string, findings: PiiFinding[] = detectPii(text)): string {
  let out = ''
  let at = 0
  for (const f of findings) {
    out += text.slice(at, f.start) + maskFinding(f)
    at = f.end
  }
  return out + text.slice(at)
}

/** Masks personal data in every string of a JSON-like value (exports, logs, channel APIs). */
export function maskDeep<T>(value: T): T {
  if (typeof value === 'string') return maskPii(value) as T
  if (Array.isArray(value)) return value.map((v) => maskDeep(v)) as T
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v)])) as T
  }
  return value
}
