#!/usr/bin/env node
// End-to-end smoke test of the BUILT hub: seed a private database the way `npm start` does, run
// `next start`, log in to the admin with the demo admin in Debian's Chromium, open a service guide
// and check its Chinese title and the workflow panel. Screenshots go to test-results/.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'

import { buildStatus, build, freePort, log, ROOT, seed, startServer, stopProcess, waitForHttp } from '../../scripts/lib/hub.mjs'

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
  const status = buildStatus()
  if (status.stale) {
    log(`building first (${status.reason})`)
    await build({ env, hash: status.hash })
  }
  await seed({ env })

  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const out = fs.openSync(serverLog, 'w')
  server = startServer({ port, env, stdio: ['ignore', out, out] })
  await waitForHttp(`${base}/admin/login`, { child: server })
  log(`server up at ${base} (log: ${path.relative(ROOT, serverLog)})`)

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
  check(home.includes('lang="zh-CN"') && home.includes(published.docs[0].title), 'landing page lists the newest guide')

  // The website channel serves what the outbox delivered to it; search finds citizens' words.
  const code = (home.match(/href="\/guides\/([^"]+)"/) ?? [])[1]
  check(Boolean(code), 'landing page links a guide page')
  const guidePage = await fetch(`${base}/guides/${code}`)
  const guideHtml = await guidePage.text()
  check(guidePage.status === 200 && guideHtml.includes('<h1') && guideHtml.includes('<ol'), 'website guide page renders the delivered guide')
  const search = await fetch(`${base}/search?q=${encodeURIComponent('公积金')}`).then((r) => r.text())
  check(search.includes('<mark>'), 'website search highlights matches')

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
