import { STOPWORDS } from '../../search/stopwords'
import { hasHan } from '../../search/text'
import { subwords } from '../../search/tokenizer'

/**
 * Words that say what kind of message this is (a complaint, a thank-you, a call transcript) and
 * never what it is about. The 12345 intake guide is titled with several of them
 * (咨询、求助、投诉、举报、建议), so without this list every complaint would lean towards the hotline.
 */
export const MESSAGE_WORDS = new Set(
  ('投诉 举报 建议 提建议 求助 咨询 表扬 感谢 谢谢 点赞 好评 差评 反映 反映问题 诉求 意见 来电 来电人 市民 群众 称 表示 ' +
    '询问 希望 要求 请求 尽快 处理 答复 回复 解决 联系 联系人 电话 邮箱 手机 号码 先生 女士 领导 同志 工作人员 ' +
    '尊敬 盼 麻烦 帮忙 查询 核实 一直 还是 到底 根本 真是 真的 太 非常 特别 很 好 不 没 才 说 问题 受理 申请 办事 服务 ' +
    '噪音扰民 扰民 打12345').split(' '),
)

/**
 * Citizen words naming a whole field rather than one item (社保 is everything 人社 does). The
 * citizen dictionary translates them into one official word (社保 -> 社会保险) that happens to be
 * in one item's title; for routing that translation must not pick the item.
 */
export const FIELD_WORDS = new Set('社保 医保 公积金 户口 户籍 不动产 房产证 房本 养老金 退休金 税务 驾照'.split(' '))

/** Generic words of item titles: every second guide has them, they tell nothing apart. */
export const TITLE_FILLER = new Set(
  ('申请 办理 核发 签发 受理 服务 登记 许可 审批 确认 申领 首次 新办 含 等 ' +
    // words of how a service is delivered, which feedback about any department uses (预约, 补发)
    '预约 网络 网上 线上 普通 基本 个人 单位 人员 有效 资料 资格 使用 设置 设施 临时 换发 补发').split(' '),
)

const DIGITS = /^[\d.]+$/

/** Whether a word can carry meaning for routing or clustering. */
export function isContentWord(w: string): boolean {
  if (w.length < 2 && hasHan(w)) return false
  if (DIGITS.test(w) || w.length < 2) return false
  return !STOPWORDS.has(w) && !MESSAGE_WORDS.has(w)
}

/**
 * The dictionary words a long word is made of, without overlaps: 普通护照签发 -> 普通, 护照, 签发
 * (not the stray 照签 a full cut also finds). Most characters covered, then the finest split, so
 * both 高龄津贴申领 (a title) and 高龄津贴 (a citizen's word) come down to 高龄, 津贴.
 */
export function pieces(word: string): string[] {
  if (word.length < 4 || !hasHan(word)) return []
  const inside = subwords(word)
  if (!inside.length) return []
  const n = word.length
  // best[i]: [covered, pieces, words] for word.slice(i)
  const best: Array<[number, number, string[]]> = new Array(n + 1)
  best[n] = [0, 0, []]
  for (let i = n - 1; i >= 0; i--) {
    const skip = best[i + 1]!
    let top: [number, number, string[]] = [skip[0], skip[1], skip[2]]
    for (const w of inside) {
      if (!word.startsWith(w, i)) continue
      const next = best[i + w.length]!
      const cand: [number, number, string[]] = [next[0] + w.length, next[1] + 1, [w, ...next[2]]]
      if (cand[0] > top[0] || (cand[0] === top[0] && cand[1] > top[1])) top = cand
    }
    best[i] = top
  }
  return best[0]![2]
}

/** Weight of a long word itself next to its pieces: the pieces are what other texts share. */
export const WHOLE_WEIGHT = 0.3

/**
 * Weighted content words of a segmented text: each word, and for a long word (住房公积金提取)
 * its pieces at full weight and itself at WHOLE_WEIGHT, so a text matches a title whether or not
 * the segmenter knew the long word.
 */
export function weightedTerms(tokens: string[], skip: (w: string) => boolean = () => false): Map<string, number> {
  const out = new Map<string, number>()
  const put = (t: string, w: number) => {
    if (isContentWord(t) && !skip(t)) out.set(t, Math.max(out.get(t) ?? 0, w))
  }
  for (const t of tokens) {
    const parts = pieces(t)
    if (parts.length < 2) {
      put(t, 1)
      continue
    }
    const kept = parts.filter((p) => isContentWord(p) && !skip(p))
    if (!kept.length) continue
    put(t, WHOLE_WEIGHT)
    for (const p of kept) put(p, 1)
  }
  return out
}

/** Content words of a segmented text (see weightedTerms), without weights. */
export const contentTerms = (tokens: string[]): string[] => [...weightedTerms(tokens).keys()]

/**
 * Personal data that would read as a topic: "身份证号370…" mentions an ID card but is not about
 * one. Labelled numbers are cut before matching (the PII detector masks them for display).
 */
const LABELLED_NUMBER = /(身份证号码?|身份证|证件号码?|卡号|账号|电话|手机号?)[:：为是]?\s*[\d\sxX*+-]{7,}/gi

/** Folded text without spaces and labelled numbers, for substring matching. */
export function matchableText(folded: string): string {
  return folded.replace(LABELLED_NUMBER, '。').replace(/\s+/g, '')
}
