#!/usr/bin/env node
// Browser test of 数据看板 (/admin/dashboard) on the BUILT hub, in Debian's Chromium: log in as the
// demo supervisor, open the dashboard, wait for its charts, screenshot it to
// test-results/dashboard.png, and check that its Chinese is drawn with a CJK font (not tofu).
//
//   node test/e2e/dashboard.mjs                       seed a private database and start the built server (like smoke.mjs)
//   BASE_URL=http://127.0.0.1:3000 OMNIHUB_DEMO_PASSWORD=… node test/e2e/dashboard.mjs
//                                                     against a running hub seeded with that demo password
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'

import { log, ROOT, startSeededServer, stopProcess, waitForHttp } from '../../scripts/lib/hub.mjs'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const RESULTS = path.join(ROOT, 'test-results')
const HAN = /\p{Script=Han}/gu

function demoSupervisorEmail() {
  if (process.env.DASHBOARD_EMAIL) return process.env.DASHBOARD_EMAIL
  // The seed's own record of its accounts; the fallback is what the demo used when this was written.
  const file = path.join(ROOT, 'src', 'demo', 'data', 'staff.json')
  const staff = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : []
  return staff.find((s) => s.role === 'supervisor')?.email ?? 'supervisor@omnihub.local'
}

function check(condition, message) {
  if (!condition) throw new Error(message)
  log(`ok: ${message}`)
}

fs.mkdirSync(RESULTS, { recursive: true })
const external = process.env.BASE_URL?.replace(/\/$/, '')
const tmp = external ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'omnihub-dashboard-'))
const serverLog = path.join(RESULTS, 'dashboard-server.log')
const password = external ? process.env.OMNIHUB_DEMO_PASSWORD : `Dash-${randomBytes(6).toString('hex')}`

let server
let browser
let failed = false

