import type { CollectionBeforeChangeHook } from 'payload'

/** group -> secret field names; each has a write-only `<name>Input` beside it. */
export const SECRET_FIELDS: Record<string, string[]> = {
  wechat: ['appSecret', 'token', 'encodingAESKey'],
  webhook: ['secret'],
}

/**
 * Copies a non-empty write-only input into its hidden field. An empty input keeps the stored
 * secret, so saving the form never wipes a secret the editor cannot see.
 */
export const storeWriteOnlySecrets: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  for (const [group, names] of Object.entries(SECRET_FIELDS)) {
    const incoming = (data[group] ?? {}) as Record<string, unknown>
    const stored = (originalDoc?.[group] ?? {}) as Record<string, unknown>
    const next: Record<string, unknown> = { ...incoming }
    for (const name of names) {
      const input = incoming[`${name}Input`]
      next[name] = typeof input === 'string' && input.trim() ? input.trim() : (stored[name] ?? incoming[name] ?? null)
      delete next[`${name}Input`]
    }
    // A new EncodingAESKey keeps the one it replaces, so messages in flight during the switch open.
    if (group === 'wechat' && stored.encodingAESKey && next.encodingAESKey !== stored.encodingAESKey) {
      next.encodingAESKeyPrevious = stored.encodingAESKey
    } else if (group === 'wechat') {
      next.encodingAESKeyPrevious = stored.encodingAESKeyPrevious ?? null
    }
    data[group] = next
  }
  return data
}
