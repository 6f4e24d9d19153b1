/**
 * Length-preserving text folding for matching.
 *
 * Output index i always corresponds to input index i (UTF-16 code units), so a
 * match found in the folded text can be sliced straight out of the original.
 * That rules out any mapping that changes length; such mappings are dropped.
 */
import { Converter } from 'opencc-js/t2cn'

type CharConverter = (text: string) => string

// Building the OpenCC tries costs tens of milliseconds: do it once, on first use.
let converters: CharConverter[] | null = null
// Per-character result of traditional -> simplified, already length-checked.
const hanCache = new Map<string, string>()

function getConverters(): CharConverter[] {
  // hk first, then tw for Taiwan-only variants hk leaves alone (著, 痺, 簷 ...).
  converters ??= [Converter({ from: 'hk', to: 'cn' }), Converter({ from: 'tw', to: 'cn' })]
  return converters
}

// tw treats the everyday simplified 么 (什么) as a variant of 幺; keep it as is.
const NEVER_FOLD = new Set(['么'])

/** Simplified form of one character (1 or 2 code units), or the char itself. */
function foldHan(ch: string): string {
  const cached = hanCache.get(ch)
  if (cached !== undefined) return cached
  let result = ch
  for (const convert of NEVER_FOLD.has(ch) ? [] : getConverters()) {
    const out = convert(ch)
    // Single char in, single char of the same width out; otherwise keep as is.
    if (out !== ch && out.length === ch.length && [...out].length === 1) {
      result = out
      break
    }
  }
  hanCache.set(ch, result)
  return result
}

const FIRST_CJK = 0x2e80 // below this no character has a traditional form

/**
 * Fold `text` for matching: full-width ASCII -> half-width, U+3000 -> space,
 * A-Z -> a-z, traditional Chinese -> simplified. Same length as the input.
 */
export function normalizeForMatch(text: string): string {
  const n = text.length
  let out: Uint16Array | null = null // allocated only once something changes

  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i)
    let mapped = code

    if (code >= 0xff01 && code <= 0xff5e) mapped = code - 0xfee0
    else if (code === 0x3000) mapped = 0x20

    if (mapped >= 0x41 && mapped <= 0x5a) mapped += 0x20

    if (mapped === code && code >= FIRST_CJK && !(code >= 0xff00 && code <= 0xffef)) {
      // Handle surrogate pairs as one character so astral Han chars can fold too.
      const isPair =
        code >= 0xd800 && code <= 0xdbff && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1))
      if (isPair || code < 0xd800 || code > 0xdfff) {
        const ch = isPair ? text.slice(i, i + 2) : text[i]!
        const folded = foldHan(ch)
        if (folded !== ch) {
          out ??= copyPrefix(text, i)
          out[i] = folded.charCodeAt(0)
          if (isPair) out[i + 1] = folded.charCodeAt(1)
        } else if (out) {
          out[i] = code
          if (isPair) out[i + 1] = text.charCodeAt(i + 1)
        }
        if (isPair) i++
        continue
      }
    }

    if (mapped !== code) out ??= copyPrefix(text, i)
    if (out) out[i] = mapped
  }

  return out ? decode(out) : text
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

function copyPrefix(text: string, upTo: number): Uint16Array {
  const buf = new Uint16Array(text.length)
  for (let j = 0; j < upTo; j++) buf[j] = text.charCodeAt(j)
  return buf
}

function decode(buf: Uint16Array): string {
  // Chunked to stay under the engine's argument-count limit.
  const CHUNK = 0x2000
  let s = ''
  for (let i = 0; i < buf.length; i += CHUNK) {
    s += String.fromCharCode.apply(null, buf.subarray(i, i + CHUNK) as unknown as number[])
  }
  return s
}
