import { describe, expect, it } from 'vitest'

import { detectSpike, TopicIndex, topicLabel, type SpikeEvent } from '../../src/feedback/topics'
import { fold } from '../../src/search/text'
import { segment } from '../../src/search/tokenizer'

/** As the triage pipeline makes them: jieba words of the folded text. */
const tok = (text: string) => segment(fold(text))
const BASE = Date.parse('2027-03-02T08:00:00+08:00')
const at = (minutes: number) => new Date(BASE + minutes * 60_000)
const HOUR = 60

/** A morning: ordinary traffic, and one incident told on four channels (s1-s4). */
const MORNING: Array<[id: string, text: string, minute: number]> = [
  ['b1', '请问灵活就业的养老保险每年什么时候交？', 0],
  ['b2', '婚姻登记处的工作人员很热情，谢谢', 10],
  ['b3', '小区门口的烧烤摊天天占道经营，油烟太大', 20],
  ['s1', '社保卡APP刷脸认证一直失败，提示人脸比对异常，试了十几次', 30],
  ['s2', '公众号里办社保卡业务，人脸识别总是过不去，显示比对异常', 45],
  ['s3', '市民来电反映：电子社保卡人脸识别失败，提示比对异常，无法办理业务', 60],
  ['s4', '网站上做社保卡刷脸认证也一样失败，是不是系统坏了？', 80],
  ['b4', '社保卡丢了怎么挂失？', 90],
  ['b5', '在银行补办社保卡十分钟就拿到了，很方便', 100],
  ['b6', '驾照到期换证需要体检吗', 110],
]

function replay(index = new TopicIndex(), items = MORNING) {
  const topicOf = new Map<string, string>()
  for (const [id, text, minute] of items) topicOf.set(id, index.assign(id, tok(text), at(minute)).topicId)
  return { index, topicOf }
}

describe('topics: near-duplicate feedback across channels', () => {
  it('puts paraphrases of one incident from four channels in one topic', () => {
    const { index, topicOf } = replay()
    const incident = topicOf.get('s1')!
    expect(['s2', 's3', 's4'].map((id) => topicOf.get(id))).toEqual([incident, incident, incident])
    const summary = index.topic(incident)!
    expect(summary.size).toBe(4)
    expect(summary.members.map((m) => m.id)).toEqual(['s1', 's2', 's3', 's4'])
    expect(summary.keywords).toContain('社保卡')
  })

  it('leaves unrelated feedback, and other matters of the same service, alone', () => {
    const { topicOf } = replay()
    const others = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'].map((id) => topicOf.get(id))
    expect(new Set(others).size).toBe(6)
    expect(others).not.toContain(topicOf.get('s1'))
  })

  it('does not file a compliment under a complaint about the same thing', () => {
    const { index, topicOf } = replay()
    const r = index.assign('p1', tok('社保卡刷脸认证一次就过了，很方便，点赞'), at(120))
    expect(r.isNew).toBe(true)
    expect(r.topicId).not.toBe(topicOf.get('s1'))
  })

  it('opens a new topic when the same complaint comes back after the window', () => {
    const { index, topicOf } = replay(new TopicIndex({ windowDays: 7 }))
    const late = index.assign('s9', tok('社保卡刷脸认证又失败了，提示人脸比对异常'), at(20 * 24 * HOUR))
    expect(late.isNew).toBe(true)
    expect(late.topicId).not.toBe(topicOf.get('s1'))
    const soon = index.assign('s5', tok('社保卡刷脸认证又失败了，提示人脸比对异常'), at(3 * HOUR))
    expect(soon).toMatchObject({ topicId: topicOf.get('s1'), isNew: false })
  })

  it('takes an item assigned twice (a retried intake) once', () => {
    const { index, topicOf } = replay()
    expect(index.assign('s2', tok('公众号里办社保卡业务，人脸识别总是过不去'), at(200))).toEqual({ topicId: topicOf.get('s1'), similarity: 1, isNew: false })
    expect(index.topic(topicOf.get('s1')!)!.size).toBe(4)
  })

  it('names topics by the first item, the same in every process that replays the same items', () => {
    const a = replay().topicOf
    const b = replay().topicOf
    expect(b).toEqual(a)
    expect(a.get('s1')).toMatch(/^tp-[0-9a-z]+$/)
    // Replayed without the first item, the incident is named after its new first member.
    const c = replay(new TopicIndex(), MORNING.filter(([id]) => id !== 's1')).topicOf
    expect(c.get('s2')).toBe(replay(new TopicIndex(), MORNING.filter(([id]) => id === 's2')).topicOf.get('s2'))
    expect(c.get('s2')).not.toBe(a.get('s1'))
  })

  it('labels a topic with a few Chinese keywords', () => {
    const label = topicLabel(MORNING.filter(([id]) => id.startsWith('s')).map(([, text]) => tok(text)))
    expect(label).toContain('社保卡')
    expect(label.split('、').length).toBeLessThanOrEqual(3)
    expect(label).toMatch(/\p{Script=Han}/u)
    expect(topicLabel([])).toBe('（无关键词）')
  })
})

