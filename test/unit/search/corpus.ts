import { departmentInfo, guideToSearchDoc, noticeToSearchDoc } from '../../../src/search/documents'
import { SearchEngine } from '../../../src/search/engine'
import type { DepartmentInfo } from '../../../src/search/intent'
import { SYNONYM_SEED } from '../../../src/search/synonyms.seed'

/** A small catalogue for engine tests: realistic titles, no database. */
export const DEPARTMENTS: DepartmentInfo[] = [
  { id: 1, code: 'SCJGJ', name: '示范市市场监督管理局', shortName: '市场监管局', keywords: ['营业执照', '食品经营许可', '个体户'] },
  { id: 2, code: 'RSJ', name: '示范市人力资源和社会保障局', shortName: '人社局', keywords: ['社保', '社会保障卡', '失业金'] },
  { id: 3, code: 'GJJZX', name: '示范市住房公积金管理中心', shortName: '公积金中心', keywords: ['公积金', '提取'] },
  { id: 4, code: 'GAJ', name: '示范市公安局', shortName: '公安局', keywords: ['户口', '身份证', '车管所', '驾驶证'] },
].map((d) => departmentInfo(d))

type G = { id: number; code: string; title: string; dept: number; audience?: string; depth?: number; themes?: string[]; summary: string }
const GUIDES: G[] = [
  { id: 1, code: 'A-XK-001', title: '食品经营许可（新办）', dept: 1, audience: 'corporate', depth: 4, themes: ['开办企业'], summary: '从事食品销售和餐饮服务，应当取得食品经营许可。' },
  { id: 2, code: 'A-XK-002', title: '个体工商户设立登记', dept: 1, audience: 'personal', depth: 4, themes: ['开办企业'], summary: '个体工商户申请领取营业执照。' },
  { id: 3, code: 'B-GG-001', title: '社会保障卡补换（挂失、补卡、换卡）', dept: 2, audience: 'personal', depth: 4, themes: ['社会保障'], summary: '社会保障卡遗失、损坏后挂失和补领。' },
  { id: 4, code: 'B-JF-001', title: '失业保险金申领', dept: 2, audience: 'personal', depth: 3, themes: ['社会保障'], summary: '失业人员按规定申领失业保险金。' },
  { id: 5, code: 'C-GG-001', title: '住房公积金提取（租赁住房）', dept: 3, audience: 'personal', depth: 4, themes: ['住房保障'], summary: '无自有住房租房居住的职工提取住房公积金支付房租。' },
  { id: 6, code: '11370100MB0000105-GG-003', title: '住房公积金提取（离休、退休）', dept: 3, audience: 'personal', depth: 4, themes: ['住房保障'], summary: '职工离休、退休时提取住房公积金账户余额并销户。' },
  { id: 7, code: 'D-QR-001', title: '出生登记（新生儿落户）', dept: 4, audience: 'personal', depth: 4, themes: ['生育收养'], summary: '新生儿出生后申报户口。' },
  { id: 8, code: 'D-XK-001', title: '机动车驾驶证有效期满换证', dept: 4, audience: 'personal', depth: 4, themes: ['交通出行'], summary: '驾驶证有效期满前九十日内申请换证。' },
  { id: 9, code: 'D-QR-002', title: '居民身份证换领、补领（含临时身份证）', dept: 4, audience: 'personal', depth: 2, themes: ['户籍身份'], summary: '身份证有效期满、损坏或遗失时换领、补领。' },
  { id: 10, code: 'A-XK-003', title: '公司变更登记（名称、住所、法定代表人）', dept: 1, audience: 'corporate', depth: 4, themes: ['企业变更'], summary: '公司名称、住所、法定代表人等登记事项变更。' },
]

export async function smallEngine(): Promise<SearchEngine> {
  const byId = new Map(DEPARTMENTS.map((d) => [String(d.id), d]))
  const lookup = (id: string | null) => (id ? byId.get(id) : undefined)
  const docs = GUIDES.map((g) =>
    guideToSearchDoc(
      {
        id: g.id,
        code: g.code,
        title: g.title,
        department: g.dept,
        audience: g.audience,
        themes: g.themes,
        summary: g.summary,
        onlineDepth: g.depth ? String(g.depth) : undefined,
        materials: [{ name: '申请人身份证件', note: '原件' }],
        faq: [{ question: '可以委托他人办理吗？', answer: '可以，需提供授权委托书。' }],
      },
      lookup,
    ),
  )
  docs.push(
    noticeToSearchDoc({ id: 1, slug: 'gjj-upgrade', title: '住房公积金系统升级暂停提取业务的通知', department: 3, body: '系统升级期间暂停办理公积金提取。', validFrom: '2020-01-01' }, lookup),
    noticeToSearchDoc({ id: 2, slug: 'old', title: '已过期的社保通知', department: 2, body: '社保卡', validFrom: '2020-01-01', validTo: '2020-02-01' }, lookup),
  )
  const engine = new SearchEngine()
  await engine.build(docs, SYNONYM_SEED, DEPARTMENTS)
  return engine
}
