import type { TextField } from 'payload'

export function validateHttpUrl(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  try {
    const url = new URL(String(value))
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    /* fall through */
  }
  return '链接应为 http(s):// 开头的完整网址 / Must be a full http(s):// URL'
}

export const urlField = (name: string, label: string, extra: Partial<TextField> = {}): TextField =>
  ({ name, label, type: 'text', validate: (value: unknown) => validateHttpUrl(value), ...extra }) as TextField
