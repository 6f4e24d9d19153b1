import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildTriageContext, triage, type TriageContext, type TriageInput, type TriageResult } from '../../src/feedback/triage'
import { CONCESSIVE, CONTRAST, DEGREE, NEGATORS } from '../../src/feedback/triage/lexicon/modifiers'
import { NEGATIVE, NEUTRAL_LOOKALIKES, POSITIVE } from '../../src/feedback/triage/lexicon/sentiment'

// Every sentence here was written for this test from how citizens write; none is from a data set.
const DEPARTMENTS = [
  { code: 'GA', name: '临江市公安局', shortName: '公安局', aliases: ['户籍', '身份证', '出入境', '驾驶证'] },
  { code: 'RS', name: '临江市人力资源和社会保障局', shortName: '人社局', aliases: ['社保', '失业金', '社会保障卡'] },
  { code: 'GJJ', name: '临江市住房公积金管理中心', shortName: '公积金中心', aliases: ['公积金', '提取'] },
]
const GUIDES = [
  { code: 'LJ-GA-001', department: 'GA', title: '居民身份证换领、补领', themes: ['户籍办理'] },
  { code: 'LJ-RS-001', department: 'RS', title: '社会保障卡补换（挂失、补卡、换卡）', themes: ['社会保障'] },
  { code: 'LJ-GJJ-001', department: 'GJJ', title: '住房公积金提取（租赁住房）', themes: ['住房保障'] },
]

let ctx: TriageContext
beforeAll(() => {
  ctx = buildTriageContext(DEPARTMENTS, GUIDES)
})
const t = (text: string, extra: Omit<TriageInput, 'text'> = {}): TriageResult => triage({ text, ...extra }, ctx)

describe('triage: tone', () => {
  it.each([
    ['这次补办身份证很方便', 'positive'],
    ['网上提取公积金一点都不方便', 'negative'],
    ['窗口的服务态度不好', 'negative'],
    ['窗口的服务态度特别好', 'positive'],
    ['窗口的服务不太好', 'negative'],
    ['没有想象中那么麻烦，挺顺利的', 'positive'],
    ['办事效率不高，等了两个小时', 'negative'],
    ['太慢了！！', 'negative'],
  ] as const)('negation and degree: %s → %s', (text, sentiment) => {
    expect(t(text).sentiment).toBe(sentiment)
  })

  it('a degree adverb scales the word it touches; a softened negation counts less than a plain one', () => {
    expect(t('审批有点慢').sentimentScore).toBeGreaterThan(t('审批非常慢').sentimentScore)
    expect(t('审批非常慢').sentiment).toBe('negative')
    expect(t('这个系统不太好用').sentimentScore).toBeGreaterThan(t('这个系统一点都不好用').sentimentScore)
    expect(t('这个系统不太好用').sentimentScore).toBeLessThan(0)
  })

  it('negating a complaint word is not praise: 不慢 is at most mildly positive', () => {
    const r = t('审批不慢')
    expect(r.sentimentScore).toBeGreaterThan(0)
    expect(r.sentimentScore).toBeLessThan(t('审批很快').sentimentScore)
  })

  it('contrast: the clause after 但是/可是 decides', () => {
    expect(t('虽然排了一会儿队，但是工作人员很耐心，一次就办好了').sentiment).toBe('positive')
    expect(t('工作人员挺热情的，可是系统总是出错，白跑一趟').sentiment).toBe('negative')
  })

  it('rhetorical questions and sarcasm are negative', () => {
    expect(t('这个预约系统是摆设吧？')).toMatchObject({ sentiment: 'negative', category: 'complaint' })
    expect(t('老人家不会用手机预约，现场又不给取号，这不是为难人吗')).toMatchObject({ sentiment: 'negative' })
    expect(t('你们的办事效率真是“高”，一个证办了三个月').sentiment).toBe('negative')
    expect(t('这个事情我反映了三次了，一直没人处理，你们还管不管').sentiment).toBe('negative')
  })

  it('the 好差评 rating counts with the text: 1-2 negative, 4-5 positive, 3 neutral', () => {
    expect(t('办理了社会保障卡补卡业务', { rating: 1 }).sentiment).toBe('negative')
    expect(t('办理了社会保障卡补卡业务', { rating: 2 }).sentiment).toBe('negative')
    expect(t('办理了社会保障卡补卡业务', { rating: 3 }).sentiment).toBe('neutral')
    expect(t('办理了社会保障卡补卡业务', { rating: 5 }).sentiment).toBe('positive')
    expect(t('办理了社会保障卡补卡业务').sentiment).toBe('neutral')
    // Praise words with the lowest rating read as irony.
    expect(t('真厉害，等了三个小时，必须点赞', { rating: 1 }).sentiment).toBe('negative')
  })

  it('one-character words count only as words: 快递, 差点, 好几趟 say nothing', () => {
    expect(t('快递到了').sentiment).toBe('neutral')
    expect(t('差点忘了带户口本').sentiment).toBe('neutral')
    expect(t('他们说好几天后再来').sentimentScore).toBeLessThanOrEqual(0.05)
  })

  it('folds traditional characters and full-width letters first', () => {
    expect(t('辦事大廳的服務態度非常好，給你們點讚')).toMatchObject({ sentiment: 'positive', category: 'praise' })
    expect(t('ＡＰＰ又閃退了，根本沒法用').sentiment).toBe('negative')
  })

  it('keeps the lexicon consistent: each word has one role (好 is both a good word and a degree adverb, 好慢)', () => {
    const roles = new Map<string, string[]>()
    const add = (role: string) => (w: string) => roles.set(w, [...(roles.get(w) ?? []), role])
    POSITIVE.forEach(([w]) => add('positive')(w))
    NEGATIVE.forEach(([w]) => add('negative')(w))
    NEGATORS.forEach(([w]) => add('negator')(w))
    DEGREE.forEach(([w]) => add('degree')(w))
    CONTRAST.forEach(add('contrast'))
    CONCESSIVE.forEach(add('concessive'))
    NEUTRAL_LOOKALIKES.forEach(add('lookalike'))
    const shared = [...roles].filter(([, r]) => r.length > 1)
    expect(shared).toEqual([['好', ['positive', 'degree']]])
  })
})

