/**
 * The XML WeChat speaks on the callback side: small documents under one <xml> root, values in
 * CDATA or plain text, no attributes, no namespaces. Most messages are flat; the PUBLISHJOBFINISH
 * event nests (PublishEventInfo > article_detail > item) and repeats elements (fail_idx, item), so
 * the parser keeps nesting and turns repeated names into arrays.
 *
 * Hand-written rather than a general XML library because the body comes from the internet before
 * anything is authenticated (plain mode signs only the query string): no DOCTYPE, no entity
 * declarations, no processing instructions, bounded size and depth, so XXE and entity expansion
 * cannot happen by construction.
 */

export type XmlValue = string | XmlObject | XmlValue[]
export interface XmlObject {
  [name: string]: XmlValue
}

export class WeChatXmlError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WeChatXmlError'
  }
}

export interface ParseOptions {
  /** Largest body accepted, in UTF-16 code units (WeChat's messages are a few KB). */
  maxLength?: number
  maxDepth?: number
}

const NAME = /^[A-Za-z_][\w.-]*/
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g, (whole, ref: string | undefined) => {
    if (!ref) throw new WeChatXmlError('XML 中有未转义的 & / unescaped & in XML text')
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      if (!Number.isFinite(code) || code > 0x10ffff) throw new WeChatXmlError(`非法字符引用 / bad character reference ${whole}`)
      return String.fromCodePoint(code)
    }
    const value = PREDEFINED[ref]
    // Any other named entity would need a DTD to declare it: refusing it is what keeps XXE out.
    if (value === undefined) throw new WeChatXmlError(`不允许未声明的实体 / undeclared entity ${whole}`)
    return value
  })
}

/** Parses `<xml>…</xml>` and returns the root's children. Throws WeChatXmlError on anything else. */
export function parseXml(xml: string, opts: ParseOptions = {}): XmlObject {
  const maxLength = opts.maxLength ?? 1024 * 1024
  const maxDepth = opts.maxDepth ?? 16
  if (xml.length > maxLength) throw new WeChatXmlError(`XML 过大 / XML larger than ${maxLength}`)
  let i = 0

  const fail = (why: string): never => {
    throw new WeChatXmlError(`XML 格式错误 / malformed XML at ${i}: ${why}`)
  }
  const skipSpace = () => {
    while (i < xml.length && /\s/.test(xml[i]!)) i++
  }
  const expect = (s: string) => {
    if (!xml.startsWith(s, i)) fail(`expected ${s}`)
    i += s.length
  }
  const refuseDeclarations = () => {
    // Only <![CDATA[ and <!-- are legal after "<!"; DOCTYPE/ENTITY/ELEMENT/ATTLIST are refused.
    if (xml.startsWith('<!', i) && !xml.startsWith('<![CDATA[', i) && !xml.startsWith('<!--', i)) {
      throw new WeChatXmlError('不允许 DOCTYPE 或实体声明 / DOCTYPE and entity declarations are not allowed')
    }
    if (xml.startsWith('<?', i)) throw new WeChatXmlError('不允许处理指令 / processing instructions are not allowed')
  }
  const skipComment = () => {
    const end = xml.indexOf('-->', i + 4)
    if (end < 0) fail('unterminated comment')
    i = end + 3
  }

  const parseElement = (depth: number): { name: string; value: XmlValue } => {
    if (depth > maxDepth) throw new WeChatXmlError(`XML 嵌套过深 / XML nested deeper than ${maxDepth}`)
    expect('<')
    const name = NAME.exec(xml.slice(i, i + 200))?.[0] ?? fail('element name')
    i += name.length
    // WeChat sends no attributes; skip any (quoted values may contain '>').
    while (i < xml.length && xml[i] !== '>' && !xml.startsWith('/>', i)) {
      const q = xml[i]
      if (q === '"' || q === "'") {
        const end = xml.indexOf(q, i + 1)
        if (end < 0) fail('unterminated attribute')
        i = end + 1
      } else if (q === '<') fail('< inside a tag')
      else i++
    }
    if (xml.startsWith('/>', i)) {
      i += 2
      return { name, value: '' }
    }
    expect('>')
    const children: XmlObject = {}
    let hasChildren = false
    let hasCdata = false
    // Plain text kept apart from CDATA: whitespace around a CDATA section is layout, not content.
    const parts: Array<{ text: string; cdata: boolean }> = []
    for (;;) {
      if (i >= xml.length) fail(`unterminated <${name}>`)
      if (xml.startsWith('<![CDATA[', i)) {
        const end = xml.indexOf(']]>', i + 9)
        if (end < 0) fail('unterminated CDATA')
        parts.push({ text: xml.slice(i + 9, end), cdata: true })
        hasCdata = true
        i = end + 3
      } else if (xml.startsWith('<!--', i)) skipComment()
      else if (xml.startsWith('</', i)) {
        i += 2
        if (!xml.startsWith(name, i)) fail(`mismatched </…> for <${name}>`)
        i += name.length
        skipSpace()
        expect('>')
        break
      } else if (xml[i] === '<') {
        refuseDeclarations()
        const child = parseElement(depth + 1)
        hasChildren = true
        const prev = children[child.name]
        if (prev === undefined) children[child.name] = child.value
        else if (Array.isArray(prev)) prev.push(child.value)
        else children[child.name] = [prev, child.value]
      } else {
        const next = xml.indexOf('<', i)
        const raw = xml.slice(i, next < 0 ? xml.length : next)
        i += raw.length
        parts.push({ text: decodeEntities(raw), cdata: false })
      }
    }
    if (hasChildren) return { name, value: children }
    if (hasCdata) return { name, value: parts.filter((p) => p.cdata || p.text.trim()).map((p) => p.text).join('') }
    return { name, value: parts.map((p) => p.text).join('').trim() }
  }

  skipSpace()
  if (xml.startsWith('<?xml', i)) {
    const end = xml.indexOf('?>', i)
    if (end < 0) fail('unterminated XML declaration')
    i = end + 2
  }
  for (;;) {
    skipSpace()
    if (xml.startsWith('<!--', i)) skipComment()
    else break
  }
  refuseDeclarations()
  const root = parseElement(1)
  if (root.name !== 'xml') fail('root element must be <xml>')
  skipSpace()
  if (i < xml.length) fail('content after </xml>')
  return typeof root.value === 'string' ? {} : (root.value as XmlObject)
}

