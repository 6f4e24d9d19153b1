import type { CollectionBeforeChangeHook } from 'payload'

import { nextSequence } from '../../../src/publishing/sequence'
import { detectPii, maskPii } from '../../../src/text/pii'

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** 受理编号 a citizen can quote on the phone: FK + date (Beijing time) + a global sequence. */
export async function nextCaseNo(payload: Parameters<typeof nextSequence>[0], at: Date): Promise<string> {
  const seq = await nextSequence(payload, 'feedback-case')
  const bj = new Date(at.getTime() + 8 * 3600_000)
  const day = `${bj.getUTCFullYear()}${pad(bj.getUTCMonth() + 1, 2)}${pad(bj.getUTCDate(), 2)}`
  return `FK${day}${pad(seq, 6)}`
}

/**
 * Whatever path a case comes in by (intake services, an official logging a call in the admin),
 * it gets a case number and masked text before it is stored, so no view ever needs the original.
 */
export const prepareIntake: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  data.receivedAt ??= new Date().toISOString()
  data.caseNo ??= await nextCaseNo(req.payload, new Date(data.receivedAt))
  const text = typeof data.text === 'string' ? data.text : ''
  const findings = detectPii(text)
  data.maskedText = maskPii(text, findings)
  data.pii = findings.length > 0
  data.piiKinds = [...new Set(findings.map((f) => f.kind))]
  data.dedupKey ??= data.clientId ? `${data.channel}:${data.clientId}` : `${data.channel}:case:${data.caseNo}`
  return data
}
