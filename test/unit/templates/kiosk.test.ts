// @vitest-environment happy-dom
import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import {
  forSpeech,
  KIOSK_LINE,
  KIOSK_LINES_PER_SCREEN,
  kioskGuide,
  kioskNotice,
  qrSvg,
  SCAN_PROMPT,
  type KioskScreen,
} from '../../../templates/kiosk'
import { buildGuide, buildNotice, ctx, el, lexical, text } from './fixtures'

/** The dark modules the SVG path draws, as a size×size matrix (quiet zone removed). */
function modulesFromSvg(svg: string, size: number, margin = 4): number[][] {
  const m = Array.from({ length: size }, () => Array<number>(size).fill(0))
  const d = new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('path')!.getAttribute('d')!
  expect(d).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/)
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) m[Number(y) - margin][Number(x) - margin + i] = 1
  }
  return m
}

const allLines = (screens: KioskScreen[]) => screens.flatMap((s) => [...s.lines, ...s.items.flatMap((i) => i.lines)])

describe('kiosk QR code', () => {
  it('is a valid SVG drawing exactly the modules QRCode.create makes for the URL', () => {
    const url = buildGuide().onlineUrl!
    const qr = qrSvg(url, '扫码办理')
    const expected = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules
    expect(qr.modules).toBe(expected.size)
    const svg = new DOMParser().parseFromString(qr.svg, 'image/svg+xml').documentElement
    expect(svg.tagName.toLowerCase()).toBe('svg')
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${expected.size + 8} ${expected.size + 8}`)
    expect(svg.querySelector('title')?.textContent).toBe('扫码办理')
    const drawn = modulesFromSvg(qr.svg, expected.size)
    for (let y = 0; y < expected.size; y++) for (let x = 0; x < expected.size; x++) expect(drawn[y][x]).toBe(expected.get(y, x) ? 1 : 0)
  })

  it('grows with the URL (version 1 is 21 modules, +4 a version)', () => {
    const short = qrSvg('https://a.cn', 'x').modules
    const long = qrSvg(`https://zwfw.example.cn/${'x'.repeat(200)}`, 'x').modules
    expect((short - 21) % 4).toBe(0)
    expect(long).toBeGreaterThan(short)
  })
})

describe('kiosk guide', () => {
  const r = kioskGuide(buildGuide(), ctx)

  it('has overview, materials checklist, steps, places and a QR to online handling', () => {
    expect(r.body.screens.map((s) => s.kind)).toEqual(['overview', 'conditions', 'materials', 'steps', 'places', 'faq', 'qr'])
    const materials = r.body.screens.find((s) => s.kind === 'materials')!
    expect(materials.checklist).toBe(true)
    expect(materials.items.map((i) => i.label)).toEqual(buildGuide().materials!.map((m) => m.name))
    expect(materials.items[2].lines[0]).toBe('原件 2份')
    expect(r.body.screens.find((s) => s.kind === 'qr')?.qr?.url).toBe(buildGuide().onlineUrl)
    expect(r.problems).toEqual([])
  })

  it('keeps lines short for large print', () => {
    for (const line of allLines(r.body.screens)) expect([...line].length).toBeLessThanOrEqual(KIOSK_LINE + 1)
  })

  it('speaks plain text: no URLs, no symbols, phone numbers digit by digit', () => {
    expect(r.body.speech).not.toMatch(/https?:|www\.|[①-⑳•]/)
    expect(r.body.speech).toContain(SCAN_PROMPT)
    expect(r.body.speech).toContain('零五三二八六三零零零二幺')
    expect(r.body.speech).toContain('九点至十二点')
    expect(r.body.speech).toContain('原件两份')
  })

  it('uses the kiosk summary override when present', () => {
    const k = kioskGuide(buildGuide({ channelOverrides: { kioskSummary: '灵活就业人员可以自己参加养老保险。带身份证即可办理。' } }), ctx)
    expect(k.body.screens[0].lines).toEqual(['灵活就业人员可以自己参加养老保险。', '带身份证即可办理。'])
    expect(k.body.speech).toContain('带身份证即可办理')
    expect(k.body.speech).not.toContain('具有本市户籍')
  })

  it('reports a link too long for any QR code instead of crashing', () => {
    const k = kioskGuide(buildGuide({ onlineUrl: `https://zwfw.example.cn/${'x'.repeat(3000)}` }), ctx)
    expect(k.problems).toMatchObject([{ channel: 'kiosk', field: 'qr' }])
    expect(k.body.screens.some((s) => s.kind === 'qr')).toBe(false)
  })
})

describe('kiosk notice', () => {
  it('pages the body, carries validity, and reads URLs as a scan prompt', () => {
    const body = lexical(
      el('paragraph', [text('网上预约请登录 https://zwfw.example.cn/yuyue 或拨打12345。① 请带好证件 ★')]),
      el('paragraph', [text('长'.repeat(200) + '。')]),
    )
    const r = kioskNotice(buildNotice({ body }), ctx)
    expect(r.body).toMatchObject({ validFrom: '2026-11-25T16:00:00.000Z', validTo: '2027-06-30T15:59:00.000Z', urgent: true })
    const text_ = r.body.screens.filter((s) => s.kind === 'text')
    expect(text_.length).toBeGreaterThan(1)
    for (const s of text_) expect(s.lines.length).toBeLessThanOrEqual(KIOSK_LINES_PER_SCREEN)
    expect(text_[0].heading).toMatch(/^通知内容（1\/\d+）$/)
    expect(r.body.speech).not.toMatch(/https?:|①|★/)
    expect(r.body.speech).toContain(`网上预约请登录 ${SCAN_PROMPT}`)
    expect(r.body.screens.at(-1)?.qr?.url).toBe('https://zwfw.example.cn/notices/2026-saturday-service')
  })
})

describe('forSpeech', () => {
  it('drops decorative symbols and reads times and phones', () => {
    expect(forSpeech('①携带身份证 → 13:30-17:00 办理，电话 13800000000')).toBe(
      '携带身份证 十三点三十分至十七点 办理，电话 幺三八零零零零零零零零',
    )
  })
})