describe('triage: category', () => {
  it.each([
    ['请问新生儿落户怎么办理？', 'consultation'],
    ['失业金每个月什么时候发放？', 'consultation'],
    ['居住证到期了能不能网上续签？', 'consultation'],
    ['市民来电咨询：公积金贷款最多能贷多少', 'consultation'],
    ['建议在大厅多放几把椅子，老人站着等太累了', 'suggestion'],
    ['感谢车管所的王警官，耐心帮我处理了驾照的问题', 'praise'],
    ['举报某某小区门口的餐馆无证经营，油烟直排', 'report'],
    ['我的公积金账户显示被冻结了，请帮忙查一下是什么原因', 'help'],
    ['系统一直提示身份证号码格式错误，但我输入的没错，怎么办？', 'help'],
    ['营业厅的人爱答不理的，问个问题还要看脸色', 'complaint'],
  ] as const)('%s → %s', (text, category) => {
    expect(t(text).category).toBe(category)
  })

  it('a question is neutral; a courtesy 谢谢 in a request is no praise', () => {
    expect(t('请问社保卡丢了怎么挂失？谢谢').sentiment).toBe('neutral')
    expect(t('麻烦帮我查一下退税进度，谢谢')).toMatchObject({ category: 'help', sentiment: 'neutral' })
  })

  it('after a complaint, 能不能… demands rather than asks', () => {
    expect(t('材料被退回了三次，每次说法都不一样，能不能一次说清楚？').category).toBe('complaint')
  })

  it('gives scores for every category', () => {
    const r = t('建议周末也开放')
    expect(Object.keys(r.categoryScores!).sort()).toEqual(['complaint', 'consultation', 'help', 'praise', 'report', 'suggestion'])
    expect(r.categoryScores!.suggestion).toBeGreaterThan(r.categoryScores!.praise)
  })
})