describe('topics: persistence', () => {
  it('resumes from a dump as if it had never stopped', () => {
    const { index, topicOf } = replay()
    const restored = new TopicIndex()
    restored.load(JSON.parse(JSON.stringify(index.dump())))
    expect(restored.topics()).toEqual(index.topics())
    const next = '客服说社保卡人脸比对异常是系统问题，今天刷脸还是失败'
    const a = index.assign('s6', tok(next), at(150))
    const b = restored.assign('s6', tok(next), at(150))
    expect(b).toEqual(a)
    expect(b.topicId).toBe(topicOf.get('s1'))
    expect(restored.dump()).toEqual(index.dump())
  })

  it('refuses a state it does not know, in both languages', () => {
    expect(() => new TopicIndex().load({ version: 2 } as never)).toThrow(/话题索引状态版本不支持 \/ Unsupported/)
  })
})

describe('spike rule', () => {
  const RULE = { windowHours: 2, baselineDays: 7, minCount: 3, factor: 3 }
  const now = at(0)
  const ev = (minutesAgo: number, channel?: string): SpikeEvent => ({ at: at(-minutesAgo), ...(channel ? { channel } : {}) })

  it('fires on a burst from several channels in a quiet week', () => {
    const s = detectSpike([ev(100, 'app'), ev(70, 'wechat'), ev(30, 'hotline'), ev(5, 'app')], { ...RULE, now })
    expect(s).toMatchObject({ spiking: true, windowCount: 4, baselineRate: 0, channels: 3 })
    expect(s.reason).toContain('近2小时4条')
    expect(s.reason).toContain('来自3个渠道')
  })

  it('fires when a topic with some volume grows several-fold', () => {
    // One item a day for a week, then five in two hours.
    const week = Array.from({ length: 7 }, (_, d) => ev((d + 1) * 24 * HOUR))
    const s = detectSpike([...week, ...[10, 20, 30, 40, 50].map((m) => ev(m))], { ...RULE, now })
    expect(s.spiking).toBe(true)
    expect(s.windowCount).toBe(5)
    expect(s.baselineRate).toBeCloseTo(7 / 84, 3)
    expect(s.reason).toMatch(/为平常的[\d.]+倍/)
  })

  it('stays quiet on steady volume, however large', () => {
    // Three items every two hours for eight days.
    const steady = Array.from({ length: 8 * 12 }, (_, i) => [ev(i * 120 + 10), ev(i * 120 + 50), ev(i * 120 + 90)]).flat()
    const s = detectSpike(steady, { ...RULE, now })
    expect(s.windowCount).toBe(3)
    expect(s.baselineRate).toBeCloseTo(3, 5)
    expect(s.ratio).toBeCloseTo(1, 5)
    expect(s.spiking).toBe(false)
    expect(s.reason).toContain('未达到平常的3倍')
  })

  it('stays quiet below the minimum count', () => {
    const s = detectSpike([ev(30, 'app'), ev(10, 'kiosk')], { ...RULE, now })
    expect(s.spiking).toBe(false)
    expect(s.reason).toContain('未达到预警起点3条')
  })

  it('takes bucket counts as well as single items', () => {
    const buckets = [{ at: at(-3 * 24 * HOUR), count: 2 }, { at: at(-60), count: 4 }]
    expect(detectSpike(buckets, { ...RULE, now })).toMatchObject({ spiking: true, windowCount: 4 })
  })

  it('is deterministic: ends at the latest event unless told, ignores the future', () => {
    const events = [ev(100), ev(60), ev(20)]
    expect(detectSpike(events, RULE)).toEqual(detectSpike(events, { ...RULE, now: at(-20) }))
    const s = detectSpike([...events, { at: at(600) }], { ...RULE, now })
    expect(s.windowCount).toBe(3)
    expect(detectSpike([], RULE)).toMatchObject({ spiking: false, windowCount: 0 })
  })
})
