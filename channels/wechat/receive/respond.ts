import { buildEncryptedReply } from '../crypto'
import { buildTextReply } from '../xml'

/**
 * The answers the callback gives. WeChat shows a follower "该公众号暂时无法提供服务" for anything but
 * `success`, an empty 200 or a reply XML, and retries (3 tries, 5 s each) when there is no 2xx;
 * refusals are therefore only for requests that are not WeChat's, and 5xx only when nothing was
 * stored, so the retry can store it.
 */

const NO_STORE = { 'cache-control': 'no-store' }

/** A refusal with the project's bilingual error shape; nothing was stored. */
export class CallbackError extends Error {
  constructor(
    readonly status: number,
    readonly zh: string,
    readonly en: string,
    readonly field: string | null = null,
  ) {
    super(`${zh} / ${en}`)
    this.name = 'CallbackError'
  }
}

export function errorResponse(err: CallbackError): Response {
  return Response.json({ errors: [{ message: err.message, field: err.field }] }, { status: err.status, headers: NO_STORE })
}

export function success(): Response {
  return new Response('success', { status: 200, headers: { ...NO_STORE, 'content-type': 'text/plain; charset=utf-8' } })
}

/** How replies leave: as plain XML, or (safe mode) inside the encrypted envelope. */
export interface ReplySealer {
  seal(xml: string): string
}

export const plainSealer: ReplySealer = { seal: (xml) => xml }

export function safeSealer(account: { token: string; encodingAESKey: string; appId: string }): ReplySealer {
  return { seal: (xml) => buildEncryptedReply({ ...account, xml }) }
}

/** A passive text reply to the follower who wrote `message` (From/To swapped). */
export function textReply(message: Record<string, string>, content: string, sealer: ReplySealer): Response {
  const xml = buildTextReply({ toUser: message.FromUserName ?? '', fromUser: message.ToUserName ?? '', content })
  return new Response(sealer.seal(xml), { status: 200, headers: { ...NO_STORE, 'content-type': 'application/xml; charset=utf-8' } })
}
