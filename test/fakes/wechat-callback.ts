import { randomBytes } from 'node:crypto'

import WXBizMsgCrypt from 'wechat-crypto'

/**
 * WeChat's side of the callback URL, for tests: messages and events as WeChat sends them, signed
 * and (in safe mode) encrypted by the npm package wechat-crypto, never by channels/wechat, so the
 * hub's receiver is checked against an independent implementation.
 */

export interface CallbackTarget {
  /** The hub's callback URL. */
  url: string
  /** The Token configured in the WeChat console. */
  token: string
  appId: string
  /** Set for safe mode (encrypt_type=aes); plain mode without it. */
  encodingAESKey?: string
}

export interface PushResult {
  status: number
  body: string
  /** How many tries it took (WeChat tries three times, 5 s each). */
  attempts: number
}

const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
const nowSeconds = () => Math.floor(Date.now() / 1000)

export interface MessageBase {
  /** The official account's id (gh_…). */
  account: string
  openid: string
  createTime?: number
}

export function userTextXml(m: MessageBase & { content: string; msgId: string | number }): string {
  return `<xml><ToUserName>${cdata(m.account)}</ToUserName><FromUserName>${cdata(m.openid)}</FromUserName><CreateTime>${m.createTime ?? nowSeconds()}</CreateTime><MsgType>${cdata('text')}</MsgType><Content>${cdata(m.content)}</Content><MsgId>${m.msgId}</MsgId></xml>`
}

export function userImageXml(m: MessageBase & { picUrl: string; mediaId: string; msgId: string | number }): string {
  return `<xml><ToUserName>${cdata(m.account)}</ToUserName><FromUserName>${cdata(m.openid)}</FromUserName><CreateTime>${m.createTime ?? nowSeconds()}</CreateTime><MsgType>${cdata('image')}</MsgType><PicUrl>${cdata(m.picUrl)}</PicUrl><MediaId>${cdata(m.mediaId)}</MediaId><MsgId>${m.msgId}</MsgId></xml>`
}

export function userVoiceXml(m: MessageBase & { mediaId: string; format?: string; recognition?: string; msgId: string | number }): string {
  return `<xml><ToUserName>${cdata(m.account)}</ToUserName><FromUserName>${cdata(m.openid)}</FromUserName><CreateTime>${m.createTime ?? nowSeconds()}</CreateTime><MsgType>${cdata('voice')}</MsgType><MediaId>${cdata(m.mediaId)}</MediaId><Format>${cdata(m.format ?? 'amr')}</Format><Recognition>${cdata(m.recognition ?? '')}</Recognition><MsgId>${m.msgId}</MsgId></xml>`
}

/** Events have no MsgId: receivers deduplicate them by FromUserName + CreateTime. */
export function userEventXml(m: MessageBase & { event: string; eventKey?: string }): string {
  const key = m.eventKey === undefined ? '' : `<EventKey>${cdata(m.eventKey)}</EventKey>`
  return `<xml><ToUserName>${cdata(m.account)}</ToUserName><FromUserName>${cdata(m.openid)}</FromUserName><CreateTime>${m.createTime ?? nowSeconds()}</CreateTime><MsgType>${cdata('event')}</MsgType><Event>${cdata(m.event)}</Event>${key}</xml>`
}

/** The query string and body WeChat would send for this message (signed; encrypted in safe mode). */
export function signedRequest(target: CallbackTarget, xml: string, opts: { timestamp?: string; nonce?: string; openid?: string } = {}) {
  const timestamp = opts.timestamp ?? String(nowSeconds())
  const nonce = opts.nonce ?? String(randomBytes(4).readUInt32BE(0))
  const crypt = new WXBizMsgCrypt(target.token, target.encodingAESKey ?? 'a'.repeat(43), target.appId)
  // getSignature sorts [token, timestamp, nonce, encrypt]: with encrypt '' it is the plain signature.
  const query = new URLSearchParams({ signature: crypt.getSignature(timestamp, nonce, ''), timestamp, nonce })
  if (opts.openid) query.set('openid', opts.openid)
  if (!target.encodingAESKey) return { query, body: xml }
  const encrypted = crypt.encrypt(xml)
  query.set('encrypt_type', 'aes')
  query.set('msg_signature', crypt.getSignature(timestamp, nonce, encrypted))
  const account = /<ToUserName><!\[CDATA\[([^\]]*)]]><\/ToUserName>/.exec(xml)?.[1] ?? ''
  return { query, body: `<xml><ToUserName>${cdata(account)}</ToUserName><Encrypt>${cdata(encrypted)}</Encrypt></xml>` }
}

