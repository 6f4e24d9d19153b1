import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { flushSearch, searchGuides, suggestSearch, warmSearchIndex } from '../../src/search'
import { plainTextToLexical } from '../../src/text/lexicalText'
import { guideData } from '../helpers/content'
import { startTestHub, type TestHub } from '../helpers/hub'
import { restClient } from '../helpers/http'

let hub: TestHub
let http: ReturnType<typeof restClient>
const dept: Record<string, number | string> = {}
const ids: Record<string, number | string> = {}
const KIOSK_KEY = 'kiosk-search-key-0123456789abcdef01234567'
const asKiosk = `channels API-Key ${KIOSK_KEY}`

/** Publishes a guide directly, as an import does (the workflow records it as such). */
async function publish(department: number | string, code: string, title: string, more: Record<string, unknown> = {}) {
  const doc = await hub.payload.create({
    collection: 'service-guides',
    data: guideData(department, { code, title, _status: 'published', ...more }) as never,
    context: { workflow: { action: 'import' } },
  })
  return doc.id
}

const codes = async (q: string, filters = {}) => (await searchGuides(hub.payload, q, filters, { recordGaps: false })).hits.map((h) => h.code)

beforeAll(async () => {
  hub = await startTestHub()
  http = restClient(hub.payload)
  const mk = (code: string, name: string, shortName: string, keywords: string[]) =>
    hub.payload.create({ collection: 'departments', data: { code, name, shortName, keywords } })
  dept.SCJGJ = (await mk('SCJGJ', '示范市市场监督管理局', '市场监管局', ['营业执照', '食品经营许可'])).id
  dept.RSJ = (await mk('RSJ', '示范市人力资源和社会保障局', '人社局', ['社保', '社会保障卡'])).id
  dept.GJJZX = (await mk('GJJZX', '示范市住房公积金管理中心', '公积金中心', ['公积金'])).id
  ids.food = await publish(dept.SCJGJ, '11370100MB0000102-XK-002', '食品经营许可（新办）')
  ids.shop = await publish(dept.SCJGJ, '11370100MB0000102-XK-001', '个体工商户设立登记', { audience: 'personal', summary: '个体工商户申请领取营业执照。' })
  ids.card = await publish(dept.RSJ, '11370100MB0000103-GG-001', '社会保障卡补换（挂失、补卡、换卡）', {
    itemType: 'public_service', audience: 'personal', summary: '社会保障卡遗失、损坏后挂失和补领。', onlineDepth: '3',
  })
  ids.rent = await publish(dept.GJJZX, '11370100MB0000105-GG-002', '住房公积金提取（租赁住房）', {
    itemType: 'public_service', audience: 'personal', summary: '无自有住房租房居住的职工提取住房公积金支付房租。', targets: ['website', 'app'],
  })
  ids.draft = (
    await hub.payload.create({
      collection: 'service-guides',
      data: guideData(dept.RSJ, { code: '11370100MB0000103-JF-001', title: '失业保险金申领', itemType: 'benefit', summary: '失业人员申领失业保险金。' }) as never,
      draft: true,
    })
  ).id
  await hub.payload.create({ collection: 'channels', data: { name: '大厅自助终端', kind: 'kiosk', enableAPIKey: true, apiKey: KIOSK_KEY } as never })
})
afterAll(async () => {
  if (hub) await flushSearch(hub.payload)
  await hub?.close()
})

