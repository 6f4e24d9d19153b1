import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { compactFeeds } from '../../src/publishing/feed/compact'
import { appendEntry } from '../../src/publishing/feed/store'
import { drainOutbox } from '../../src/publishing/outbox/worker'
import { loadCatalog } from '../../src/publishing/website/catalog'
import { currentNotices, departmentListing, latestGuides, listDepartments, listThemes, themeGuides } from '../../src/publishing/website/listings'
import { expiredAt, websiteChannelId, websitePage } from '../../src/publishing/website/pages'
import { plainTextToLexical } from '../../src/text/lexicalText'
import { department, guideData, staff } from '../helpers/content'
import { startTestHub, type TestHub } from '../helpers/hub'

let hub: TestHub
let rs: { id: number | string }
let sc: { id: number | string }
let editor: Awaited<ReturnType<typeof staff>>
let reviewer: Awaited<ReturnType<typeof staff>>
let seq = 0
const docs: Record<string, Record<string, any>> = {}
const NOV_26 = new Date('2026-11-26T12:00:00+08:00')
const DEC_15 = new Date('2026-12-15T12:00:00+08:00')

type Collection = 'service-guides' | 'notices'
type User = typeof editor

const act = (collection: Collection, id: number | string, user: User, action: string, live = false) =>
  hub.payload.update({
    collection,
    id,
    data: live ? { _status: action === 'publish' ? 'published' : 'draft' } : {},
    draft: !live,
    user,
    overrideAccess: false,
    context: { workflow: { action, reason: action === 'withdraw' ? '政策调整' : undefined } },
  } as never) as Promise<Record<string, any>>

/** An editor's draft, as the admin saves it. */
const draft = (collection: Collection, data: Record<string, unknown>) =>
  hub.payload.create({ collection, data: data as never, draft: true, user: editor, overrideAccess: false }) as Promise<Record<string, any>>

/** 先审后发, the whole way: draft, submit, approve, publish. */
async function publish(collection: Collection, data: Record<string, unknown>) {
  const doc = await draft(collection, data)
  await act(collection, doc.id, editor, 'submit')
  await act(collection, doc.id, reviewer, 'approve')
  return act(collection, doc.id, reviewer, 'publish', true)
}

function guide(dept: { id: number | string }, title: string, overrides: Record<string, unknown> = {}) {
  seq += 1
  return guideData(dept.id, { code: `11370200MB0000${String(400 + seq)}-XK-001`, title, ...overrides })
}

const notice = (slug: string, title: string, validFrom: string, validTo: string | null, overrides: Record<string, unknown> = {}) => ({
  slug,
  title,
  department: rs.id,
  body: plainTextToLexical(`${title}：请相互转告。`),
  validFrom,
  validTo,
  ...overrides,
})

beforeAll(async () => {
  hub = await startTestHub()
  await hub.payload.updateGlobal({ slug: 'hub-settings', data: { review: { levels: 1 } } })
  rs = await department(hub.payload, 'RLZYSBJ', '示范市人力资源和社会保障局')
  sc = await department(hub.payload, 'SCJDGLJ', '示范市市场监督管理局')
  editor = await staff(hub.payload, 'editor@site.test', 'editor', [rs.id, sc.id])
  reviewer = await staff(hub.payload, 'reviewer@site.test', 'reviewer', [rs.id, sc.id])
  await hub.payload.create({ collection: 'channels', data: { name: '示范市政务服务网', kind: 'website' } as never })
  await hub.payload.create({ collection: 'channels', data: { name: '示范政务APP', kind: 'app', enableAPIKey: true, apiKey: 'app-site-test-0123456789abcdef0123456789abcdef' } as never })

  docs.jobless = await publish('service-guides', guide(rs, '失业保险金申领', { themes: ['就业创业', '社会保障'] }))
  docs.card = await publish('service-guides', guide(rs, '社会保障卡补领', { themes: ['社会保障'] }))
  docs.food = await publish('service-guides', guide(sc, '食品经营许可证核发', { themes: ['开办企业'] }))
  docs.appOnly = await publish('service-guides', guide(sc, '个体工商户登记（仅APP）', { themes: ['开办企业'], targets: ['app'] }))
  docs.pension = await draft('service-guides', guide(rs, '退休人员基本养老金申领（草稿）', { themes: ['退休养老'] }))
  docs.gone = await publish('service-guides', guide(rs, '就业困难人员认定', { themes: ['就业创业'] }))

  docs.hours = await publish('notices', notice('hall-hours', '政务服务大厅延时服务安排', '2026-11-01T00:00:00+08:00', null))
  docs.upgrade = await publish('notices', notice('system-upgrade', '社保系统升级暂停服务公告', '2026-11-20T00:00:00+08:00', '2027-06-30T00:00:00+08:00'))
  docs.short = await publish('notices', notice('card-pickup', '社保卡集中领取通知', '2026-11-10T00:00:00+08:00', '2026-12-01T00:00:00+08:00'))
  docs.future = await publish('notices', notice('new-year', '元旦假期办公安排', '2027-01-01T00:00:00+08:00', null))
  docs.retracted = await publish('notices', notice('wrong-date', '错误日期的通知', '2026-11-15T00:00:00+08:00', null))
  docs.noticeDraft = await draft('notices', notice('not-yet', '尚未发布的通知', '2026-11-02T00:00:00+08:00', null))
  await drainOutbox(hub.payload)

  await act('service-guides', docs.gone.id, reviewer, 'withdraw', true)
  await act('notices', docs.retracted.id, reviewer, 'withdraw', true)
  // A newer draft of a live guide: the site keeps showing the live edition.
  await hub.payload.update({ collection: 'service-guides', id: docs.jobless.id, data: { title: '失业保险金申领（修改中）', themes: ['草稿主题'] } as never, draft: true, user: editor, overrideAccess: false })
  await drainOutbox(hub.payload)
})
afterAll(async () => hub?.close())

