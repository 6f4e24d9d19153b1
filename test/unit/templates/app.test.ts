import { describe, expect, it } from 'vitest'
import { APP_BLOCKS_VERSION, appGuide, appNotice, type AppBlock } from '../../../templates/app'
import { buildGuide, buildNotice, ctx } from './fixtures'

const ofType = <T extends AppBlock['type']>(blocks: AppBlock[], type: T) =>
  blocks.filter((b): b is Extract<AppBlock, { type: T }> => b.type === type)

describe('app guide', () => {
  const r = appGuide(buildGuide(), ctx)

  it('is versioned, JSON-serialisable and free of HTML', () => {
    expect(r.body.version).toBe(APP_BLOCKS_VERSION)
    expect(JSON.parse(JSON.stringify(r.body))).toEqual(r.body)
    expect(JSON.stringify(r.body)).not.toMatch(/<[a-z/]/i)
  })

  it('contains every material with its form label and copies', () => {
    const [materials] = ofType(r.body.blocks, 'materials')
    expect(materials.items.map((m) => m.name)).toEqual(buildGuide().materials!.map((m) => m.name))
    expect(materials.items[2]).toEqual({
      name: '灵活就业人员参保登记表',
      form: 'original',
      formLabel: '原件',
      copies: 2,
      note: '可在窗口领取，或在网上办事大厅下载填写',
    })
  })

  it('has steps, facts, locations, phones, the online link and FAQ', () => {
    const b = r.body.blocks
    expect(b[0]).toEqual({ type: 'heading', level: 1, text: r.title })
    expect(ofType(b, 'steps')[0].items.map((s) => s.name)).toEqual(['申请', '受理审核', '办结'])
    expect(ofType(b, 'facts')[0].items.find((f) => f.key === 'legalLimit')?.value).toBe('20个工作日')
    expect(ofType(b, 'locations')[0].items[0].hours).toContain('9:00-12:00')
    expect(ofType(b, 'phone').map((p) => p.uri)).toContain('tel:053286300021')
    expect(ofType(b, 'link').find((l) => l.role === 'online')?.url).toBe(buildGuide().onlineUrl)
    expect(ofType(b, 'faq')[0].items).toHaveLength(2)
  })
})

describe('app notice', () => {
  const r = appNotice(buildNotice(), ctx)

  it('carries validity and urgency at the top level, and as blocks', () => {
    expect(r.body).toMatchObject({ validFrom: '2026-11-25T16:00:00.000Z', validTo: '2027-06-30T15:59:00.000Z', urgent: true })
    expect(ofType(r.body.blocks, 'validity')[0]).toMatchObject({ fromText: '2026年11月26日' })
    expect(ofType(r.body.blocks, 'alert')).toHaveLength(1)
    expect(JSON.parse(JSON.stringify(r.body))).toEqual(r.body)
  })

  it('maps rich text to paragraphs with spans, lists and images', () => {
    const b = r.body.blocks
    const bold = ofType(b, 'paragraph').find((p) => p.spans?.some((s) => s.bold))
    expect(bold?.text).toBe('每周六 9:00-12:00，法定节假日除外。')
    expect(
      ofType(b, 'paragraph')
        .flatMap((p) => p.spans ?? [])
        .find((s) => s.href)?.href,
    ).toBe('https://zwfw.example.cn/news/2026-1201')
    expect(ofType(b, 'list')[0]).toMatchObject({ ordered: true, items: [{ text: '社保参保登记' }, { text: '居住证签注' }] })
    expect(ofType(b, 'image')[0]).toMatchObject({
      url: 'https://zwfw.example.cn/api/media/file/hall-960.webp',
      alt: '政务服务中心大厅周六服务窗口',
    })
  })
})
