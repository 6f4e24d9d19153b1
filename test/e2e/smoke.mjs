#!/usr/bin/env node
// End-to-end smoke test of the BUILT hub: seed a private database the way `npm start` does, run
// `next start`, log in to the admin with the demo admin in Debian's Chromium, open a service guide
// and check its Chinese title and the workflow panel. Screenshots go to test-results/.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'

import { log, ROOT, startSeededServer, stopProcess } from '../../scripts/lib/hub.mjs'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const RESULTS = path.join(ROOT, 'test-results')
const HAN = /\p{Script=Han}/u

function demoAdminEmail() {
  // The seed's own record of its accounts; the fallback is what the demo used when this was written.
  const file = path.join(ROOT, 'src', 'demo', 'data', 'staff.json')
  const staff = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : []
  return staff.find((s) => s.role === 'admin')?.email ?? 'admin@omnihub.local'
}

function check(condition, message) {
  if (!condition) throw new Error(message)
  log(`ok: ${message}`)
}

/** A public page that answers 200 with a Chinese <h1>; returns its HTML. */
async function sitePage(url, what) {
  const res = await fetch(url)
  const html = await res.text()
  const h1 = ((html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/) ?? [])[1] ?? '').replace(/<[^>]+>/g, '').trim()
  check(res.status === 200 && HAN.test(h1), `${what}: HTTP ${res.status}, h1 "${h1}"`)
  return html
}

/** The first href under `prefix` (a list entry, not the navigation's own link to the list). */
const firstLink = (html, prefix) => (html.match(new RegExp(`href="(${prefix.replace(/\//g, '\\/')}[^"?]+)"`)) ?? [])[1]

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'omnihub-smoke-'))
fs.mkdirSync(RESULTS, { recursive: true })
const serverLog = path.join(RESULTS, 'smoke-server.log')
const password = `Smoke-${randomBytes(6).toString('hex')}`
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URI: `file:${path.join(tmp, 'smoke.db')}`,
  MEDIA_DIR: path.join(tmp, 'media'),
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  OMNIHUB_DEMO_PASSWORD: password,
  NEXT_TELEMETRY_DISABLED: '1',
}

let server
let context
let failed = false

