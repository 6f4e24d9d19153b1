import type { TextField } from 'payload'

/**
 * 事项编码: the implementing body's 17-18 character code, the item-type code, and a 3-digit serial,
 * e.g. 11370100MB0000101-XK-001 (GB/T 39554.1-2020 style). The key every channel keys content by.
 */
export const ITEM_CODE_PATTERN = /^[0-9A-Z]{17,18}-[A-Z]{2}-\d{3}$/

/** Item types with their code letters. */
export const ITEM_TYPES = [
  { value: 'licensing', code: 'XK', label: '行政许可' },
  { value: 'penalty', code: 'CF', label: '行政处罚' },
  { value: 'enforcement', code: 'QZ', label: '行政强制' },
  { value: 'levy', code: 'ZS', label: '行政征收' },
  { value: 'benefit', code: 'JF', label: '行政给付' },
  { value: 'inspection', code: 'JC', label: '行政检查' },
  { value: 'confirmation', code: 'QR', label: '行政确认' },
  { value: 'reward', code: 'JL', label: '行政奖励' },
  { value: 'adjudication', code: 'CJ', label: '行政裁决' },
  { value: 'other_power', code: 'QT', label: '其他行政权力' },
  { value: 'public_service', code: 'GG', label: '公共服务' },
] as const

export function validateItemCode(value: unknown): true | string {
  if (typeof value !== 'string' || !value.trim()) return '请填写事项编码 / Item code is required'
  if (!ITEM_CODE_PATTERN.test(value)) {
    return '事项编码格式不正确，应如 11370100MB0000101-XK-001 / Item code must look like 11370100MB0000101-XK-001'
  }
  const typeCode = value.split('-')[1]
  if (!ITEM_TYPES.some((t) => t.code === typeCode)) {
    return `事项类型代码 ${typeCode} 无效 / Unknown item type code ${typeCode}`
  }
  return true
}

export const itemCodeField = (): TextField => ({
  name: 'code',
  label: '事项编码',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  admin: { description: '格式：实施主体编码-事项类型代码-序号，例如 11370100MB0000101-XK-001' },
  validate: (value: unknown) => validateItemCode(value),
})
