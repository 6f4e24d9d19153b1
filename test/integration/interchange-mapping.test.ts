import { describe, expect, it } from 'vitest'

import {
  detectKind,
  formatInterchangeDate,
  fromDepartment,
  interchangePath,
  noticeBodyFromLexical,
  noticeBodyToLexical,
  parseInterchangeDate,
  toDepartmentData,
  toGuideData,
  toNoticeData,
} from '../../src/interchange'

const refs = { departments: new Map([['QHSPJ', 7]]), guides: new Map([['11371500MB0000101-XK-001', 3]]) }

describe('interchange dates (Asia/Shanghai)', () => {
  it('reads date-only validFrom as the start and validTo as the end of the day', () => {
    expect(parseInterchangeDate('2026-12-20', 'start')?.toISOString()).toBe('2026-12-19T16:00:00.000Z')
    expect(parseInterchangeDate('2026-12-31', 'end')?.toISOString()).toBe('2026-12-31T16:00:00.000Z')
    expect(parseInterchangeDate('2026-02-30', 'start')).toBeNull()
    expect(parseInterchangeDate('20.12.2026', 'start')).toBeNull()
  })

  it('accepts full datetimes, local time when no offset is given', () => {
    expect(parseInterchangeDate('2026-12-05T20:00:00+08:00', 'start')?.toISOString()).toBe('2026-12-05T12:00:00.000Z')
    expect(parseInterchangeDate('2026-12-05T20:00', 'end')?.toISOString()).toBe('2026-12-05T12:00:00.000Z')
    expect(parseInterchangeDate('2026-12-05T12:00:00Z', 'start')?.toISOString()).toBe('2026-12-05T12:00:00.000Z')
  })

  it('writes back the same strings', () => {
    for (const d of ['2026-12-20', '2027-01-01', '2028-02-29']) {
      for (const edge of ['start', 'end'] as const) expect(formatInterchangeDate(parseInterchangeDate(d, edge), edge)).toBe(d)
    }
    expect(formatInterchangeDate('2026-12-05T12:00:00.000Z', 'start')).toBe('2026-12-05T20:00:00+08:00')
    expect(formatInterchangeDate(null, 'end')).toBeNull()
  })
})

describe('interchange mapping', () => {
  it('maps a department and keeps phone rows the file does not carry', () => {
    const existing = { phones: [{ label: '咨询电话', number: '0539-1' }, { label: '传真', number: '0539-6100109' }] }
    const { data } = toDepartmentData({ code: 'QHSPJ', name: '清河市行政审批服务局', phone: '0539-6100100' }, existing)
    expect(data?.phones).toEqual([
      { label: '咨询电话', number: '0539-6100100' },
      { label: '传真', number: '0539-6100109' },
    ])
    expect(fromDepartment(data!)).toEqual({ code: 'QHSPJ', name: '清河市行政审批服务局', shortName: '', phone: '0539-6100100', keywords: [] })
  })

  it('accepts English select values as well as Chinese labels', () => {
    const { data, errors } = toGuideData(
      {
        code: '11371500MB0000101-XK-009',
        title: '测试事项',
        department: 'QHSPJ',
        itemType: 'licensing',
        conditions: ['无'],
        materials: [{ name: '申请书', form: 'e_licence' }],
        steps: [{ name: '申请' }],
        promisedLimitDays: 1,
        onlineDepth: 2,
        summary: '简介',
      },
      refs,
    )
    expect(errors).toEqual([])
    expect(data).toMatchObject({ itemType: 'licensing', department: 7, onlineDepth: '2', audience: 'personal', materials: [{ form: 'e_licence', copies: 1 }] })
  })

  it('names every bad field in Chinese and English', () => {
    const { data, errors } = toGuideData({ code: 1, title: '', department: 'QHSPJ', itemType: '行政审批', materials: 'x', onlineDepth: 5 }, refs)
    expect(data).toBeUndefined()
    expect(errors).toEqual(
      expect.arrayContaining([
        'code: 应为文本 / must be a string',
        'title: 必填 / is required',
        expect.stringMatching(/^itemType: 未知事项类型「行政审批」/),
        'materials: 应为数组 / must be an array',
        'onlineDepth: 应在 1 到 4 之间 / must be between 1 and 4',
        'summary: 必填 / is required',
      ]),
    )
    expect(toNoticeData('not an object', refs).errors).toEqual(['(记录 record): 应为 JSON 对象 / must be a JSON object'])
  })

  it('stores notice paragraphs as paragraphs and writes them back with blank lines', () => {
    const body = '第一段。\n\n第二段。\n第三段。'
    const lexical = noticeBodyToLexical(body)
    expect(lexical.root.children).toHaveLength(3)
    expect(noticeBodyFromLexical(lexical)).toBe('第一段。\n\n第二段。\n\n第三段。')
  })

  it('translates Payload error paths to interchange paths', () => {
    expect(interchangePath('guides', 'legalBasis.0.text')).toBe('basis[1]')
    expect(interchangePath('guides', 'faq.2.answer')).toBe('faq[3].a')
    expect(interchangePath('guides', 'materials.1.note')).toBe('materials[2].note')
    expect(interchangePath('departments', 'phones.0.number')).toBe('phone')
  })

  it('detects a file kind from the shape of most of its records', () => {
    expect(detectKind([{ code: 'A', name: 'x' }])).toBe('departments')
    expect(detectKind([{ code: 'A', title: 'x' }, { code: 'B', title: 'y', materials: [] }, { foo: 1 }])).toBe('guides')
    expect(detectKind([{ slug: 'a', validFrom: '2026-01-01' }])).toBe('notices')
    expect(detectKind([{ foo: 1 }], '/data/notices.json')).toBe('notices')
    expect(detectKind([{ foo: 1 }])).toBeNull()
  })
})
