import { STOPWORDS } from '../../search/stopwords'
import { hasHan, isHan } from '../../search/text'
import { MESSAGE_WORDS, pieces, WHOLE_WEIGHT } from '../routing/words'

/**
 * Words that occur in feedback about anything: when, how often, how it felt. They would make two
 * unrelated complaints from the same morning look alike.
 */
const CHATTER = new Set(
  ('今天 昨天 明天 上午 下午 晚上 早上 中午 今晚 凌晨 上周 本周 这周 下周 周一 周二 周三 周四 周五 周六 周日 ' +
    '一天 两天 三天 几天 多天 一周 一个月 两个月 半个月 小时 分钟 时间 一下 一遍 一次 两次 三次 几次 多次 好几 ' +
    '现在 目前 至今 已经 还是 一直 总是 老是 每次 每天 每个 终于 结果 然后 但是 可是 而且 因为 所以 如果 这样 那样 ' +
    '这种 那种 那台 这台 我们 你们 他们 大家 别人 家里 本人 自己 孩子 老人 父亲 母亲 我妈 我爸 对象 ' +
    '太 很 特别 非常 真是 真的 实在 根本 到底 怎么 为啥 为什么 能不能 可不可以 是不是 有没有 ' +
    '方便 麻烦 谢谢 感谢 满意 不满 生气 气死 无语 佩服 点赞 好评 差评 希望 建议 请问 ' +
    '办 办理 办事 跑 来回 白跑 一趟 三趟 说 问 让 找 去 来 到 给 用 没 不 也 都 又 还 就 才 只 ' +
    '问题 情况 事情 东西 地方 部门 工作人员 工作 人员 同志 窗口 现场 网上 线上 手机 电话 ' +
    // contact details and their labels (the text is masked before triage, the labels stay)
    '身份证号 身份 证号 号码 联系电话 联系方式 回电 邮箱 人称 不到 不了 一样 不能 好几个 几个 一些 很多 好多').split(' '),
)

const ALNUM = /^[a-z0-9]+$/
/** Error codes and item numbers (e1023, a0127) tell incidents apart; bare numbers do not. */
const CODE_LIKE = /^(?=.*[a-z])(?=.*\d)[a-z0-9]{3,}$/
/** An error code shared by two short messages says more than any word: they saw the same fault. */
const CODE_WEIGHT = 2

/** Characters that make a pair of leftover single characters a non-word (机上, 坏的, 又是). */
const FUNCTION_CHARS = new Set('的了是在就也都又还吗呢啊吧着过上下里个把被给让和与我你他她它这那有没不很太要会能说去来到')

/** Times and amounts (十二点, 十一点半, 两年, 三次, 五六次): when and how often, not what. */
const QUANTITY = /^[零一二三四五六七八九十百千万两几半多个\d.]+(点半?|点钟|年|个月|月|天|日|周|星期|小时|分钟|分|秒|次|遍|趟|岁|元|块|号|个|名|户|人|套|张)?$/

function keep(w: string): boolean {
  if (STOPWORDS.has(w) || MESSAGE_WORDS.has(w) || CHATTER.has(w) || QUANTITY.test(w)) return false
  // Latin words are mostly e-mail and app names; codes (e1023) are the exception worth keeping.
  if (ALNUM.test(w)) return CODE_LIKE.test(w)
  return w.length >= 2
}

/**
 * The terms one piece of feedback is compared by: jieba words without filler, long words also as
 * their pieces (住房公积金 -> 住房, 公积金, the whole at WHOLE_WEIGHT), and the two-character
 * pairs of runs the segmenter left as single characters (取/号/机 -> 取号, 号机), which is where
 * words it does not know (取号机, 卡纸了) end up. Term frequency is capped at 1 per text: a
 * repeated word is emphasis, not more topic.
 */
export function topicTerms(tokens: string[]): Map<string, number> {
  const out = new Map<string, number>()
  const put = (t: string, w: number) => {
    if (keep(t)) out.set(t, Math.max(out.get(t) ?? 0, w))
  }
  let run = ''
  const flush = () => {
    for (let i = 0; i + 2 <= run.length; i++) {
      if (!FUNCTION_CHARS.has(run[i]!) && !FUNCTION_CHARS.has(run[i + 1]!)) put(run.slice(i, i + 2), 0.5)
    }
    run = ''
  }
  for (const raw of tokens) {
    const t = raw.toLowerCase()
    if (t.length === 1 && isHan(t)) {
      run += t
      continue
    }
    flush()
    const parts = pieces(t)
    if (parts.length >= 2) {
      put(t, WHOLE_WEIGHT)
      for (const p of parts) put(p, 1)
    } else if (hasHan(t) || ALNUM.test(t)) put(t, CODE_LIKE.test(t) ? CODE_WEIGHT : 1)
  }
  flush()
  // What went wrong, however it is said: 没到账 / 没收到 / 没发到 are one issue.
  for (const concept of issuesIn(tokens)) out.set(concept, 1)
  return out
}

