import type { ChannelRecord } from '../../types'
import { WeChatCryptoError, decrypt, verifyMsgSignature } from '../crypto'
import { WeChatXmlError, parseXml, stringFields, type XmlObject } from '../xml'
import { MAX_BODY_BYTES, type SignedQuery } from './request'
import { CallbackError, plainSealer, safeSealer, type ReplySealer } from './respond'

/** The account settings the callback needs, read from the channel record. */
export interface CallbackAccount {
  token: string
  appId: string
  /** Current EncodingAESKey first, the previous one after it (rotation). Empty: plain mode. */
  encodingAESKeys: string[]
}

/**
 * The mode is the channel's: with an EncodingAESKey it is in safe mode and accepts only encrypted
 * messages (a plain body would bypass msg_signature, the only signature that covers the body).
 * `encodingAESKeyPrevious` is read when the record has it (see docs/wechat.md, key rotation).
 */
export function accountOf(channel: ChannelRecord): CallbackAccount {
  const w = (channel.wechat ?? {}) as NonNullable<ChannelRecord['wechat']> & { encodingAESKeyPrevious?: string | null }
  const token = w.token?.trim()
  if (!token) throw new CallbackError(503, '公众号渠道未配置服务器 Token，无法校验签名', 'the channel has no callback Token: signatures cannot be checked', 'wechat.token')
  const encodingAESKeys = [w.encodingAESKey, w.encodingAESKeyPrevious].map((k) => k?.trim() ?? '').filter(Boolean)
  const appId = w.appId?.trim() ?? ''
  if (encodingAESKeys.length && !appId) {
    throw new CallbackError(503, '公众号渠道已配置 EncodingAESKey 但未配置 AppID，无法解密', 'the channel has an EncodingAESKey but no AppID: cannot decrypt', 'wechat.appId')
  }
  return { token, appId, encodingAESKeys }
}

export interface OpenedMessage {
  /** The message as parsed (nested for PUBLISHJOBFINISH). */
  message: XmlObject
  /** Its string-valued top-level fields. */
  fields: Record<string, string>
  safe: boolean
  sealer: ReplySealer
}

function parse(xml: string, what: { zh: string; en: string }): XmlObject {
  try {
    return parseXml(xml, { maxLength: MAX_BODY_BYTES })
  } catch (err) {
    if (err instanceof WeChatXmlError) throw new CallbackError(400, `${what.zh}不是有效的 XML`, `${what.en} is not valid XML (${err.message.split(' / ').pop()})`, 'body')
    throw err
  }
}

/**
 * Turns an authenticated request's body into the message: in safe mode checks msg_signature over
 * <Encrypt> (AES-CBC has no MAC: without it a flipped bit changes the XML unnoticed) and decrypts
 * with the current or previous key. Throws CallbackError (400 malformed, 403 forged, 503 config).
 */
export function openMessage(body: string, query: SignedQuery, account: CallbackAccount): OpenedMessage {
  const outer = parse(body, { zh: '消息', en: 'the body' })
  const encrypted = typeof outer.Encrypt === 'string' ? outer.Encrypt.trim() : ''
  if (!account.encodingAESKeys.length) {
    if (typeof outer.MsgType !== 'string' && encrypted) {
      throw new CallbackError(503, '收到加密消息，但本渠道未配置 EncodingAESKey', 'encrypted message, but the channel has no EncodingAESKey', 'wechat.encodingAESKey')
    }
    return { message: outer, fields: stringFields(outer), safe: false, sealer: plainSealer }
  }
  if (query.encryptType !== 'aes' || !encrypted) {
    throw new CallbackError(403, '本公众号已启用安全模式，拒绝未加密的消息', 'the account is in safe mode: unencrypted messages are refused', 'encrypt_type')
  }
  if (!verifyMsgSignature(account.token, query.timestamp, query.nonce, encrypted, query.msgSignature)) {
    throw new CallbackError(403, 'msg_signature 校验失败，消息可能被篡改', 'msg_signature does not match: the message may have been altered', 'msg_signature')
  }
  let xml: string
  try {
    xml = decrypt(account.encodingAESKeys, encrypted, account.appId)
  } catch (err) {
    if (err instanceof WeChatCryptoError) throw new CallbackError(403, '无法解密：EncodingAESKey 或 AppID 不符', 'cannot decrypt <Encrypt>: wrong EncodingAESKey or AppID', 'Encrypt')
    throw err
  }
  const message = parse(xml, { zh: '解密后的消息', en: 'the decrypted message' })
  const sealer = safeSealer({ token: account.token, encodingAESKey: account.encodingAESKeys[0]!, appId: account.appId })
  return { message, fields: stringFields(message), safe: true, sealer }
}
