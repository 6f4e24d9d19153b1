import { describe, expect, it } from 'vitest'

import { gapText, maskPersonalData } from '../../../src/search/gaps'
import { departmentAliases, DepartmentDirectory } from '../../../src/search/intent'
import { pinyinOf, PinyinVocabulary } from '../../../src/search/pinyin'
import { SynonymSet } from '../../../src/search/synonyms'
import { SYNONYM_SEED } from '../../../src/search/synonyms.seed'
import { cleanQuery, MAX_QUERY_CHARS } from '../../../src/search/text'
import { segment } from '../../../src/search/tokenizer'

describe('query cleaning', () => {
  it('folds width, case and traditional characters and drops symbols', () => {
    expect(cleanQuery('  社保卡補辦！！ＡＢＣ  ')).toBe('社保卡补办 abc')
    expect(cleanQuery('@#￥%……&*')).toBe('')
    expect(cleanQuery(undefined)).toBe('')
    expect(cleanQuery('长'.repeat(1000)).length).toBe(MAX_QUERY_CHARS)
    expect(cleanQuery('事项 11370100MB0000105-GG-003')).toBe('事项 11370100mb0000105-gg-003')
  })
})

describe('synonym phrases', () => {
  const set = new SynonymSet([
    { phrases: ['公积金+取'], targets: ['住房公积金提取'] },
    { phrases: ['开饭店'], targets: ['食品经营许可'] },
    { phrases: ['社保卡丢了'], targets: ['社会保障卡补换'] },
  ])
  const targets = (q: string) => set.match(q).flatMap((m) => m.targets)

  it('matches a+b phrases in any order', () => {
    expect(targets('怎么取出公积金')).toEqual(['住房公积金提取'])
  })
  it('matches plain phrases with a few words in between, in order', () => {
    expect(targets('想开一家饭店')).toEqual(['食品经营许可'])
    expect(targets('社保卡不小心丢了')).toEqual(['社会保障卡补换'])
    expect(targets('饭店开门时间')).toEqual([])
  })
  it('the seed covers every kind of phrase without empty entries', () => {
    expect(SYNONYM_SEED.length).toBeGreaterThan(60)
    for (const s of SYNONYM_SEED) {
      expect(s.phrases.every(Boolean) && s.targets.every(Boolean)).toBe(true)
    }
    expect(new SynonymSet(SYNONYM_SEED).match('驾照快过期了').flatMap((m) => m.targets)).toContain('机动车驾驶证有效期满换证')
  })
})

describe('department names', () => {
  it('knows full names, short names, names without the city and office keywords', () => {
    const aliases = departmentAliases({ name: '示范市自然资源和规划局（示范市不动产登记中心）', shortName: '自然资源和规划局', keywords: ['不动产', '查档'] })
    expect(aliases).toEqual(expect.arrayContaining(['示范市自然资源和规划局', '自然资源和规划局', '不动产登记中心']))
    const dir = new DepartmentDirectory([{ id: 1, code: 'GAJ', name: '示范市公安局', shortName: '公安局', keywords: ['车管所'] }])
    expect(dir.named('车管所能办哪些业务').map((n) => n.code)).toEqual(['GAJ'])
    expect(dir.named('社保卡')).toEqual([])
  })
})

describe('pinyin', () => {
  const vocab = new PinyinVocabulary()
  for (const w of ['社保卡', '公积金', '提取', '身份证', '驾驶证']) vocab.add(w)
  const isWord = (w: string) => segment(w).length === 1

  it('gives full pinyin and initials', () => {
    expect(pinyinOf('社保卡')).toEqual({ full: 'shebaoka', initials: 'sbk' })
  })
  it('turns kiosk input into words: full, split, initials, unfinished', () => {
    expect(vocab.fromLatin('shebaoka')).toEqual(['社保卡'])
    expect(vocab.fromLatin('gongjijintiqu')).toEqual(['公积金', '提取'])
    expect(vocab.fromLatin('sfz')).toEqual(['身份证'])
    expect(vocab.fromLatin('jiashiz')).toEqual(['驾驶证'])
    expect(vocab.fromLatin('xyz')).toEqual([])
  })
  it('repairs homophone typos but leaves correct words and word boundaries alone', () => {
    expect(vocab.homophones('公基金提区', isWord).map((r) => r.to)).toEqual(['公积金', '提取'])
    expect(vocab.homophones('身份正丢了', isWord).map((r) => r.to)).toEqual(['身份证'])
    expect(vocab.homophones('公积金提取', isWord)).toEqual([])
  })
})

describe('personal data in search gaps', () => {
  it('masks phones, ID numbers, e-mail and long digit runs', () => {
    expect(maskPersonalData('我手机13812345678，身份证370102199001011234')).toBe('我手机[手机号]，身份证[证件号]')
    expect(maskPersonalData('电话0531-88889999 邮箱 zhang.san@example.cn')).toBe('电话[电话] 邮箱 [邮箱]')
    expect(maskPersonalData('案件号 2026 0012 3456 和 12345热线')).toBe('案件号 [数字] 和 12345热线')
  })
  it('keeps a short, cleaned text', () => {
    expect(gapText('  找不到  13812345678 的 ！！ 东西  ')).toBe('找不到 [手机号] 的 东西')
    expect(gapText('啊'.repeat(500)).length).toBeLessThanOrEqual(60)
  })
})