describe('smart search over published guides', () => {
  it('finds the right guide for a typo, pinyin, a colloquial phrase, a department and a filter', async () => {
    expect((await codes('公基金提取'))[0]).toBe('11370100MB0000105-GG-002') // homophone typo
    expect((await codes('社保卡补半'))[0]).toBe('11370100MB0000103-GG-001') // typo in the last word
    expect((await codes('shebaoka'))[0]).toBe('11370100MB0000103-GG-001') // kiosk pinyin
    expect((await codes('开个小饭馆要办什么证'))[0]).toBe('11370100MB0000102-XK-002') // citizen language
    const listing = await searchGuides(hub.payload, '市场监管局能办什么')
    expect(listing.intent).toBe('department')
    expect(listing.hits.map((h) => h.code).sort()).toEqual(['11370100MB0000102-XK-001', '11370100MB0000102-XK-002'])
    expect(await codes('许可 登记', { audience: 'personal', department: 'SCJGJ' })).toEqual(['11370100MB0000102-XK-001'])
    expect(await codes('社会保障卡', { minOnlineDepth: 4 })).toEqual([])
  })

  it('never shows a draft, not even a draft edit of a live guide', async () => {
    expect(await codes('失业保险金申领')).not.toContain('11370100MB0000103-JF-001')
    await hub.payload.update({ collection: 'service-guides', id: ids.food, data: { title: '草稿里的新名称冰淇淋' }, draft: true })
    expect(await codes('冰淇淋')).toEqual([])
    expect((await codes('食品经营许可'))[0]).toBe('11370100MB0000102-XK-002')
  })

  it('adds a guide the moment it is published and drops it the moment it is withdrawn', async () => {
    const id = await publish(dept.RSJ, '11370100MB0000103-GG-009', '灵活就业人员养老保险参保登记', { itemType: 'public_service' })
    expect(await codes('灵活就业')).toContain('11370100MB0000103-GG-009')
    await hub.payload.update({ collection: 'service-guides', id, data: { _status: 'draft' }, context: { workflow: { action: 'withdraw' } } })
    expect(await codes('灵活就业')).not.toContain('11370100MB0000103-GG-009')
    await hub.payload.delete({ collection: 'service-guides', id: ids.shop })
    expect(await codes('个体工商户')).not.toContain('11370100MB0000102-XK-001')
  })

  it('answers empty, 1,000-character and symbol-only queries sensibly', async () => {
    for (const q of ['', '？？！！……@@##', '    ']) {
      const res = await searchGuides(hub.payload, q)
      expect(res).toMatchObject({ intent: 'empty', hits: [], total: 0 })
      expect(res.message).toBeTruthy()
    }
    const long = await searchGuides(hub.payload, `社保卡丢了${'请问怎么办'.repeat(200)}`)
    expect(long.hits[0]?.code).toBe('11370100MB0000103-GG-001')
  })

  it('suggests names as citizens type', async () => {
    expect((await suggestSearch(hub.payload, '社会')).map((s) => s.text)).toContain('社会保障卡补换（挂失、补卡、换卡）')
    expect((await suggestSearch(hub.payload, 'gongji')).map((s) => s.code)).toContain('11370100MB0000105-GG-002')
  })
})

describe('index kept current', () => {
  it('follows department renames and notices, and rebuilds from the database', async () => {
    await hub.payload.update({ collection: 'departments', id: dept.GJJZX, data: { shortName: '住房资金中心' } })
    const listing = await searchGuides(hub.payload, '住房资金中心能办什么', {}, { recordGaps: false })
    expect(listing.intent).toBe('department')
    expect(listing.hits[0]?.department?.shortName).toBe('住房资金中心')
    await hub.payload.create({
      collection: 'notices',
      data: { slug: 'gjj-upgrade', title: '住房公积金系统升级期间暂停提取的通知', department: dept.GJJZX, body: plainTextToLexical('系统升级期间暂停办理提取。'), validFrom: '2020-01-01', _status: 'published' } as never,
      context: { workflow: { action: 'import' } },
    })
    expect((await searchGuides(hub.payload, '公积金提取')).notices.map((n) => n.slug)).toEqual(['gjj-upgrade'])
    await warmSearchIndex(hub.payload)
    expect((await codes('社保卡丢了'))[0]).toBe('11370100MB0000103-GG-001')
    expect(await codes('冰淇淋')).toEqual([])
  })
})

