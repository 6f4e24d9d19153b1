import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'
import nodemailer from 'nodemailer'

export interface EmailOptions {
  /** smtp://user:pass@host:port — unset means "write mail to the log", never a public test service. */
  smtpUrl?: string
  from?: string
}

export function emailAdapter(opts: EmailOptions = {}): Promise<EmailAdapter> {
  const smtpUrl = opts.smtpUrl ?? process.env.SMTP_URL
  const transport = smtpUrl
    ? nodemailer.createTransport(smtpUrl)
    : nodemailer.createTransport({ jsonTransport: true })
  return nodemailerAdapter({
    defaultFromAddress: opts.from ?? process.env.MAIL_FROM ?? 'omnihub@localhost',
    defaultFromName: process.env.MAIL_FROM_NAME ?? '政务融媒体中枢',
    transport,
    skipVerify: true,
  }) as unknown as Promise<EmailAdapter>
}