async function cleanup() {
  await browser?.close().catch(() => {})
  await stopProcess(server)
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n[omnihub] dashboard test interrupted (${signal}); stopping`)
    void cleanup().finally(() => process.exit(130))
  })
}

/** The hub to test: the one at BASE_URL, or a private one started here from the build. */
async function hubUrl() {
  if (external) {
    if (!password) throw new Error('BASE_URL needs OMNIHUB_DEMO_PASSWORD (the password the demo users were seeded with)')
    await waitForHttp(`${external}/admin/login`)
    return external
  }
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URI: `file:${path.join(tmp, 'dashboard.db')}`,
    MEDIA_DIR: path.join(tmp, 'media'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    OMNIHUB_DEMO_PASSWORD: password,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  const started = await startSeededServer({ env, serverLog })
  server = started.server
  return started.base
}

/**
 * Which platform fonts Chromium drew an element's text with (DevTools protocol), e.g.
 * [{ familyName: 'Noto Sans CJK SC', glyphCount: 4 }]: the font really used, not the CSS asked for.
 */
async function fontsOf(cdp, selector) {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: false })
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
  if (!nodeId) throw new Error(`no element for ${selector}`)
  return (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts
}

/** Each character drawn on a canvas: Han glyphs must differ from each other and from a missing glyph (tofu). */
async function tofuProbe(page, text) {
  return page.evaluate((chars) => {
    const draw = (ch) => {
      const c = document.createElement('canvas')
      c.width = 64
      c.height = 64
      const g = c.getContext('2d')
      g.fillStyle = '#fff'
      g.fillRect(0, 0, 64, 64)
      g.fillStyle = '#000'
      g.font = '48px "Noto Sans CJK SC", sans-serif'
      g.textBaseline = 'top'
      g.fillText(ch, 4, 4)
      return c.toDataURL()
    }
    const missing = draw('\uE000') // private use: no font has it, so it is drawn as the missing-glyph box
    const drawn = [...chars].map(draw)
    return { distinct: new Set(drawn).size, count: drawn.length, tofu: drawn.filter((d) => d === missing).length }
  }, text)
}

const started = Date.now()
try {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)`)
  const base = await hubUrl()
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } })
  context.setDefaultTimeout(30_000)
  const page = await context.newPage()

  const email = demoSupervisorEmail()
  await page.goto(`${base}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
  check(true, `logged in as the demo supervisor ${email}`)

  const res = await page.goto(`${base}/admin/dashboard`)
  check(res?.status() === 200, `/admin/dashboard answers ${res?.status()}`)
  const dashboard = page.locator('.omnihub-dashboard')
  await dashboard.locator('h1', { hasText: '数据看板' }).waitFor()
  // The charts are inline SVG rendered on the server; wait for them and for the fonts.
  await dashboard.locator('figure.dashboard-chart svg[role="img"]').first().waitFor()
  await page.evaluate(() => document.fonts.ready)
  const charts = await dashboard.locator('figure.dashboard-chart svg[role="img"]').count()
  check(charts >= 4, `the dashboard draws its charts (${charts} SVG charts)`)
  await page.screenshot({ path: path.join(RESULTS, 'dashboard.png'), fullPage: true })
  check(true, `screenshot: ${path.relative(ROOT, path.join(RESULTS, 'dashboard.png'))}`)

  const text = await dashboard.innerText()
  for (const words of ['数据看板', '诉求概览', '办理效率', '按时办结率', '满意率', '发布情况', '内容质量']) {
    check(text.includes(words), `the page says 「${words}」`)
  }
  check((await dashboard.locator('select[name="department"]').count()) === 1, 'a supervisor can filter by department')

  // Chinese drawn with a CJK font: the platform font Chromium used, and no tofu on a canvas.
  const cdp = await context.newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  for (const [selector, what] of [['.omnihub-dashboard h1', 'the heading'], ['[data-indicator-label="按时办结率"]', 'the 按时办结率 label'], ['.omnihub-dashboard figure.dashboard-chart svg text', 'a chart title']]) {
    const fonts = await fontsOf(cdp, selector)
    const el = page.locator(selector).first()
    const han = ((await el.textContent()) ?? '').match(HAN)?.length ?? 0
    const cjk = fonts.filter((f) => /CJK/i.test(f.familyName)).reduce((n, f) => n + f.glyphCount, 0)
    check(han > 0 && cjk >= han, `${what} is drawn in ${fonts.map((f) => `${f.familyName} ×${f.glyphCount}`).join(', ') || 'no font'} (${han} Han characters)`)
  }
  const probe = await tofuProbe(page, '满意率按时办结')
  check(probe.tofu === 0 && probe.distinct === probe.count, `Chinese glyphs render (${probe.distinct}/${probe.count} distinct, ${probe.tofu} missing-glyph boxes)`)

  // A number is a link to the records it counts: 本期诉求 N 件 → the feedback list with that total.
  const casesLink = dashboard.locator('#overview p a').first()
  if (await casesLink.count()) {
    const href = await casesLink.getAttribute('href')
    const shown = Number((await casesLink.innerText()).trim())
    check(href?.startsWith('/admin/collections/feedback?where'), `本期诉求 links to the feedback list (${href?.slice(0, 80)}…)`)
    const api = await page.request.get(`${base}/api/feedback?${href.split('?')[1]}&limit=1&depth=0`)
    const total = (await api.json()).totalDocs
    check(api.ok() && total === shown, `the list behind 本期诉求 holds ${total} records, the dashboard says ${shown}`)
    const list = await page.goto(`${base}${href}`)
    check(list?.status() === 200, `the feedback list opens from the dashboard (HTTP ${list?.status()})`)
    await page.goBack()
  }

  const report = await page.request.get(`${base}/api/reports/weekly`)
  const reportHtml = await report.text()
  check(report.status() === 200 && /attachment/.test(report.headers()['content-disposition'] ?? '') && reportHtml.includes('运行周报'), '下载周报 returns the report as an HTML file')
} catch (err) {
  failed = true
  console.error(`\n[omnihub] dashboard test FAILED: ${err.stack ?? err}`)
  const page = browser?.contexts()[0]?.pages()[0]
  if (page) await page.screenshot({ path: path.join(RESULTS, 'dashboard-failure.png'), fullPage: true }).catch(() => {})
  if (!external && fs.existsSync(serverLog)) {
    console.error(`\n--- last lines of ${path.relative(ROOT, serverLog)} ---`)
    console.error(fs.readFileSync(serverLog, 'utf8').split('\n').slice(-40).join('\n'))
  }
} finally {
  await cleanup()
}
log(`dashboard test ${failed ? 'failed' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
process.exit(failed ? 1 : 0)
