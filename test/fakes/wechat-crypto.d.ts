/** Types for wechat-crypto 0.0.2 (node-webot), which ships none. Used by tests and the fake server only. */
declare module 'wechat-crypto' {
  class WXBizMsgCrypt {
    constructor(token: string, encodingAESKey: string, id: string)
    token: string
    id: string
    key: Buffer
    iv: Buffer
    /** sha1 of sort([token, timestamp, nonce, encrypt]).join('') */
    getSignature(timestamp: string, nonce: string, encrypt: string): string
    /** base64 ciphertext -> { message: the XML, id: the AppID found inside } */
    decrypt(text: string): { message: string; id: string }
    /** XML -> base64 ciphertext */
    encrypt(text: string): string
  }
  export = WXBizMsgCrypt
}
