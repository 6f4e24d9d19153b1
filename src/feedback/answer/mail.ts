import type { Payload } from 'payload'

/** The hub's sender address, as the mail adapter was configured (MAIL_FROM). */
export function hubFromAddress(payload: Payload): string {
  const adapter = payload.email as unknown as { defaultFromAddress?: string } | undefined
  return adapter?.defaultFromAddress || process.env.MAIL_FROM || 'omnihub@localhost'
}

export interface OutgoingMail {
  to: string
  subject: string
  text: string
  messageId?: string
  inReplyTo?: string
  references?: string[]
}

/** Sends through Payload's adapter (nodemailer), which passes Message-ID and threading headers on as given. */
export async function sendMail(payload: Payload, mail: OutgoingMail): Promise<void> {
  await payload.sendEmail(mail as unknown as Parameters<Payload['sendEmail']>[0])
}
