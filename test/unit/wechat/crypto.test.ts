import { createHash, randomBytes } from 'node:crypto'

import WXBizMsgCrypt from 'wechat-crypto'
import { describe, expect, it } from 'vitest'

import {
  WeChatCryptoError,
  aesKey,
  buildEncryptedReply,
  decrypt,
  encrypt,
  msgSignature,
  openEncryptedBody,
  signature,
  verifyMsgSignature,
  verifySignature,
} from '../../../channels/wechat/crypto'
import { buildTextReply, parseMessage } from '../../../channels/wechat/xml'
import { openEncryptedReply, signedRequest, userTextXml } from '../../fakes/wechat-callback'

// wechat-crypto (node-webot) is the independent reference: every check below runs against it.
const TOKEN = 'omnihubToken2024'
const APP_ID = 'wx5823bf96d3bd56c7'
const newKey = () => randomBytes(32).toString('base64').slice(0, 43)
const KEY = newKey()
const reference = (key = KEY, appId = APP_ID) => new WXBizMsgCrypt(TOKEN, key, appId)

const MESSAGE = userTextXml({ account: 'gh_0123456789ab', openid: 'oUser_openid_1', content: '办证大厅排队太久了😡 <请> & "处理"', msgId: '6054768590064713728', createTime: 1700000000 })

describe('signatures', () => {
  it('signature matches wechat-crypto and the documented formula', () => {
    const expected = reference().getSignature('1409659813', '1372623149', '')
    expect(signature(TOKEN, '1409659813', '1372623149')).toBe(expected)
    expect(expected).toBe(createHash('sha1').update([TOKEN, '1409659813', '1372623149'].sort().join('')).digest('hex'))
    expect(verifySignature(TOKEN, '1409659813', '1372623149', expected)).toBe(true)
    expect(verifySignature(TOKEN, '1409659813', '1372623149', expected.toUpperCase())).toBe(true)
  })

  it('verifySignature rejects wrong, truncated and missing signatures', () => {
    const good = signature(TOKEN, '1409659813', '1372623149')
    expect(verifySignature(TOKEN, '1409659814', '1372623149', good)).toBe(false)
    expect(verifySignature('otherToken', '1409659813', '1372623149', good)).toBe(false)
    expect(verifySignature(TOKEN, '1409659813', '1372623149', good.slice(0, 39))).toBe(false)
    expect(verifySignature(TOKEN, '1409659813', '1372623149', '')).toBe(false)
    expect(verifySignature(TOKEN, '1409659813', '1372623149', null)).toBe(false)
  })

  it('msg_signature equals wechat-crypto getSignature', () => {
    const encrypted = reference().encrypt(MESSAGE)
    const expected = reference().getSignature('1700000000', 'abc123', encrypted)
    expect(msgSignature(TOKEN, '1700000000', 'abc123', encrypted)).toBe(expected)
    expect(verifyMsgSignature(TOKEN, '1700000000', 'abc123', encrypted, expected)).toBe(true)
    expect(verifyMsgSignature(TOKEN, '1700000000', 'abc124', encrypted, expected)).toBe(false)
  })
})