describe('triage: urgency', () => {
  it.each([
    ['小区地下室闻到很浓的煤气味，物业不管', 'safety'],
    ['电梯困人半个小时了没人来救', 'safety'],
    ['楼道里堆满了杂物，消防通道被堵死了', 'safety'],
    ['施工工地的围墙歪了，随时可能倒下来', 'safety'],
    ['外卖吃完全家上吐下泻，怀疑食物中毒', 'safety'],
    ['再这样下去我真的不想活了', 'self_harm'],
    ['房子没了工作也没了，有时候觉得我走了家里人反而轻松', 'self_harm'],
    ['我们几十个业主商量好了，明天一起去区政府门口拉横幅', 'mass_incident'],
    ['明天一百多个工人要去劳动局门口讨薪', 'mass_incident'],
    ['不解决我就去找记者曝光你们', 'media'],
    ['你们要是再拖，我就把聊天记录发到微博上去', 'media'],
    ['办证窗口的人暗示要给好处费才能快点办', 'misconduct'],
    ['有个黄牛说给两千块就能保证摇到号', 'misconduct'],
    ['派出所的辅警动手打了我父亲', 'misconduct'],
    // classes of issue #4: the emergency told without its word
    ['地下室这几天老有一股烂鸡蛋的气味', 'safety'],
    ['配电箱旁边的线一直在迸火星', 'safety'],
    ['物业说有个老人卡在电梯里了', 'safety'],
    ['人行道上的雨水口盖子被偷了，留下个深坑', 'safety'],
    ['幼儿园的午饭发霉了，好几个小朋友回家就发烧', 'safety'],
    ['路灯杆被车撞断了，电线拖在路上', 'safety'],
    ['我把农药藏好了，谁也别来劝我', 'self_harm'],
    ['我爸把银行卡和房产证都交给了我，说以后不想拖累我们', 'self_harm'],
    ['要是再不给说法，我就从信访局顶上跳下去', 'self_harm'],
    ['一百多号业主围在售楼处不走', 'mass_incident'],
    ['司机们约好了，明天全市统一停运', 'mass_incident'],
    ['再拖下去我就去卫视的栏目组反映', 'media'],
    ['证办不下来我就发到某博上', 'media'],
    ['办事员说不表示表示，材料就一直卡着', 'misconduct'],
    ['社区主任的侄子一家都领上了补贴', 'misconduct'],
    ['电表箱里全是烟，我爸有心脏病已经憋得喘不上来', 'safety'],
    ['堤岸被水掏空了，学生放学都从底下过', 'safety'],
    ['阳台的空调外机整片脱落，砸坏了楼下的车', 'safety'],
    ['热水器接口那里火苗往外窜，房东不管', 'safety'],
    ['有个小孩在快速路上乱跑', 'safety'],
    ['我想一睡不醒，这样谁都不累', 'self_harm'],
    ['我现在就站在桥上，你们管不管都无所谓了', 'self_harm'],
    ['现场有几百人，村民自发组织设卡拦车', 'mass_incident'],
    ['这事不给说法，我就开直播讲，我有十几万粉丝', 'media'],
    ['网格员收了我们每户两百的“卫生费”，没有任何收据', 'misconduct'],
    ['办事的人让我把钱转到他个人支付宝，加急另算钱', 'misconduct'],
  ] as const)('%s → %s', (text, reason) => {
    const r = t(text)
    expect(r.urgent).toBe(true)
    expect(r.urgentReasons).toContain(reason)
    expect(r.urgentEvidence.length).toBeGreaterThan(0)
    for (const e of r.urgentEvidence) expect(text).toContain(e)
  })

  it.each([
    '经检查，楼道里没有安全隐患，谢谢关心',
    '我不想找媒体，只希望尽快解决',
    '我不会想不开的，只是想问问进度',
    '工作人员拒收了我的红包，很感动',
    '请问燃气开户需要带什么材料？',
    '我是记者，想了解一下记者证怎么年审',
    '电梯使用登记怎么办理？',
    '上周反映的井盖丢失问题已经修好了，谢谢',
    '我们公司有三十多名员工，社保怎么开户？',
    '排队时间太长了',
    '宣传防火知识，预防火灾',
    // risky words in harmless use (issue #4)
    '学校组织应急演练，模拟火情疏散，家长要去吗？',
    '排了两个小时，急死人了',
    '严查吃拿卡要的举报电话是多少？',
    '我们十户邻居想联名申请装路灯，怎么办？',
    '审批结果一直出不来，能不能帮忙查一下',
    '早高峰路口堵死了，红绿灯能不能调一下',
    '我们在大厅门口等了一上午才叫到号',
    '证件过期了，外地能补办吗',
    '孩子骑车摔下来擦破了皮，意外险能赔吗？',
    '想在快手上开个账号宣传家乡特产',
    '你们的直播讲解很清楚，希望多办几期',
    '废品站焚烧垃圾，呛得人难受',
  ])('not urgent: %s', (text) => {
    const r = t(text)
    expect(r.urgent).toBe(false)
    expect(r.urgentReasons).toEqual([])
  })

  it('an urgent message told without feeling words is still negative', () => {
    expect(t('商场里有人食物中毒')).toMatchObject({ urgent: true, sentiment: 'negative', category: 'report' })
  })

  it('evidence is quoted as the citizen wrote it (traditional characters included)', () => {
    const r = t('樓下餐廳燃氣洩漏，味道很大')
    expect(r.urgentReasons).toEqual(['safety'])
    expect(r.urgentEvidence).toContain('燃氣洩漏')
  })
})