/** Always stop what we started: on success, on failure, and when interrupted. */
async function cleanup() {
  await context?.close().catch(() => {})
  await stopProcess(server)
  fs.rmSync(tmp, { recursive: true, force: true })
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n[omnihub] smoke test interrupted (${signal}); stopping the server`)
    void cleanup().finally(() => process.exit(130))
  })
}
const started = Date.now()
try {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)`)
  const launched = await startSeededServer({ env, serverLog })
  server = launched.server
  const base = launched.base

  // Public surfaces first: cheap, and they tell a broken seed from a broken admin.
  const res = await fetch(`${base}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: '{ ServiceGuides(limit: 1) { totalDocs docs { title } } }' }),
  })
  const body = await res.text()
  check(res.ok, `GraphQL answers (HTTP ${res.status}${res.ok ? '' : `: ${body.slice(0, 300) || 'empty body, see the server log'}`})`)
  const published = JSON.parse(body)?.data?.ServiceGuides
  check(published?.totalDocs > 0, `GraphQL lists published guides (${published?.totalDocs})`)
  const home = await fetch(`${base}/`).then((r) => r.text())
  check(home.includes('lang="zh-CN"') && /<h1[^>]*>[^<]*政务服务/.test(home), 'landing page renders in Chinese')
  check(['/departments/', '/themes/', '/notices/'].every((p) => home.includes(`href="${p}`)), 'landing page lists departments, themes and notices')

  // The website channel serves what the outbox delivered to it; search finds citizens' words.
  const code = (home.match(/href="\/guides\/([^"]+)"/) ?? [])[1]
  check(Boolean(code), 'landing page links a guide page')
  const guidePage = await fetch(`${base}/guides/${code}`)
  const guideHtml = await guidePage.text()
  check(guidePage.status === 200 && guideHtml.includes('<h1') && guideHtml.includes('<ol'), 'website guide page renders the delivered guide')
  const search = await fetch(`${base}/search?q=${encodeURIComponent('公积金')}`).then((r) => r.text())
  check(search.includes('<mark>'), 'website search highlights matches')

  // The lists, all from the website channel's feed: departments, themes (人生事件), notices.
  const departments = await sitePage(`${base}/departments`, 'departments page')
  const deptPath = firstLink(departments, '/departments/')
  check(Boolean(deptPath), `departments page links a department (${deptPath})`)
  const deptPage = await sitePage(`${base}${deptPath}`, 'department page')
  check(deptPage.includes('href="/guides/'), 'department page lists its guides')
  const themes = await sitePage(`${base}/themes`, 'themes page')
  const themePath = firstLink(themes, '/themes/')
  check(Boolean(themePath), `themes page links a theme (${decodeURIComponent(themePath ?? '')})`)
  const themePage = await sitePage(`${base}${themePath}`, 'theme page')
  check(themePage.includes('href="/guides/'), 'theme page lists its guides')
  const notices = await sitePage(`${base}/notices`, 'notices page')
  const noticePath = firstLink(notices, '/notices/')
  check(Boolean(noticePath), `notices page links a notice (${noticePath})`)
  await sitePage(`${base}${noticePath}`, 'notice page')
  const elderDepts = await sitePage(`${base}/departments?elder=1`, 'departments page in 长辈版')
  check(elderDepts.includes('site-elder') && elderDepts.includes('href="/departments/') && elderDepts.includes('?elder=1"'), '长辈版 keeps elder=1 on its links')

  context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(tmp, 'profile-')), {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  context.setDefaultTimeout(30_000)
  const page = context.pages()[0] ?? (await context.newPage())

  // 长辈版 in a real browser: the template's elder variables reach the page's own text.
  await page.goto(`${base}${deptPath}?elder=1`)
  const size = await page.locator('main').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  check(size >= 22, `长辈版 department page uses large type (${size}px)`)
  await page.screenshot({ path: path.join(RESULTS, 'department-elder.png'), fullPage: true })

  await page.goto(`${base}/admin/login`)
  await page.locator('#field-email').waitFor()
  await page.screenshot({ path: path.join(RESULTS, 'admin-login.png') })
  check((await page.locator('html').getAttribute('lang')) === 'zh', 'admin renders in Chinese')

  await page.locator('#field-email').fill(demoAdminEmail())
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
  check(true, `logged in as ${demoAdminEmail()}`)

  await page.goto(`${base}/admin/collections/service-guides`)
  const firstRow = page.locator('table tbody tr').first().locator('a').first()
  await firstRow.waitFor()
  const title = (await firstRow.innerText()).trim()
  check(HAN.test(title), `guides list shows a Chinese title: ${title}`)

  await firstRow.click()
  await page.waitForURL(/\/admin\/collections\/service-guides\/[^/]+$/)
  await page.locator('.doc-header__title, h1').filter({ hasText: title }).first().waitFor()
  check(true, `guide edit page shows its title: ${title}`)
  const panel = page.locator('section.workflow-actions')
  await panel.waitFor()
  check(HAN.test(await panel.innerText()), `workflow panel: ${(await panel.innerText()).replace(/\s+/g, ' ').trim()}`)
  await page.screenshot({ path: path.join(RESULTS, 'guide-edit.png'), fullPage: true })

  // 渠道预览: every targeted channel's rendering of the saved edition, with its limit problems.
  await page.locator('.tabs-field__tab-button', { hasText: '渠道预览' }).click()
  const preview = page.locator('section.channel-preview')
  await preview.locator('iframe').first().waitFor()
  const tabs = await preview.locator('[role="tab"]').allInnerTexts()
  check(tabs.some((t) => t.includes('政务服务网')), `channel preview tabs: ${tabs.map((t) => t.trim()).join(' | ')}`)
  await page.screenshot({ path: path.join(RESULTS, 'guide-preview.png'), fullPage: true })
} catch (err) {
  failed = true
  console.error(`\n[omnihub] smoke test FAILED: ${err.stack ?? err}`)
  const page = context?.pages()[0]
  if (page) await page.screenshot({ path: path.join(RESULTS, 'failure.png'), fullPage: true }).catch(() => {})
  if (fs.existsSync(serverLog)) {
    console.error(`\n--- last lines of ${path.relative(ROOT, serverLog)} ---`)
    console.error(fs.readFileSync(serverLog, 'utf8').split('\n').slice(-40).join('\n'))
  }
} finally {
  await cleanup()
}
log(`smoke test ${failed ? 'failed' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
process.exit(failed ? 1 : 0)
