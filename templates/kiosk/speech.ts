/**
 * Text for reading aloud (kiosk TTS): no URLs, no decorative symbols, phone numbers digit by digit
 * and clock times as words, since speech engines read "86100021" as a quantity and "9:00" oddly.
 */
export const SCAN_PROMPT = '请扫描屏幕上的二维码'

const DIGITS = '零幺二三四五六七八九' // 幺 for 1: how phone numbers are read aloud
const NUMERALS = '零一二三四五六七八九'

/** 0-9999 as Chinese numerals (二十, 一百零五); other values as digits. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n)
  if (n < 10) return NUMERALS[n]
  const units = ['千', '百', '十', '']
  const digits = String(n).padStart(4, '0').split('').map(Number)
  let out = ''
  let zero = false
  digits.forEach((d, i) => {
    if (d === 0) {
      zero = out !== ''
      return
    }
    if (zero) out += '零'
    zero = false
    out += NUMERALS[d] + units[i]
  })
  return out.replace(/^一十/, '十')
}

/** A count before a measure word: 两份, not 二份. */
export const countWord = (n: number): string => (n === 2 ? '两' : chineseNumber(n))

const URL_RE = /(?:https?:\/\/|www\.)[^\s，。；、）)」】]+/gi
const PHONE_RE = /(?<!\d)(?:\d{3,4}-\d{7,8}(?:-\d{1,6})?|1[3-9]\d{9}|12345|400-?\d{3}-?\d{4})(?!\d)/g
const TIME_RE = /(?<!\d)([01]?\d|2[0-3]):([0-5]\d)(?!\d)/g
// Enclosed numbers (①), arrows, geometric shapes, dingbats, pictographs, bullets.
const SYMBOL_RE = /[\u2460-\u24ff\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff•·※★☆]|\p{Extended_Pictographic}/gu

export function forSpeech(text: string): string {
  return text
    .replace(URL_RE, SCAN_PROMPT)
    .replace(PHONE_RE, (m) => [...m.replace(/\D/g, '')].map((d) => DIGITS[Number(d)]).join(''))
    .replace(
      TIME_RE,
      (_m, h: string, min: string) => `${chineseNumber(Number(h))}点${min === '00' ? '' : `${chineseNumber(Number(min))}分`}`,
    )
    .replace(/(点|分)\s*[-~～—–]\s*(?=[零一二三四五六七八九十])/g, '$1至')
    .replace(SYMBOL_RE, '')
    .replace(/[【】〔〕\[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Joins spoken sentences, ending each with a full stop unless it has its own mark. */
export function sentences(parts: string[]): string {
  return parts
    .map((p) => forSpeech(p))
    .filter(Boolean)
    .map((p) => (/[。！？!?；;：:，,]$/.test(p) ? p.replace(/[；;：:，,]$/, '。') : `${p}。`))
    .join('')
}