/** The string-valued top-level fields of a parsed message (ToUserName, MsgType, Content, …). */
export function stringFields(message: XmlObject): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(message)) {
    if (typeof value === 'string') out[key] = value
  }
  return out
}

/** The string-valued top-level fields of a flat message (ToUserName, MsgType, Content, …). */
export function parseMessage(xml: string, opts?: ParseOptions): Record<string, string> {
  return stringFields(parseXml(xml, opts))
}

/** Characters XML 1.0 cannot carry at all (a citizen's text may contain them). */
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

function cdata(text: string): string {
  // "]]>" cannot appear inside CDATA: close, emit "]]", reopen.
  return `<![CDATA[${text.replace(INVALID_XML_CHARS, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
}

export type XmlInput = string | number | XmlInputObject | XmlInput[]
export interface XmlInputObject {
  [name: string]: XmlInput | undefined
}

function buildValue(name: string, value: XmlInput): string {
  if (!NAME.test(name) || NAME.exec(name)![0] !== name) throw new WeChatXmlError(`非法元素名 / bad element name ${name}`)
  if (Array.isArray(value)) return value.map((v) => buildValue(name, v)).join('')
  if (typeof value === 'number') return `<${name}>${value}</${name}>`
  if (typeof value === 'string') return `<${name}>${cdata(value)}</${name}>`
  return `<${name}>${buildChildren(value)}</${name}>`
}

function buildChildren(obj: XmlInputObject): string {
  return Object.entries(obj)
    .filter((entry): entry is [string, XmlInput] => entry[1] !== undefined)
    .map(([k, v]) => buildValue(k, v))
    .join('')
}

/** `<xml>…</xml>` from an object: strings as CDATA, numbers plain, arrays as repeated elements. */
export function buildXml(fields: XmlInputObject): string {
  return `<xml>${buildChildren(fields)}</xml>`
}

export interface TextReply {
  /** The user's openid (FromUserName of the message being answered). */
  toUser: string
  /** The official account's id (ToUserName of the message being answered). */
  fromUser: string
  content: string
  /** Seconds since the epoch; defaults to now. */
  createTime?: number
}

/** The passive text reply, answered in the body of the callback response (within 5 s). */
export function buildTextReply(reply: TextReply): string {
  return buildXml({
    ToUserName: reply.toUser,
    FromUserName: reply.fromUser,
    CreateTime: reply.createTime ?? Math.floor(Date.now() / 1000),
    MsgType: 'text',
    Content: reply.content,
  })
}

export interface PublishEvent {
  publish_id: string
  publish_status: number
  article_id?: string
  article_urls: string[]
  fail_idx: number[]
}

const list = (v: XmlValue | undefined): XmlValue[] => (v === undefined ? [] : Array.isArray(v) ? v : [v])
const str = (v: XmlValue | undefined): string | undefined => (typeof v === 'string' ? v.trim() : undefined)

/** Reads a PUBLISHJOBFINISH event (parsed with parseXml); null when the message is something else. */
export function publishEventFrom(message: XmlObject): PublishEvent | null {
  if (str(message.MsgType) !== 'event' || str(message.Event) !== 'PUBLISHJOBFINISH') return null
  const info = message.PublishEventInfo
  if (!info || typeof info !== 'object' || Array.isArray(info)) return null
  const detail = info.article_detail
  const items = detail && typeof detail === 'object' && !Array.isArray(detail) ? list(detail.item) : []
  return {
    publish_id: str(info.publish_id) ?? '',
    publish_status: Number(str(info.publish_status)),
    article_id: str(info.article_id) || undefined,
    article_urls: items
      .map((item) => (item && typeof item === 'object' && !Array.isArray(item) ? str(item.article_url) : undefined))
      .filter((u): u is string => !!u),
    fail_idx: list(info.fail_idx).map((v) => Number(str(v))).filter(Number.isFinite),
  }
}
