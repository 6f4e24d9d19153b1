import { afterEach, describe, expect, it, vi } from 'vitest'
import { CHANNEL_KINDS } from '../../../channels/kinds'
import { checkLimits, render, renderAll, TEMPLATE_KINDS, templates } from '../../../templates'
import type { ChannelKind } from '../../../templates'
import { buildGuide, buildNotice, ctx } from './fixtures'

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

afterEach(() => vi.useRealTimers())

describe('template registry', () => {
  it('has templates for exactly the channel kinds', () => {
    expect([...TEMPLATE_KINDS].sort()).toEqual(CHANNEL_KINDS.map((k) => k.value).sort())
    for (const kind of TEMPLATE_KINDS) expect(Object.keys(templates[kind]).sort()).toEqual(['guide', 'notice'])
  })

  it('renderAll covers every kind for guides and notices', () => {
    for (const [docType, doc] of [
      ['guide', buildGuide()],
      ['notice', buildNotice()],
    ] as const) {
      const all = renderAll(docType, doc, ctx)
      expect(all.map((r) => r.channel)).toEqual(TEMPLATE_KINDS)
      for (const r of all) {
        expect(r.docType).toBe(docType)
        expect(r.key).toBe(docType === 'guide' ? buildGuide().code : buildNotice().slug)
        expect(r.title).toBeTruthy()
        expect(r.body).toBeTruthy()
        expect(r.problems).toEqual([])
        expect(JSON.parse(JSON.stringify(r))).toEqual(r) // feed storage is JSON
      }
    }
  })

  it('renders the document’s targets by default, or the kinds asked for', () => {
    expect(renderAll('guide', buildGuide({ targets: ['website', 'kiosk'] }), ctx).map((r) => r.channel)).toEqual(['website', 'kiosk'])
    expect(renderAll('guide', buildGuide({ targets: [] }), ctx)).toHaveLength(TEMPLATE_KINDS.length)
    expect(renderAll('notice', buildNotice({ targets: ['website'] }), ctx, ['app']).map((r) => r.channel)).toEqual(['app'])
  })

  it('checkLimits gathers every channel’s problems for the kinds given', () => {
    const doc = buildGuide({
      title: '关于进一步优化灵活就业人员参加职工基本养老保险登记办理流程和材料要求的通知',
      channelOverrides: { cover: null },
    })
    const problems = checkLimits('guide', doc, ctx)
    expect(problems.map((p) => `${p.channel}.${p.field}`)).toEqual(['wechat.title', 'wechat.cover'])
    expect(checkLimits('guide', doc, ctx, ['website', 'app', 'kiosk'])).toEqual([])
    expect(checkLimits('notice', buildNotice(), ctx)).toEqual([])
  })

  it('refuses a kind without templates', () => {
    expect(() => render('weibo' as ChannelKind, 'guide', buildGuide(), ctx)).toThrow(/weibo/)
  })

  it('is pure: no input mutation, no clock, same output for same input', () => {
    const guide = deepFreeze(buildGuide())
    const notice = deepFreeze(buildNotice())
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'))
    const a = [...renderAll('guide', guide, ctx), ...renderAll('notice', notice, ctx)]
    vi.setSystemTime(new Date('2020-06-01T12:00:00Z'))
    const b = [...renderAll('guide', guide, ctx), ...renderAll('notice', notice, ctx)]
    expect(b).toEqual(a)
  })

  it('tolerates a sparse document (admin preview of an early draft)', () => {
    const sparse = { code: '11370200MB0000301-GG-099', title: '草稿事项' }
    for (const r of renderAll('guide', sparse, ctx)) expect(r.key).toBe(sparse.code)
    const problems = checkLimits('notice', { slug: 'draft', title: '草稿通知' }, ctx)
    expect(problems.map((p) => p.field)).toEqual(['cover'])
  })
})