describe('AES (safe mode)', () => {
  it('decrypts what wechat-crypto encrypted', () => {
    expect(decrypt(KEY, reference().encrypt(MESSAGE), APP_ID)).toBe(MESSAGE)
  })

  it('wechat-crypto decrypts what we encrypted, with our AppID inside', () => {
    const { message, id } = reference().decrypt(encrypt(KEY, MESSAGE, APP_ID))
    expect(message).toBe(MESSAGE)
    expect(id).toBe(APP_ID)
  })

  it('round-trips every padding length (1..32 bytes of PKCS#7 pad on 32-byte blocks)', () => {
    for (let n = 0; n <= 70; n++) {
      const xml = `<xml>${n % 2 ? 'x'.repeat(n) : '字'.repeat(n)}</xml>`
      expect(decrypt(KEY, reference().encrypt(xml), APP_ID)).toBe(xml)
      expect(reference().decrypt(encrypt(KEY, xml, APP_ID)).message).toBe(xml)
    }
  })

  it('accepts [current, previous] keys during a rotation', () => {
    const previous = KEY
    const current = newKey()
    const oldMessage = reference(previous).encrypt(MESSAGE)
    const newMessage = reference(current).encrypt(MESSAGE)
    expect(decrypt([current, previous], oldMessage, APP_ID)).toBe(MESSAGE)
    expect(decrypt([current, previous], newMessage, APP_ID)).toBe(MESSAGE)
    expect(() => decrypt([current], oldMessage, APP_ID)).toThrow(WeChatCryptoError)
  })

  it('refuses a message for another AppID', () => {
    const foreign = reference(KEY, 'wx0000000000000000').encrypt(MESSAGE)
    expect(() => decrypt(KEY, foreign, APP_ID)).toThrow(/AppID/)
  })

  it('refuses a tampered payload: the signature catches every change, decrypt catches the tail', () => {
    const encrypted = reference().encrypt(MESSAGE)
    const timestamp = '1700000000'
    const nonce = '99'
    const sig = msgSignature(TOKEN, timestamp, nonce, encrypted)
    const bytes = Buffer.from(encrypted, 'base64')
    const account = { token: TOKEN, encodingAESKeys: [KEY], appId: APP_ID }
    for (const at of [0, 20, bytes.length - 20, bytes.length - 1]) {
      const tampered = Buffer.from(bytes)
      tampered[at]! ^= 0x01
      const body = `<xml><ToUserName><![CDATA[gh]]></ToUserName><Encrypt><![CDATA[${tampered.toString('base64')}]]></Encrypt></xml>`
      expect(() => openEncryptedBody(body, { timestamp, nonce, msg_signature: sig }, account)).toThrow(/msg_signature/)
    }
    // CBC has no MAC: a flip in the last block breaks the pad or the AppID, which decrypt checks.
    const tail = Buffer.from(bytes)
    tail[tail.length - 1]! ^= 0x01
    expect(() => decrypt(KEY, tail.toString('base64'), APP_ID)).toThrow(WeChatCryptoError)
    expect(() => decrypt(KEY, 'not base64!', APP_ID)).toThrow(WeChatCryptoError)
    expect(() => decrypt(KEY, bytes.subarray(0, 40).toString('base64'), APP_ID)).toThrow(/multiple of 16/)
  })

  it('refuses an EncodingAESKey that is not 43 base64 characters', () => {
    expect(aesKey(KEY)).toHaveLength(32)
    expect(() => aesKey(KEY.slice(1))).toThrow(WeChatCryptoError)
    expect(() => encrypt(`${KEY.slice(0, 42)}!`, MESSAGE, APP_ID)).toThrow(WeChatCryptoError)
  })
})

describe('safe-mode envelopes', () => {
  it('opens a callback body signed and encrypted by wechat-crypto', () => {
    const { query, body } = signedRequest({ url: 'http://unused', token: TOKEN, appId: APP_ID, encodingAESKey: KEY }, MESSAGE)
    expect(query.get('encrypt_type')).toBe('aes')
    expect(verifySignature(TOKEN, query.get('timestamp')!, query.get('nonce')!, query.get('signature'))).toBe(true)
    const xml = openEncryptedBody(body, { timestamp: query.get('timestamp'), nonce: query.get('nonce'), msg_signature: query.get('msg_signature') }, { token: TOKEN, encodingAESKeys: [newKey(), KEY], appId: APP_ID })
    expect(parseMessage(xml)).toMatchObject({ MsgType: 'text', FromUserName: 'oUser_openid_1', Content: '办证大厅排队太久了😡 <请> & "处理"', MsgId: '6054768590064713728' })
  })

  it('refuses a body whose msg_signature was made with another token', () => {
    const { query, body } = signedRequest({ url: 'http://unused', token: 'attackerToken', appId: APP_ID, encodingAESKey: KEY }, MESSAGE)
    expect(() => openEncryptedBody(body, { timestamp: query.get('timestamp'), nonce: query.get('nonce'), msg_signature: query.get('msg_signature') }, { token: TOKEN, encodingAESKeys: KEY, appId: APP_ID })).toThrow(WeChatCryptoError)
    expect(() => openEncryptedBody('<xml><Content>x</Content></xml>', { timestamp: '1', nonce: '2', msg_signature: 'x' }, { token: TOKEN, encodingAESKeys: KEY, appId: APP_ID })).toThrow(/Encrypt/)
  })

  it('builds an encrypted reply that wechat-crypto opens and verifies', () => {
    const reply = buildTextReply({ toUser: 'oUser_openid_1', fromUser: 'gh_0123456789ab', content: '已收到，我们将在 3 个工作日内答复。', createTime: 1700000001 })
    const envelope = buildEncryptedReply({ token: TOKEN, encodingAESKey: KEY, appId: APP_ID, xml: reply, timestamp: '1700000001', nonce: 'n0nce' })
    expect(envelope).toMatch(/^<xml><Encrypt><!\[CDATA\[[A-Za-z0-9+/=]+]]><\/Encrypt><MsgSignature><!\[CDATA\[[0-9a-f]{40}]]><\/MsgSignature><TimeStamp><!\[CDATA\[1700000001]]><\/TimeStamp><Nonce><!\[CDATA\[n0nce]]><\/Nonce><\/xml>$/)
    expect(openEncryptedReply({ url: 'http://unused', token: TOKEN, appId: APP_ID, encodingAESKey: KEY }, envelope)).toBe(reply)
  })
})
