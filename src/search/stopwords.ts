/**
 * Filler of spoken questions: it says how someone asks, not what they ask about, and in an OR
 * query it would only reward long documents.
 */
export const STOPWORDS = new Set(
  ('怎么 怎样 怎么样 如何 什么 啥 哪些 哪个 哪里 哪儿 要 需要 需 能 能不能 可以 可不可以 可否 是否 吗 呢 啊 呀 吧 嘛 了 的 得 地 ' +
    '我 我们 你 你们 他 她 想 想要 去 来 办 办理 弄 搞 要不要 有 有没有 没有 带 一下 请问 你好 您好 咨询 问 问下 个 一个 些 ' +
    '多久 多长时间 多少 多少钱 几天 是 在 和 与 及 或 把 被 给 让 还 都 也 就 又 再 该 应该 为什么 咋 咋办 怎么办 时候 ' +
    '现在 之后 以后 后 前 后面 自己 本人 这个 那个 这 那 谁 所 手续 流程 材料 东西 事 事情 一些 准备 相关 需要带 ' +
    '能否 可以吗 行不行 快 明年 今年 马上 刚 刚刚 已经 全部 都要 哪 啥时候 什么时候 怎么弄 怎么办理 要求 条件 情况 一家 一张 一份 一次 一所 一间 一些').split(' '),
)
