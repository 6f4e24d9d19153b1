import type { TextField } from 'payload'

/** Landlines with area code, mobiles, and short service numbers such as 12345. */
export const PHONE_PATTERN = /^(\d{3,4}-\d{7,8}(-\d{1,6})?|1[3-9]\d{9}|\d{5,6}|400-?\d{3}-?\d{4})$/

export function validatePhone(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  return typeof value === 'string' && PHONE_PATTERN.test(value.trim())
    ? true
    : '电话号码格式不正确，例如 0531-80001000 / Phone number must look like 0531-80001000'
}

export const phoneField = (name: string, label: string): TextField => ({
  name,
  label,
  type: 'text',
  validate: (value: unknown) => validatePhone(value),
})
