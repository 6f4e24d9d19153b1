/**
 * Each channel's rendering as one HTML document for a sandboxed iframe: the website fragment with
 * its CSS, the WeChat article in a phone-width frame, the app's blocks and the kiosk's screens drawn
 * plainly. Approximations of the apps and kiosks, for editors; the channels draw their own.
 * Every string is escaped: a preview must not run what an editor typed.
 */
import type { AppBlock, AppDocument, AppListItem } from '../../../templates/app'
import type { KioskDocument, KioskScreen } from '../../../templates/kiosk'
import { escapeHtml as esc } from '../../../templates/shared/escape'
import type { WebsitePage } from '../../../templates/website'
import { WEBSITE_CSS } from '../../../templates/website/styles'
import type { WechatArticle } from '../../../templates/wechat'

const FONT = "system-ui,-apple-system,'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif"

function page(title: string, css: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title><style>body{margin:0;font-family:${FONT};color:#1f1f1f}${css}</style></head><body>${body}</body></html>`
}

export function websiteMockup(p: WebsitePage): string {
  return page(p.title, `main{max-width:56rem;margin:0 auto;padding:16px}${WEBSITE_CSS}`, `<main>${p.html}</main>`)
}

export function wechatMockup(a: WechatArticle): string {
  const css =
    'body{background:#ededed}.phone{max-width:375px;margin:0 auto;background:#fff;padding:20px 16px}' +
    'h1{font-size:22px;line-height:1.4;margin:0 0 12px}.by{color:#576b95;font-size:15px;margin:0 0 20px}' +
    '.card{max-width:375px;margin:12px auto;background:#fff;padding:12px 16px;font-size:14px;color:#555}img{max-width:100%}'
  return page(
    a.title,
    css,
    `<div class="card"><strong>消息卡片摘要：</strong>${esc(a.digest)}</div>` +
      `<article class="phone"><h1>${esc(a.title)}</h1><p class="by">${esc(a.author ?? '')}</p>${a.content}` +
      `<p class="by">阅读原文：${esc(a.content_source_url)}</p></article>`,
  )
}

function appItems(items: AppListItem[], ordered: boolean): string {
  const tag = ordered ? 'ol' : 'ul'
  return `<${tag}>${items.map((i) => `<li>${i.checked === undefined ? '' : i.checked ? '☑ ' : '☐ '}${esc(i.text)}${i.items?.length ? appItems(i.items, ordered) : ''}</li>`).join('')}</${tag}>`
}

function appBlock(b: AppBlock): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.level}>${esc(b.text)}</h${b.level}>`
    case 'paragraph':
      return `<p>${esc(b.text)}</p>`
    case 'quote':
      return `<blockquote>${esc(b.text)}</blockquote>`
    case 'alert':
      return `<p class="alert">${esc(b.text)}</p>`
    case 'validity':
      return `<p class="facts">生效：${esc(b.fromText || '—')}　失效：${esc(b.toText)}</p>`
    case 'facts':
      return `<dl class="facts">${b.items.map((f) => `<dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd>`).join('')}</dl>`
    case 'list':
      return appItems(b.items, b.ordered)
    case 'materials':
      return `<h3>申请材料</h3><ol>${b.items.map((m) => `<li>${esc(m.name)}（${esc([m.formLabel, m.copies === null ? '' : `${m.copies}份`].filter(Boolean).join('，'))}）${m.note ? `<br><small>${esc(m.note)}</small>` : ''}</li>`).join('')}</ol>`
    case 'steps':
      return `<h3>办理流程</h3><ol>${b.items.map((s) => `<li><strong>${esc(s.name)}</strong> ${esc(s.description)}</li>`).join('')}</ol>`
    case 'locations':
      return `<h3>办理地点</h3>${b.items.map((l) => `<p><strong>${esc(l.name)}</strong><br>${esc(l.address)}<br>${esc(l.hours)}</p>`).join('')}`
    case 'phone':
      return `<p class="button">📞 ${esc(b.label)}：${esc(b.number)}</p>`
    case 'link':
      return `<p class="button">${b.role === 'online' ? '在线办理：' : ''}${esc(b.label)}</p>`
    case 'faq':
      return `<h3>常见问题</h3>${b.items.map((f) => `<details><summary>${esc(f.question)}</summary><p>${esc(f.answer)}</p></details>`).join('')}`
    case 'image':
      return `<figure><img src="${esc(b.url)}" alt="${esc(b.alt)}">${b.caption ? `<figcaption>${esc(b.caption)}</figcaption>` : ''}</figure>`
    case 'divider':
      return '<hr>'
    default:
      // Apps skip block types they do not know; so does the preview.
      return ''
  }
}

export function appMockup(d: AppDocument): string {
  const css =
    'body{background:#f2f3f5}.phone{max-width:375px;margin:0 auto;background:#fff;padding:16px;font-size:16px;line-height:1.6}' +
    'h1{font-size:21px}h2,h3{font-size:17px}.alert{background:#b3261e;color:#fff;padding:8px 12px;font-weight:bold}' +
    '.facts{background:#f6f8fa;padding:8px 12px}dt{color:#57606a;font-size:14px}dd{margin:0 0 6px}' +
    '.button{border:1px solid #0b57d0;color:#0b57d0;border-radius:8px;padding:8px 12px;text-align:center}img{max-width:100%}'
  return page(d.title, css, `<div class="phone">${d.blocks.map(appBlock).join('')}</div>`)
}

function kioskScreen(s: KioskScreen, i: number, total: number): string {
  const lines = s.lines.map((l) => `<p>${esc(l)}</p>`).join('')
  const facts = s.facts?.length ? `<dl>${s.facts.map((f) => `<dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd>`).join('')}</dl>` : ''
  const items = s.items
    .map((it) => `<div class="item"><p><strong>${s.checklist ? '☐ ' : ''}${esc(it.label)}</strong></p>${it.lines.map((l) => `<p>${esc(l)}</p>`).join('')}</div>`)
    .join('')
  // The SVG is drawn by templates/kiosk/qr.ts from a URL and a fixed label, both escaped there.
  const qr = s.qr ? `<div class="qr">${s.qr.svg}</div>` : ''
  return `<section class="screen"><p class="no">第 ${i + 1}/${total} 屏</p><h2>${esc(s.heading)}</h2>${lines}${facts}${items}${qr}</section>`
}

export function kioskMockup(d: KioskDocument): string {
  const css =
    'body{background:#333;padding:12px;display:flex;flex-wrap:wrap;gap:12px;justify-content:center}' +
    '.screen{width:360px;min-height:640px;background:#fff;padding:16px;font-size:24px;line-height:1.5;box-sizing:border-box}' +
    '.screen p{margin:0 0 4px}.no{font-size:14px;color:#555}h2{font-size:28px;margin:0 0 12px}dt{font-size:18px;color:#444}dd{margin:0 0 8px}' +
    '.item{border-top:1px solid #ccc;padding:6px 0}.qr svg{width:240px;height:240px}.speech{width:100%;max-width:744px;background:#fff;padding:12px;font-size:15px}'
  const screens = d.screens.map((s, i) => kioskScreen(s, i, d.screens.length)).join('')
  return page(d.title, css, `${screens}<details class="speech"><summary>语音播报文本</summary><p>${esc(d.speech)}</p></details>`)
}
