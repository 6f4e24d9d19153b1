/**
 * Text measuring and cutting. Channel limits count Unicode code points (a CJK character or an
 * emoji is one), so every length here is [...s].length, never s.length (UTF-16 units).
 */

export const cpLength = (s: string): number => [...s].length

export const utf8Bytes = (s: string): number => new TextEncoder().encode(s).length

/** Collapses whitespace runs (textarea line breaks included) to single spaces and trims. */
export function clean(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : ''
}

/** Non-empty lines of a textarea, each cleaned. */
export function paragraphs(value: unknown): string[] {
  return typeof value === 'string'
    ? value
        .split(/\r\n|\r|\n/)
        .map(clean)
        .filter(Boolean)
    : []
}

const SENTENCE_END = '。！？!?'
// ASCII ',' and ':' stay out: they sit inside numbers and times (1,000; 9:00).
const CLAUSE_END = '，、；：;'

/**
 * At most `max` code points. A cut text ends with "…", cut after the last sentence or clause
 * mark in the second half of the allowance when there is one, so it does not stop mid-phrase.
 */
export function truncate(value: string, max: number): { text: string; truncated: boolean } {
  const chars = [...clean(value)]
  if (chars.length <= max) return { text: chars.join(''), truncated: false }
  const room = chars.slice(0, max - 1)
  let cut = -1
  for (const marks of [SENTENCE_END, CLAUSE_END]) {
    for (let i = room.length - 1; i >= Math.floor(max / 2) && cut < 0; i--) if (marks.includes(room[i])) cut = i
    if (cut >= 0) break
  }
  const kept = cut >= 0 ? room.slice(0, cut) : room
  return { text: kept.join('').trimEnd() + '…', truncated: true }
}

const BREAKS = SENTENCE_END + CLAUSE_END + '）)'
/** Marks that must not open a line (Chinese line-breaking rule 避头). */
const NO_LINE_START = BREAKS + '”’》」』】'

/**
 * Short lines for large print: one sentence per line when it fits, otherwise broken after the
 * last Chinese punctuation mark within `max` code points (hard cut when a clause is longer).
 * A closing mark never opens a line, so a line may exceed `max` by such marks.
 */
export function wrapLines(value: string, max: number): string[] {
  const lines: string[] = []
  for (const para of paragraphs(value)) {
    for (const sentence of para.match(/[^。！？!?]+[。！？!?]*|[。！？!?]+/g) ?? []) {
      let rest = [...sentence.trim()]
      while (rest.length > max) {
        let cut = -1
        for (let i = max - 1; i >= Math.floor(max / 3) && cut < 0; i--) if (BREAKS.includes(rest[i])) cut = i + 1
        // No mark to break at: cut evenly (21 chars -> 11 + 10, not 18 + 3), keeping words whole.
        if (cut < 0) cut = keepWordWhole(rest, Math.ceil(rest.length / Math.ceil(rest.length / max)))
        while (cut < rest.length && NO_LINE_START.includes(rest[cut])) cut++
        lines.push(rest.slice(0, cut).join('').trim())
        rest = rest.slice(cut)
      }
      if (rest.length) lines.push(rest.join('').trim())
    }
  }
  return lines.filter(Boolean)
}

const WORD = /[0-9A-Za-z.:\-/@]/
/** A hard cut at `max`, moved back to the start of a number, time or code it would split. */
function keepWordWhole(chars: string[], max: number): number {
  let cut = max
  while (cut > Math.floor(max / 3) && WORD.test(chars[cut - 1]) && WORD.test(chars[cut] ?? '')) cut--
  return WORD.test(chars[cut - 1]) && WORD.test(chars[cut] ?? '') ? max : cut
}

/** Lines joined into running text: no space after CJK punctuation, a space otherwise. */
export function joinText(lines: string[]): string {
  return lines.reduce((acc, line) => (!acc ? line : /[。！？；：，、）」』”]$/.test(acc) ? acc + line : `${acc} ${line}`), '')
}