const titles = (items: Array<{ title: string }>) => items.map((i) => i.title)

describe('public website lists, from the website channel feed only', () => {
  it('lists departments with their live guides; a department page lists its guides and notices', async () => {
    const catalog = await loadCatalog(hub.payload)
    expect(listDepartments(catalog).map((d) => [d.code, d.name, d.guideCount])).toEqual([
      ['RLZYSBJ', '示范市人力资源和社会保障局', 2],
      ['SCJDGLJ', '示范市市场监督管理局', 1],
    ])
    const rsPage = departmentListing(catalog, 'RLZYSBJ', NOV_26)!
    expect(titles(rsPage.guides).sort()).toEqual(['失业保险金申领', '社会保障卡补领'].sort())
    expect(titles(rsPage.notices)).toEqual(['社保系统升级暂停服务公告', '社保卡集中领取通知', '政务服务大厅延时服务安排'])
    expect(titles(departmentListing(catalog, 'SCJDGLJ', NOV_26)!.guides)).toEqual(['食品经营许可证核发'])
    expect(departmentListing(catalog, 'NOSUCH', NOV_26)).toBeNull()
  })

  it('lists themes (人生事件) of live website guides, and the guides of one theme', async () => {
    const catalog = await loadCatalog(hub.payload)
    expect(listThemes(catalog)).toEqual([
      { theme: '社会保障', guideCount: 2 },
      { theme: '就业创业', guideCount: 1 },
      { theme: '开办企业', guideCount: 1 },
    ])
    expect(titles(themeGuides(catalog, '开办企业'))).toEqual(['食品经营许可证核发'])
    expect(titles(themeGuides(catalog, ' 社会保障 ')).sort()).toEqual(['失业保险金申领', '社会保障卡补领'].sort())
    expect(themeGuides(catalog, '退休养老')).toEqual([])
  })

  it('never shows drafts, newer unpublished editions, other channels’ content or withdrawn guides', async () => {
    const catalog = await loadCatalog(hub.payload)
    const all = JSON.stringify(catalog)
    for (const text of ['退休人员基本养老金申领', '修改中', '草稿主题', '仅APP', '就业困难人员认定', '尚未发布的通知', '错误日期的通知']) {
      expect(all).not.toContain(text)
    }
    expect(titles(latestGuides(catalog))).toHaveLength(3)
    expect(await websitePage(hub.payload, docs.pension.code, 'guide')).toEqual({ kind: 'missing' })
    expect(await websitePage(hub.payload, docs.appOnly.code, 'guide')).toEqual({ kind: 'missing' })
    const live = await websitePage(hub.payload, docs.jobless.code, 'guide')
    expect(live.kind === 'live' && live.page.title).toBe('失业保险金申领')
  })

  it('keeps a withdrawn guide or notice page, saying so with its title', async () => {
    const guidePage = await websitePage(hub.payload, docs.gone.code, 'guide')
    expect(guidePage).toMatchObject({ kind: 'withdrawn', title: '就业困难人员认定' })
    const noticePage = await websitePage(hub.payload, 'wrong-date', 'notice')
    expect(noticePage).toMatchObject({ kind: 'withdrawn', title: '错误日期的通知' })
    // A key of the other type is no page here.
    expect(await websitePage(hub.payload, 'hall-hours', 'guide')).toEqual({ kind: 'missing' })
    expect(await websitePage(hub.payload, docs.food.code, 'notice')).toEqual({ kind: 'missing' })
  })

  it('lists notices in effect, newest first; expired, future and withdrawn ones are left out', async () => {
    const catalog = await loadCatalog(hub.payload)
    expect(currentNotices(catalog, NOV_26).map((n) => n.key)).toEqual(['system-upgrade', 'card-pickup', 'hall-hours'])
    expect(currentNotices(catalog, DEC_15).map((n) => n.key)).toEqual(['system-upgrade', 'hall-hours'])
    expect(currentNotices(catalog, new Date('2027-01-02T00:00:00+08:00')).map((n) => n.key)).toEqual(['new-year', 'system-upgrade', 'hall-hours'])
    const upgrade = currentNotices(catalog, NOV_26)[0]
    expect(upgrade).toMatchObject({ department: { code: 'RLZYSBJ' }, validTo: '2027-06-29T16:00:00.000Z' })
    const page = await websitePage(hub.payload, 'card-pickup', 'notice')
    expect(page.kind).toBe('live')
    if (page.kind === 'live') {
      expect(expiredAt(page.page, NOV_26)).toBeNull()
      expect(expiredAt(page.page, DEC_15)).toBe('2026-11-30T16:00:00.000Z')
    }
  })

  it('shows a new edition on the next read once it is delivered, not before', async () => {
    const before = await loadCatalog(hub.payload)
    await hub.payload.update({ collection: 'service-guides', id: docs.card.id, data: { title: '社会保障卡补换', themes: ['社会保障', '证件办理'] } as never, draft: true, user: editor, overrideAccess: false })
    await act('service-guides', docs.card.id, editor, 'submit')
    await act('service-guides', docs.card.id, reviewer, 'approve')
    await act('service-guides', docs.card.id, reviewer, 'publish', true)
    // Published but not yet delivered: the website still shows what it was given.
    expect(titles(themeGuides(await loadCatalog(hub.payload), '社会保障'))).toContain('社会保障卡补领')
    await drainOutbox(hub.payload)
    const after = await loadCatalog(hub.payload)
    expect(after).not.toBe(before)
    expect(titles(themeGuides(after, '证件办理'))).toEqual(['社会保障卡补换'])
    expect(titles(departmentListing(after, 'RLZYSBJ', NOV_26)!.guides)).toContain('社会保障卡补换')
    // Nothing new delivered: the same catalog, no second full read.
    expect(await loadCatalog(hub.payload)).toBe(after)
  })

  it('stays right after compaction drops superseded entries (the withdrawn page keeps its title)', async () => {
    const before = await loadCatalog(hub.payload)
    expect(await compactFeeds(hub.payload)).toMatch(/compacted [1-9]\d* feed entries/)
    const after = await loadCatalog(hub.payload)
    expect(after).not.toBe(before)
    expect(after.items.map((i) => `${i.key}:${i.title}`).sort()).toEqual(before.items.map((i) => `${i.key}:${i.title}`).sort())
    expect(await websitePage(hub.payload, docs.gone.code, 'guide')).toMatchObject({ kind: 'withdrawn', title: '就业困难人员认定' })
  })

  it('lists pages delivered before renderings carried listing data, by the department their HTML names', async () => {
    const channelId = (await websiteChannelId(hub.payload))!
    await appendEntry(hub.payload, {
      channelId,
      key: '11370200MB0000999-QT-001',
      docType: 'guide',
      docId: 'legacy',
      action: 'upsert',
      version: '2026-01-01T00:00:00.000Z',
      title: '旧版指南',
      rendered: {
        html: '<article class="omni-doc omni-guide"><header><h1>旧版指南</h1><dl class="omni-meta"><dt>事项编码</dt><dd>11370200MB0000999-QT-001</dd><dt>事项类型</dt><dd>其他行政权力</dd><dt>责任部门</dt><dd>示范市市场监督管理局</dd></dl></header></article>',
        title: '旧版指南',
        description: '旧版',
      },
    })
    const catalog = await loadCatalog(hub.payload)
    const legacy = departmentListing(catalog, 'SCJDGLJ', NOV_26)!.guides.find((g) => g.title === '旧版指南')
    expect(legacy).toMatchObject({ department: { code: 'SCJDGLJ', name: '示范市市场监督管理局' }, itemType: '其他行政权力', themes: [] })
  })
})
