/** A service guide as kiosk screens: overview, conditions, materials checklist, steps, places, QR. */
import { copiesText, formLabel, guideFacts, guideUrl, onlineUrl, phones, texts, type FactKey } from '../shared/doc'
import { limitProblem } from '../shared/limits'
import { clean, paragraphs } from '../shared/text'
import type { GuideInput, LimitProblem, RenderContext, Rendered } from '../types'
import { qrSvg, type KioskQr } from './qr'
import { KIOSK_VERSION, lines, screen, type KioskDocument, type KioskScreen } from './screens'
import { chineseNumber, countWord, SCAN_PROMPT, sentences } from './speech'

const OVERVIEW_FACTS: FactKey[] = ['department', 'promisedLimit', 'fee', 'maxVisits']

export function kioskGuide(doc: GuideInput, ctx: RenderContext): Rendered<KioskDocument> {
  const problems: LimitProblem[] = []
  const summary = clean(doc.channelOverrides?.kioskSummary) || clean(doc.summary)
  const facts = guideFacts(doc).filter((f) => OVERVIEW_FACTS.includes(f.key))
  const conditions = texts(doc.conditions)
  const materials = (doc.materials ?? []).filter((m) => clean(m.name))
  const steps = (doc.steps ?? []).filter((s) => clean(s.name))
  const places = (doc.locations ?? []).filter((l) => clean(l.name))
  const phoneList = phones(doc).filter((p) => p.label !== '投诉电话')
  const online = onlineUrl(doc)

  const screens: KioskScreen[] = [
    screen('overview', doc.title, { lines: lines(summary), facts: facts.map(({ label, value }) => ({ label, value })) }),
  ]
  if (conditions.length)
    screens.push(screen('conditions', '办理条件', { items: conditions.map((c, i) => ({ label: `${i + 1}`, lines: lines(c) })) }))
  if (materials.length)
    screens.push(
      screen('materials', `请准备${materials.length}项材料`, {
        checklist: true,
        items: materials.map((m) => ({
          label: clean(m.name),
          lines: [[formLabel(m.form), copiesText(m.copies)].filter(Boolean).join(' '), ...lines(clean(m.note))].filter(Boolean),
        })),
      }),
    )
  if (steps.length)
    screens.push(
      screen('steps', '办理步骤', {
        items: steps.map((s, i) => ({ label: `第${i + 1}步 ${clean(s.name)}`, lines: paragraphs(s.description).flatMap(lines) })),
      }),
    )
  if (places.length || phoneList.length)
    screens.push(
      screen('places', '在哪里办', {
        items: places.map((l) => ({ label: clean(l.name), lines: [...lines(clean(l.address)), ...lines(clean(l.hours))] })),
        lines: phoneList.map((p) => `${p.label} ${p.number}`),
      }),
    )

  const faq = (doc.faq ?? []).filter((f) => clean(f.question) && clean(f.answer))
  if (faq.length)
    screens.push(
      screen('faq', '常见问题', { items: faq.map((f) => ({ label: clean(f.question), lines: paragraphs(f.answer).flatMap(lines) })) }),
    )

  const qrUrl = online ?? guideUrl(ctx, doc.code)
  const qr = safeQr(qrUrl, online ? '扫码在手机上办理' : '扫码在手机上查看', problems)
  if (qr)
    screens.push(
      screen('qr', online ? '用手机扫码办理' : '用手机扫码查看', {
        lines: [online ? '打开手机微信或浏览器' : '打开手机扫一扫', '扫描下方二维码'],
        qr,
      }),
    )

  const speech = sentences([
    doc.title,
    summary,
    ...facts.map((f) => `${f.label}：${f.value}`),
    materials.length ? `需要准备${countWord(materials.length)}项材料：` : '',
    ...materials.map((m, i) => `第${chineseNumber(i + 1)}项，${clean(m.name)}${spokenSpec(m.form, m.copies)}`),
    steps.length ? `办理步骤共${countWord(steps.length)}步：` : '',
    ...steps.map((s, i) => `第${chineseNumber(i + 1)}步，${clean(s.name)}`),
    ...places.map(
      (l) =>
        `办理地点：${clean(l.name)}${clean(l.address) ? `，${clean(l.address)}` : ''}${clean(l.hours) ? `。办公时间：${clean(l.hours)}` : ''}`,
    ),
    ...phoneList.map((p) => `${p.label}：${p.number}`),
    qr ? `如需${online ? '在手机上办理' : '在手机上查看'}，${SCAN_PROMPT}` : '',
  ])

  return {
    channel: 'kiosk',
    docType: 'guide',
    key: doc.code,
    title: doc.title,
    body: { version: KIOSK_VERSION, docType: 'guide', key: doc.code, title: doc.title, urgent: false, screens, speech },
    problems,
  }
}

const spokenSpec = (form: unknown, copies: number | null | undefined) => {
  const f = formLabel(form)
  const c = typeof copies === 'number' && copies > 0 ? `${countWord(copies)}份` : ''
  return f || c ? `，${f}${c}` : ''
}

/** A URL too long for any QR version cannot be shown: a kiosk problem, not a crash. */
export function safeQr(url: string, label: string, problems: LimitProblem[]): KioskQr | null {
  try {
    return qrSvg(url, label)
  } catch {
    problems.push(
      limitProblem('kiosk', 'qr', 'maxBytes', 2331, new TextEncoder().encode(url).length, {
        zh: '链接过长，无法生成二维码',
        en: 'the link is too long for a QR code',
      }),
    )
    return null
  }
}
