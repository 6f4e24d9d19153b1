import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto'

import { buildXml, parseXml } from './xml'

/**
 * WeChat's callback signatures and "safe mode" message encryption (消息加解密), per
 * docs/wechat.md and the official WXBizMsgCrypt samples:
 * - signature     = sha1(sort([token, timestamp, nonce]).join(''))            (every callback)
 * - msg_signature = sha1(sort([token, timestamp, nonce, Encrypt]).join(''))   (safe mode)
 * - Encrypt = base64(AES-256-CBC(key, iv = key[0..16], pkcs7_32(random16 + len32be + xml + appId)))
 *   with key = base64decode(EncodingAESKey + '=').
 */

export class WeChatCryptoError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WeChatCryptoError'
  }
}

/** WeChat pads to 32-byte blocks, not AES's 16: Node's automatic unpadding would reject it. */
const BLOCK = 32

function sha1Sorted(parts: string[]): string {
  return createHash('sha1').update([...parts].sort().join('')).digest('hex')
}

/** Constant-time comparison of two hex digests (case-insensitive). */
function sameHex(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(expected.toLowerCase())
  const b = Buffer.from(given.toLowerCase())
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The `signature` WeChat puts on every callback (URL check and plain-mode messages). */
export function signature(token: string, timestamp: string, nonce: string): string {
  return sha1Sorted([token, timestamp, nonce])
}

export function verifySignature(token: string, timestamp: string, nonce: string, given: string | null | undefined): boolean {
  return sameHex(signature(token, String(timestamp ?? ''), String(nonce ?? '')), given)
}

/** The `msg_signature` of a safe-mode message or reply. */
export function msgSignature(token: string, timestamp: string, nonce: string, encrypt: string): string {
  return sha1Sorted([token, timestamp, nonce, encrypt])
}

export function verifyMsgSignature(token: string, timestamp: string, nonce: string, encrypt: string, given: string | null | undefined): boolean {
  return sameHex(msgSignature(token, String(timestamp ?? ''), String(nonce ?? ''), encrypt), given)
}

/** The 32-byte AES key from the 43-character EncodingAESKey shown in the WeChat console. */
export function aesKey(encodingAESKey: string): Buffer {
  if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAESKey)) {
    throw new WeChatCryptoError('EncodingAESKey 必须是 43 个 base64 字符 / EncodingAESKey must be 43 base64 characters')
  }
  return Buffer.from(`${encodingAESKey}=`, 'base64')
}

/** Encrypts a message (an XML string) the way WeChat does; `random` is for tests only. */
export function encrypt(encodingAESKey: string, xml: string, appId: string, random: Buffer = randomBytes(16)): string {
  const key = aesKey(encodingAESKey)
  const body = Buffer.from(xml, 'utf8')
  const length = Buffer.alloc(4)
  length.writeUInt32BE(body.length, 0)
  const plain = Buffer.concat([random, length, body, Buffer.from(appId, 'utf8')])
  const pad = BLOCK - (plain.length % BLOCK)
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16))
  cipher.setAutoPadding(false)
  return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64')
}

/** One key's attempt; null when this key cannot have produced the payload. */
function tryDecrypt(encodingAESKey: string, data: Buffer, appId: string): string | null {
  const key = aesKey(encodingAESKey)
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16))
  decipher.setAutoPadding(false)
  const plain = Buffer.concat([decipher.update(data), decipher.final()])
  const pad = plain[plain.length - 1]!
  // A wrong key yields noise: check the whole pad, the length field and the app id, not one byte.
  if (pad < 1 || pad > BLOCK || pad > plain.length) return null
  for (let k = plain.length - pad; k < plain.length; k++) if (plain[k] !== pad) return null
  const unpadded = plain.subarray(0, plain.length - pad)
  if (unpadded.length < 20) return null
  const length = unpadded.readUInt32BE(16)
  if (20 + length > unpadded.length) return null
  const id = unpadded.subarray(20 + length).toString('utf8')
  if (id !== appId) return null
  return unpadded.subarray(20, 20 + length).toString('utf8')
}

/**
 * Decrypts an `Encrypt` value. Pass the current key first and the previous one after it, so
 * messages encrypted just before a key rotation still open. Throws WeChatCryptoError when no key
 * fits or the app id inside is not ours (a message for another account).
 */
export function decrypt(encodingAESKeys: string | readonly string[], encrypted: string, appId: string): string {
  const keys = (typeof encodingAESKeys === 'string' ? [encodingAESKeys] : encodingAESKeys).filter(Boolean)
  if (!keys.length) throw new WeChatCryptoError('未配置 EncodingAESKey / no EncodingAESKey configured')
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encrypted ?? '')) throw new WeChatCryptoError('密文不是 base64 / ciphertext is not base64')
  const data = Buffer.from(encrypted, 'base64')
  if (data.length === 0 || data.length % 16 !== 0) throw new WeChatCryptoError('密文长度错误 / ciphertext length is not a multiple of 16')
  for (const key of keys) {
    const xml = tryDecrypt(key, data, appId)
    if (xml !== null) return xml
  }
  throw new WeChatCryptoError('解密失败或 AppID 不符 / decryption failed or the AppID does not match')
}

export interface EncryptedReplyInput {
  token: string
  encodingAESKey: string
  appId: string
  /** The plain reply XML (e.g. from buildTextReply). */
  xml: string
  /** Seconds since the epoch, as a string; defaults to now. */
  timestamp?: string
  nonce?: string
}

/** The safe-mode envelope a reply is sent in: <xml><Encrypt/><MsgSignature/><TimeStamp/><Nonce/></xml>. */
export function buildEncryptedReply(input: EncryptedReplyInput): string {
  const timestamp = input.timestamp ?? String(Math.floor(Date.now() / 1000))
  const nonce = input.nonce ?? randomBytes(8).toString('hex')
  const encrypted = encrypt(input.encodingAESKey, input.xml, input.appId)
  return buildXml({
    Encrypt: encrypted,
    MsgSignature: msgSignature(input.token, timestamp, nonce, encrypted),
    TimeStamp: timestamp,
    Nonce: nonce,
  })
}

export interface SafeModeQuery {
  timestamp: string | null
  nonce: string | null
  msg_signature: string | null
}

/**
 * Opens a safe-mode callback body: checks msg_signature over its <Encrypt> and decrypts it.
 * Returns the inner message XML. Throws WeChatCryptoError (treat as 401/403, store nothing).
 */
export function openEncryptedBody(
  body: string,
  query: SafeModeQuery,
  account: { token: string; encodingAESKeys: string | readonly string[]; appId: string },
): string {
  let encrypted: string | undefined
  try {
    const value = parseXml(body).Encrypt
    encrypted = typeof value === 'string' ? value : undefined
  } catch {
    encrypted = undefined
  }
  if (!encrypted) throw new WeChatCryptoError('缺少 Encrypt / no <Encrypt> in the body')
  if (!verifyMsgSignature(account.token, query.timestamp ?? '', query.nonce ?? '', encrypted, query.msg_signature)) {
    throw new WeChatCryptoError('msg_signature 校验失败 / msg_signature does not match')
  }
  return decrypt(account.encodingAESKeys, encrypted, account.appId)
}
