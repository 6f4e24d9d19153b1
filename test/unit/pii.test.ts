import { describe, expect, it } from 'vitest'

import { detectPii, isValidIdCard, luhnValid, maskDeep, maskPii } from '../../src/text/pii'

// Numbers made for these tests: valid check digits, not real people.
const ID = '110105199003071239'
const CARD = '6222021234567890128'

describe('ID card numbers (GB 11643, MOD 11-2)', () => {
  it('validates the check digit and the birth date', () => {
    expect(isValidIdCard(ID)).toBe(true)
    expect(isValidIdCard('110105199003071236')).toBe(false)
    expect(isValidIdCard('110105199002301234')).toBe(false) // 30 February
    expect(isValidIdCard('11010519900307123x')).toBe(false)
  })

  it('finds valid numbers anywhere and mistyped ones only when labelled', () => {
    expect(detectPii(`我的号码${ID}请查`).map((f) => f.kind)).toEqual(['id_card'])
    expect(detectPii('身份证号：110105199003071236').map((f) => f.kind)).toEqual(['id_card'])
    expect(detectPii('批次110105199003071236').map((f) => f.kind)).not.toContain('id_card')
    expect(maskPii(`身份证${ID}。`)).toBe('身份证110***********1239。')
  })

  it('reads full-width digits typed on phones', () => {
    const wide = ID.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    expect(detectPii(`证件${wide}`)[0].kind).toBe('id_card')
    expect(maskPii(`证件${wide}`)).not.toMatch(/[０-９]{5}/)
  })
})

describe('bank card numbers (Luhn)', () => {
  it('finds grouped and plain numbers that pass Luhn, labelled ones that do not', () => {
    expect(luhnValid(CARD)).toBe(true)
    expect(detectPii(`退到${CARD}吧`).map((f) => f.kind)).toEqual(['bank_card'])
    expect(detectPii('卡号 6222 0212 3456 7890 128 已核对').map((f) => f.kind)).toEqual(['bank_card'])
    expect(maskPii('卡号 6222 0212 3456 7890 128 已核对')).toBe('卡号 6222 **** **** ***0 128 已核对')
    expect(detectPii('收款账号6222021234567890127').map((f) => f.kind)).toEqual(['bank_card'])
  })

  it('leaves labelled reference numbers alone', () => {
    expect(detectPii('订单号6222021234567890128')).toEqual([])
  })
})

describe('phone numbers', () => {
  it('finds mobiles with separators or a country code, and landlines', () => {
    for (const t of ['电话13912345678', '电话 139 1234 5678', '电话139-1234-5678', '电话+86 139 1234 5678', '座机0531-88887777', '座机(010)66667777']) {
      expect(detectPii(t).map((f) => f.kind), t).toEqual(['phone'])
    }
    expect(maskPii('回电139-1234-5678')).toBe('回电139-****-5678')
    expect(maskPii('电话+86 139 1234 5678')).toBe('电话+86 139 **** 5678')
  })

  it('does not take hotline numbers, dates, amounts or already masked numbers for phones', () => {
    for (const t of ['拨打12345热线', '2026-11-09 10:22 来电', '补缴3200元', '138****6621打来的']) expect(detectPii(t), t).toEqual([])
  })
})

describe('email addresses', () => {
  it('finds addresses next to Chinese text and masks the local part', () => {
    expect(detectPii('邮箱zhang.san@example.com盼复').map((f) => f.value)).toEqual(['zhang.san@example.com'])
    expect(maskPii('请回复到 li_si@gov.example.cn 。')).toBe('请回复到 l***@gov.example.cn 。')
  })
})

describe('masking whole records', () => {
  it('masks every string inside nested values', () => {
    expect(maskDeep({ a: [`电话13912345678`], b: { c: `邮箱a@b.cn` }, n: 3 })).toEqual({ a: ['电话139****5678'], b: { c: '邮箱a***@b.cn' }, n: 3 })
  })
})
