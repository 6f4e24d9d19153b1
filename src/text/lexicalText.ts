/**
 * Plain text <-> Payload Lexical rich-text JSON.
 *
 * Used to run text checks (sensitive words, length) over rich-text fields and to
 * seed rich-text fields from plain text (imports, CLI, tests).
 */

interface LexicalNodeLike {
  type?: unknown
  text?: unknown
  children?: unknown
}

/** Nodes that flow within a line; every other element node starts a new line. */
const INLINE_ELEMENTS = new Set(['link', 'autolink', 'mark', 'hashtag'])

function isNode(value: unknown): value is LexicalNodeLike {
  return typeof value === 'object' && value !== null
}

/**
 * Plain text of a Lexical value. Block nodes (paragraph, heading, quote, list
 * item, ...) are separated by "\n". Accepts the editor state, its root, a JSON
 * string of either, a plain string, or null/undefined.
 */
export function lexicalToPlainText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') {
    const trimmed = value.trimStart()
    if (!trimmed.startsWith('{')) return value
    try {
      return lexicalToPlainText(JSON.parse(trimmed))
    } catch {
      return value // not JSON after all: treat as plain text
    }
  }
  if (!isNode(value)) return ''
  const root = 'root' in value && isNode(value.root) ? value.root : value
  if (!Array.isArray(root.children)) return inlineText(root)
  return blockLines(root).join('\n')
}

/** Lines produced by an element: its inline runs and nested blocks, in order. */
function blockLines(node: LexicalNodeLike): string[] {
  const children = Array.isArray(node.children) ? node.children : []
  const lines: string[] = []
  let run: string | null = null // current inline run, null when none open

  for (const child of children) {
    if (!isNode(child)) continue
    if (isBlock(child)) {
      if (run !== null) lines.push(run)
      run = null
      lines.push(...blockLines(child))
    } else {
      const t = inlineText(child)
      // Text-less leaves (upload, horizontalrule, block) must not open an empty line.
      if (t) run = (run ?? '') + t
    }
  }
  if (run !== null) lines.push(run)
  // An element with no text (e.g. an empty paragraph) still occupies one line,
  // except the root/list containers whose lines come only from their children.
  if (lines.length === 0 && node.type !== 'root' && node.type !== 'list') lines.push('')
  return lines
}

function isBlock(node: LexicalNodeLike): boolean {
  return Array.isArray(node.children) && !INLINE_ELEMENTS.has(String(node.type))
}

function inlineText(node: LexicalNodeLike): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  if (Array.isArray(node.children)) {
    return node.children.map((c: unknown) => (isNode(c) ? inlineText(c) : '')).join('')
  }
  return '' // uploads, relationships, inline blocks: no plain text
}

export interface LexicalTextNode {
  type: 'text'
  text: string
  format: number
  detail: number
  mode: 'normal'
  style: string
  version: 1
}

export interface LexicalParagraphNode {
  type: 'paragraph'
  version: 1
  children: LexicalTextNode[]
  direction: 'ltr'
  format: ''
  indent: number
  textFormat: number
  textStyle: string
}

export interface LexicalEditorState {
  root: {
    type: 'root'
    format: ''
    indent: number
    version: 1
    direction: 'ltr'
    children: LexicalParagraphNode[]
  }
}

/**
 * Lexical editor state with one paragraph per line of `text`. A blank line
 * becomes an empty paragraph, which is how the editor itself stores one, so
 * lexicalToPlainText(plainTextToLexical(t)) === t for "\n"-separated text.
 */
export function plainTextToLexical(text: string): LexicalEditorState {
  const children = text.split(/\r\n|\r|\n/).map(paragraph)
  return {
    root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children },
  }
}

function paragraph(line: string): LexicalParagraphNode {
  const children: LexicalTextNode[] = line
    ? [{ type: 'text', text: line, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }]
    : []
  return {
    type: 'paragraph',
    version: 1,
    children,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    // Payload's own buildEditorState emits textStyle too.
    textStyle: '',
  }
}