/** The kinds of trouble (ISSUES) a text reports. */
export function issuesIn(tokens: string[]): string[] {
  const text = tokens.join('')
  return ISSUES.filter(([, re]) => re.test(text)).map(([concept]) => concept)
}

/** Issues that are a complaint by themselves; 预约 and 取号 are also said in passing. */
const NEUTRAL_ISSUES = new Set(['#预约难', '#排队久'])

/**
 * Kinds of trouble citizens report about a service, each with the ways it is said. Matched on the
 * joined words; the concept becomes a term (#…) shared by paraphrases of the same issue. Written
 * from the common complaint types of service halls and 12345 work orders.
 */
const ISSUES: Array<[string, RegExp]> = [
  ['#未到账', /(没|未|还没|没有)(到账|收到|发|发放|打到|拨付|入账)|迟迟不(到|发)|至今未/],
  ['#认证失败', /(人脸|刷脸|实名|认证|识别|验证).{0,6}(失败|不通过|通不过|过不去|异常|不成功|不了)/],
  ['#系统故障', /系统.{0,2}(异常|故障|崩|瘫|坏|出问题|维护|升级|错误)|打不开|登不上|进不去|闪退|报错|错误码|错误代码|提交(失败|不了)|页面(卡|转圈)|卡住|转了半小时|一直转圈/],
  ['#设备故障', /(坏|故障|卡纸|不能用|停用|死机|没反应)/],
  ['#排队久', /排(了|到|队)|等(了|到)(很久|半天|.{0,4}小时)|取号|叫号|号都|人太多|特别多/],
  ['#预约难', /预约|约不上|抢号|放号|号源|一号难求|没号/],
  ['#重复扣款', /扣(了|钱|款)|重复(缴|交|扣)|交了两次|多扣|扣了两次/],
  ['#缴费未显示', /未缴费|缴费记录|显示未|没有记录|查不到/],
  ['#退件', /退回|驳回|被退|不通过|不合格|核验不通过/],
  ['#态度差', /态度|不耐烦|爱答不理|甩脸|推诿|踢皮球/],
  ['#办理慢', /太慢|慢|超过.{0,6}(未|没)|拖了|一直没|还在(审核|初审)|审核中/],
]

/** Words of thanks and praise; a compliment is not part of the complaint it shares words with. */
const PRAISE = new Set(
  ('谢谢 感谢 点赞 赞 好评 满意 表扬 方便 省心 耐心 专业 周到 热情 贴心 高效 顺畅 给力 不错 快捷 便捷 挺快 很快 ' +
    '太快 迅速 及时 到位 暖心 细心 负责 利索 搞定 顺利 辛苦').split(' '),
)
/** Words of something gone wrong; any of them outweighs praise words (irony: 效率真是“高”啊). */
const PROBLEM = new Set(
  ('投诉 举报 不满 故障 失败 错误 异常 卡住 卡纸 坏 坏了 打不开 登不上 扣 扣了 拖 拖延 推诿 踢皮球 刁难 ' +
    '太慢 慢 难 乱 差 骗 违规 曝光 说法 凭什么 为啥 怎么回事 至今 还没 仍 又是 气死 无语 白跑 ' +
    '不能 不行 不了 不给 不让 不理 不管 不回 不合格 不通过 不耐烦 不清楚 不上 没人 没人管 没收到 没到 没法 没有用 ' +
    '驳回 退回 取消 冻结 锁 逾期 拖欠 欠').split(' '),
)

export type Polarity = 'praise' | 'problem' | 'other'

/** Rough tone of one item from its words: praise only when nothing in it says something went wrong. */
export function polarity(tokens: string[]): Polarity {
  if (issuesIn(tokens).some((i) => !NEUTRAL_ISSUES.has(i))) return 'problem'
  let praise = false
  for (const t of tokens) {
    if (PROBLEM.has(t)) return 'problem'
    if (PRAISE.has(t)) praise = true
  }
  return praise ? 'praise' : 'other'
}