/**
 * POSTs a message to the callback URL the way WeChat does: waits `timeoutMs` (5 s) for an answer,
 * and on no answer tries again, `tries` (3) times in all. Each try is signed afresh.
 */
export async function pushToCallback(
  target: CallbackTarget,
  xml: string,
  opts: { timeoutMs?: number; tries?: number; openid?: string } = {},
): Promise<PushResult> {
  const tries = opts.tries ?? 3
  let lastError: unknown
  for (let attempt = 1; attempt <= tries; attempt++) {
    const { query, body } = signedRequest(target, xml, { openid: opts.openid })
    const url = `${target.url}${target.url.includes('?') ? '&' : '?'}${query}`
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'text/xml; charset=utf-8' },
        body,
        signal: AbortSignal.timeout(opts.timeoutMs ?? 5000),
      })
      return { status: res.status, body: await res.text(), attempts: attempt }
    } catch (err) {
      lastError = err
    }
  }
  throw new Error(`callback did not answer after ${tries} tries: ${(lastError as Error)?.message}`)
}

/** Opens a safe-mode reply (Encrypt/MsgSignature/TimeStamp/Nonce) with wechat-crypto; throws if forged. */
export function openEncryptedReply(target: CallbackTarget & { encodingAESKey: string }, replyXml: string): string {
  const field = (name: string) => new RegExp(`<${name}>(?:<!\\[CDATA\\[([^\\]]*)]]>|([^<]*))</${name}>`).exec(replyXml)
  const pick = (name: string) => {
    const m = field(name)
    return m ? (m[1] ?? m[2] ?? '') : ''
  }
  const crypt = new WXBizMsgCrypt(target.token, target.encodingAESKey, target.appId)
  const encrypted = pick('Encrypt')
  if (crypt.getSignature(pick('TimeStamp'), pick('Nonce'), encrypted) !== pick('MsgSignature')) throw new Error('reply MsgSignature does not match')
  const { message, id } = crypt.decrypt(encrypted)
  if (id !== target.appId) throw new Error(`reply encrypted for another AppID: ${id}`)
  return message
}

/**
 * Reads a passive text reply the way WeChat takes it: exactly ToUserName, FromUserName, CreateTime
 * (digits), MsgType text and Content, strings in CDATA (a "]]>" split across sections is joined).
 * Written apart from channels/wechat/xml.ts; throws on anything else.
 */
export function readTextReply(xml: string): Record<'ToUserName' | 'FromUserName' | 'CreateTime' | 'MsgType' | 'Content', string> {
  const inner = /^<xml>([\s\S]*)<\/xml>$/.exec(xml)?.[1]
  if (inner === undefined) throw new Error(`reply is not <xml>…</xml>: ${xml.slice(0, 80)}`)
  const fields: Record<string, string> = {}
  const element = /<(\w+)>((?:<!\[CDATA\[[\s\S]*?]]>)+|\d+)<\/\1>/y
  for (let m = element.exec(inner); m; m = element.exec(inner)) {
    if (m[1]! in fields) throw new Error(`repeated <${m[1]}>`)
    fields[m[1]!] = m[2]!.startsWith('<![CDATA[') ? [...m[2]!.matchAll(/<!\[CDATA\[([\s\S]*?)]]>/g)].map((c) => c[1]).join('') : m[2]!
    if (element.lastIndex === inner.length) break
  }
  if (element.lastIndex !== inner.length) throw new Error(`unexpected content in reply at ${element.lastIndex}: ${inner.slice(element.lastIndex, element.lastIndex + 40)}`)
  const names = Object.keys(fields).sort().join(',')
  if (names !== 'Content,CreateTime,FromUserName,MsgType,ToUserName') throw new Error(`reply elements ${names}`)
  if (fields.MsgType !== 'text') throw new Error(`reply MsgType ${fields.MsgType}`)
  return fields as Record<'ToUserName' | 'FromUserName' | 'CreateTime' | 'MsgType' | 'Content', string>
}