describe('search gaps', () => {
  it('records what found nothing, without personal data, counted, and turns it into a synonym', async () => {
    await searchGuides(hub.payload, '我的手机13812345678 想办冰糖葫芦摊')
    await searchGuides(hub.payload, '我的手机13900001111 想办冰糖葫芦摊')
    await flushSearch(hub.payload)
    const { docs } = await hub.payload.find({ collection: 'search-gaps', where: { query: { like: '冰糖葫芦' } } })
    expect(docs).toHaveLength(1)
    const gap = docs[0] as unknown as { id: number; query: string; count: number; lastSeenAt: string }
    expect(gap.query).toBe('我的手机[手机号] 想办冰糖葫芦摊')
    expect(gap.count).toBe(2)
    expect(gap.lastSeenAt).toBeTruthy()

    // The editor keeps the telling words and types the official ones: a synonym, the gap closed.
    const saved = await hub.payload.update({ collection: 'search-gaps', id: gap.id, data: { synonymPhrase: '冰糖葫芦', synonymTarget: '食品经营许可' } })
    expect((saved as unknown as { status: string }).status).toBe('resolved')
    expect((await codes('冰糖葫芦摊要什么手续'))[0]).toBe('11370100MB0000102-XK-002')
  })

  it('makes a synonym in one click from a short gap', async () => {
    await searchGuides(hub.payload, '卖烤红薯', {}, { channel: 'kiosk' })
    await flushSearch(hub.payload)
    const { docs } = await hub.payload.find({ collection: 'search-gaps', where: { query: { equals: '卖烤红薯' } } })
    expect(docs[0]).toMatchObject({ count: 1, status: 'open', channels: ['kiosk'] })
    await hub.payload.update({ collection: 'search-gaps', id: docs[0]!.id, data: { synonymTarget: '食品经营许可' } })
    expect((await codes('卖烤红薯'))[0]).toBe('11370100MB0000102-XK-002')
    const { docs: synonyms } = await hub.payload.find({ collection: 'search-synonyms', where: { source: { equals: 'gap' } } })
    expect(synonyms.map((s) => (s as unknown as { phrases: string[] }).phrases[0])).toEqual(expect.arrayContaining(['冰糖葫芦', '卖烤红薯']))
  })
})

describe('results nobody opened', () => {
  it('are counted through POST /api/search-gaps/no-click, queries without results are not', async () => {
    const res = await http.rest('POST', 'search-gaps/no-click', { auth: asKiosk, body: { query: '社保卡 13812345678', channel: 'website' } })
    expect(res.status).toBe(204)
    const { docs } = await hub.payload.find({ collection: 'search-gaps', where: { query: { equals: '社保卡 [手机号]' } } })
    expect(docs[0]).toMatchObject({ noClickCount: 1, count: 0, channels: ['kiosk'] })
    expect((await http.rest('POST', 'search-gaps/no-click', { body: { query: '完全不存在的东西xyz' } })).status).toBe(204)
    const none = await hub.payload.find({ collection: 'search-gaps', where: { query: { like: '完全不存在' } } })
    expect(none.docs).toHaveLength(0)
    expect((await http.rest('POST', 'search-gaps/no-click', { body: {} })).status).toBe(400)
    // Gaps are for staff only.
    expect((await http.rest('GET', 'search-gaps', { auth: asKiosk })).status).toBe(403)
  })
})

describe('GraphQL searchGuides for channels', () => {
  const QUERY = `query ($q: String, $f: SearchGuidesFilters) {
    searchGuides(query: $q, filters: $f, limit: 5) { total intent message hits { code title titleHtml snippetHtml department { code } } departments { code reason } }
  }`

  it('answers a channel client with published content targeted at its channel', async () => {
    const res = await http.graphql(QUERY, { auth: asKiosk, variables: { q: '社保卡丢了' } })
    expect(res.status).toBe(200)
    expect(res.body.errors).toBeUndefined()
    const out = res.body.data.searchGuides
    expect(out.hits[0]).toMatchObject({ code: '11370100MB0000103-GG-001', department: { code: 'RSJ' } })
    expect(out.hits[0].titleHtml).toContain('<mark>')
    // The rent guide goes to the website and the app only, not to kiosks.
    const rent = await http.graphql(QUERY, { auth: asKiosk, variables: { q: '租房提取公积金' } })
    expect(rent.body.data.searchGuides.hits.map((h: { code: string }) => h.code)).not.toContain('11370100MB0000105-GG-002')
    const web = await http.graphql(QUERY, { variables: { q: '租房提取公积金' } })
    expect(web.body.data.searchGuides.hits[0].code).toBe('11370100MB0000105-GG-002')
  })

  it('filters, and never errors on odd input', async () => {
    const filtered = await http.graphql(QUERY, { auth: asKiosk, variables: { q: '登记', f: { department: 'RSJ' } } })
    expect(filtered.body.data.searchGuides.hits.every((h: { department: { code: string } }) => h.department.code === 'RSJ')).toBe(true)
    const odd = await http.graphql(QUERY, { auth: asKiosk, variables: { q: '%%%'.repeat(400) } })
    expect(odd.body.errors).toBeUndefined()
    expect(odd.body.data.searchGuides).toMatchObject({ total: 0, intent: 'empty' })
    expect(JSON.stringify(odd.body)).not.toContain('失业保险金申领') // the draft
  })
})
