/**
 * Words that change the weight of the sentiment words near them, from Chinese grammar:
 * negation (不, 没有, 并不, 毫不…) with a short scope inside the clause, degree adverbs (非常, 太,
 * 有点…), contrast (但是, 可是, 不过: the clause after weighs more), concession (虽然: its clause
 * weighs less) and irrealis (建议, 希望, 如果: a wish for something good is not praise).
 */

/** Negators and how fully they flip: 1 flips, 0.5 for softened ones (不太方便 is milder than 不方便). */
export const NEGATORS: ReadonlyArray<readonly [string, number]> = [
  ['不', 1], ['没', 1], ['没有', 1], ['别', 1], ['未', 1], ['无', 1], ['并不', 1], ['并没有', 1], ['并没', 1], ['并未', 1],
  ['毫不', 1], ['毫无', 1], ['从不', 1], ['从未', 1], ['从没', 1], ['从来不', 1], ['从来没', 1], ['绝不', 1], ['决不', 1],
  ['不是', 1], ['并非', 1], ['不曾', 1], ['未曾', 1], ['不再', 1], ['不用', 1], ['无需', 1], ['无须', 1], ['不需要', 1],
  ['不必', 1], ['甭', 1], ['勿', 1], ['一点都不', 1], ['一点也不', 1], ['一点儿也不', 1], ['不够', 0.7], ['不太', 0.5], ['不大', 0.5], ['不怎么', 0.5],
  ['不是很', 0.5], ['不是太', 0.5], ['不算', 0.5], ['没那么', 0.5], ['没有那么', 0.5], ['不甚', 0.5],
  // prevention is about the bad thing without reporting one: 防范电信诈骗
  ['防范', 0.5], ['预防', 0.5], ['谨防', 0.5], ['防止', 0.5], ['打击', 0.5], ['严防', 0.5],
]

/** Degree adverbs: multiply the next sentiment word. */
export const DEGREE: ReadonlyArray<readonly [string, number]> = [
  ['非常', 1.8], ['特别', 1.7], ['极其', 2], ['极度', 2], ['极为', 1.8], ['极', 1.8], ['太', 1.8], ['十分', 1.6],
  ['万分', 1.8], ['很', 1.4], ['挺', 1.2], ['蛮', 1.2], ['颇', 1.2], ['相当', 1.5], ['比较', 1.1], ['较', 1.1],
  ['还算', 0.8], ['还挺', 1.2], ['真', 1.4], ['真是', 1.4], ['真的', 1.4], ['实在', 1.5], ['简直', 1.7], ['超', 1.6],
  ['超级', 1.7], ['巨', 1.6], ['贼', 1.5], ['最', 1.8], ['更', 1.3], ['更加', 1.4], ['越来越', 1.4], ['有点', 0.6],
  ['有点儿', 0.6], ['有些', 0.6], ['稍微', 0.5], ['稍', 0.5], ['略', 0.5], ['略微', 0.5], ['一点', 0.6], ['些许', 0.5],
  ['多么', 1.5], ['如此', 1.4], ['那么', 1.2], ['这么', 1.2], ['太过', 1.8], ['过于', 1.5], ['完全', 1.3],
  ['根本', 1.5], ['压根', 1.5], ['又', 1.3], ['总是', 1.3], ['老是', 1.3], ['始终', 1.2], ['一直', 1.2], ['仍然', 1.1],
  ['依然', 1.1], ['再三', 1.3], ['反复', 1.3], ['一再', 1.3], ['屡次', 1.3], ['多次', 1.2], ['好', 1.5],
]

/** 但是-words: what follows is what the writer means. Single characters count only at a clause start (但) or anywhere for 却. */
export const CONTRAST: readonly string[] = [
  '但是', '但', '可是', '不过', '然而', '只是', '就是', '却', '偏偏', '反而', '结果', '谁知', '谁知道', '没想到', '哪知',
]
/** Contrast words that only count at the start of a clause (就是 is also plain emphasis: 就是不给办). */
export const CONTRAST_CLAUSE_START_ONLY: ReadonlySet<string> = new Set(['但', '就是', '只是', '结果', '没想到'])

/** 虽然-words: their own clause is the conceded part. */
export const CONCESSIVE: readonly string[] = ['虽然', '虽说', '虽', '尽管', '固然']

/** Wishes, conditions and requests: good words there describe what is wanted, not what happened. */
export const IRREALIS: readonly string[] = [
  '建议', '希望', '期望', '期待', '盼望', '如果', '假如', '要是', '万一', '最好', '应该', '应当', '能否', '能不能',
  '可否', '可不可以', '是否', '如能', '若能', '要求',
  // promises and claims reported, not experienced: 说好的当天办结, 自称保证当天办完
  '保证', '号称', '声称', '自称', '说是', '说好的', '承诺',
]

/**
 * Requests and questions make a text's 谢谢 a courtesy rather than praise (请帮忙查询，谢谢).
 * 请 of 申请, 邀请, 请假 is no request; 帮我 alone narrates (工作人员帮我…) and is not one either.
 */
export const REQUEST = /(?<![申邀])请(?!假)|麻烦|盼复|盼回复|望回复|求助|帮我查|帮忙查|帮忙看|帮我看|帮忙核|核查|查询|咨询|请教|询问|问一下|想问|能否|希望/

/** Courtesy words that stop counting as praise when the text is a request. */
export const COURTESY: ReadonlySet<string> = new Set(['谢谢', '感谢', '多谢', '辛苦了', '辛苦你们'])

/** Markers of a rhetorical (indignant) question: such a question keeps its full negative weight. */
export const RHETORICAL: readonly string[] = [
  '到底', '究竟', '凭什么', '难道', '何在', '谁来', '谁能', '谁给', '谁管', '还让不让', '有没有人', '是不是', '吧', '为啥',
  '为什么', '怎么又', '怎么还', '什么时候能', '意义', '合理吗', '像话吗', '能不能给个', '谁负责', '管不管',
]