describe('triage: personal data, tokens, routing', () => {
  it('masks phone and ID numbers in maskedText and keeps them out of tokens', () => {
    const text = '我的社会保障卡丢了，电话13912345678，身份证号110101199003074514，请尽快联系'
    const r = t(text)
    expect(r.pii).toBe(true)
    expect(r.piiKinds.sort()).toEqual(['id_card', 'phone'])
    expect(r.maskedText).not.toContain('13912345678')
    expect(r.maskedText).not.toContain('110101199003074514')
    expect(r.maskedText).toContain('我的社会保障卡丢了')
    expect(r.tokens.join(' ')).not.toMatch(/13912345678|110101199003074514/)
    expect(r.tokens).toContain('社会保障卡')
  })

  it('leaves text without personal data as it is', () => {
    const r = t('公积金提取到账很快')
    expect(r).toMatchObject({ pii: false, piiKinds: [], maskedText: '公积金提取到账很快' })
  })

  it('routes through the hub departments and guides', () => {
    const r = t('社会保障卡补卡怎么办理？')
    expect(r.department).toBe('RS')
    expect(typeof r.routeScore).toBe('number')
  })

  it('is deterministic and never throws on odd input', () => {
    const text = '公积金中心办事效率真是“高”啊！！'
    expect(t(text)).toEqual(t(text))
    expect(t('')).toMatchObject({ sentiment: 'neutral', urgent: false, pii: false, maskedText: '', tokens: [] })
    expect(t('？？？！！！').urgent).toBe(false)
    expect(() => t('排队'.repeat(5000), { rating: 9, channel: 'unknown' })).not.toThrow()
  })
})

describe('triage: the hand-written set (src/feedback/triage/eval/handwritten.jsonl)', () => {
  interface Row {
    id: string
    text: string
    rating: number | null
    labels: { sentiment: string; category: string; urgent: boolean }
  }
  const rows = fs
    .readFileSync(path.resolve(import.meta.dirname, '../../src/feedback/triage/eval/handwritten.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row)

  it('finds every urgent message it should, and few others', () => {
    const results = rows.map((r) => ({ row: r, got: t(r.text, { rating: r.rating }) }))
    const missed = results.filter((x) => x.row.labels.urgent && !x.got.urgent).map((x) => x.row.text)
    const falseAlarms = results.filter((x) => !x.row.labels.urgent && x.got.urgent).map((x) => x.row.text)
    const urgent = rows.filter((r) => r.labels.urgent).length
    expect(urgent).toBeGreaterThan(50)
    expect(missed.length / urgent, missed.join('\n')).toBeLessThanOrEqual(0.05)
    expect(falseAlarms.length, falseAlarms.join('\n')).toBeLessThanOrEqual(5)
  })

  it('labels tone and category as written for at least 90% and 85% of the messages', () => {
    const results = rows.map((r) => ({ row: r, got: t(r.text, { rating: r.rating }) }))
    const toneMisses = results.filter((x) => x.got.sentiment !== x.row.labels.sentiment).map((x) => `${x.row.text} → ${x.got.sentiment}`)
    const categoryMisses = results.filter((x) => x.got.category !== x.row.labels.category).map((x) => `${x.row.text} → ${x.got.category}`)
    expect(toneMisses.length / rows.length, toneMisses.join('\n')).toBeLessThanOrEqual(0.1)
    expect(categoryMisses.length / rows.length, categoryMisses.join('\n')).toBeLessThanOrEqual(0.15)
  })
})
