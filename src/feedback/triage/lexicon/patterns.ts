/**
 * Phrases that carry tone through facts rather than through evaluative words: how long someone
 * queued, how many trips or attempts it took, what still has not happened, who sent them where
 * (推诿), and the sarcasm of service complaints (真是好即时啊, quoted praise). Written from how
 * citizens describe service failures and successes; numbers may be Arabic or Chinese.
 *
 * Each pattern runs on the folded text (simplified, half-width, lower case) with the `g` flag.
 */

/** A count in Arabic or Chinese numerals (两, 半, 几, 好几 included). */
const N = '(?:\\d+|[一二两三四五六七八九十百半几]+|好几|好多|很多|无数)'

export interface TonePattern {
  re: RegExp
  weight: number
  /** What the pattern stands for (shown in docs and debugging). */
  why: string
}

export const NEGATIVE_PATTERNS: readonly TonePattern[] = [
  { re: new RegExp(`(?:排|等|坐|耗|站|熬)(?:队|号)?了?(?:整整|足足|将近|快|差不多|近)?${N}个?[多半]?个?(?:小时|钟头|钟|天|周|星期|个月|月|年)`, 'g'), weight: 1.2, why: '排队/等候时间长' },
  { re: /(?:排|等|坐)(?:队|号)?了?(?:很久|好久|半天|老半天|一上午|一下午|一整天|大半天)/g, weight: 1.2, why: '等了很久' },
  { re: new RegExp(`跑了?(?:整整)?${N}(?:趟|次|回)`, 'g'), weight: 1.5, why: '跑了好几趟' },
  { re: new RegExp(`(?:试|提交|打|拍|交|退回|驳回|打回|填|改|失败|被拒|叫|喊|催|问|刷新|登录|输入|上传)了?${N}(?:次|遍|回|声)`, 'g'), weight: 0.8, why: '反复多次' },
  { re: /让我(?:明天|下周|改天|回去|过几天|下次|周一|下午|先回去)(?:再来|再办|再说|补|等)?/g, weight: 1, why: '让我改天再来' },
  { re: /又说|又要|又让/g, weight: 0.6, why: '说法反复' },
  { re: /谁还[^，。！？,!?]{1,6}[啊呀呢吧]/g, weight: 0.8, why: '反问：谁还…啊' },
  { re: /非要|非得|偏要|硬要/g, weight: 0.8, why: '非要…' },
  { re: /每次(?:去|来|打|问|都)?都?(?:说|要|让|是|不|没)/g, weight: 0.8, why: '每次都说…' },
  { re: /收了[^，。！？,!?]{0,6}(?:学费|钱|押金|定金|会费|预付款)[^。！？!?]{0,6}(?:关门|跑路|跑了|不见|联系不上|失联)/g, weight: 1.5, why: '收钱跑路' },
  { re: /一点(?:儿)?[^，。！？,!?]{1,4}(?:都|也)(?:没有?|不)/g, weight: 0.8, why: '一点…都没有' },
  { re: /连(?:个|一个|一句|一点)?[^，。！？,!?]{1,5}都(?:没有?|不)/g, weight: 1, why: '连…都没有' },
  { re: /(?:一直|始终|总是|老是)(?:不|没)[\p{Script=Han}]{1,2}/gu, weight: 0.6, why: '一直不亮' },
  { re: new RegExp(`只开了?${N}个(?:窗口|号)`, 'g'), weight: 1.2, why: '只开两个窗口' },
  { re: new RegExp(`第${N}(?:次|趟)(?:来|跑|去|打|问)`, 'g'), weight: 0.8, why: '第几次来' },
  { re: new RegExp(`连(?:续|着)?(?:抢|约|打|跑|去|来|问)?了?${N}(?:天|次|趟|周|遍)`, 'g'), weight: 0.8, why: '连续多次' },
  { re: new RegExp(`(?:扣|交|缴)了?(?:两|二|三|${N})(?:次|遍|回)`, 'g'), weight: 1, why: '重复扣费' },
  {
    re: /(?:至今|到现在|到目前|迄今|一直|迟迟|始终|仍|仍然|依然|还|都|也)(?:没有?|未|不)(?:有|见|给)?(?:到账|更新|办|回复|答复|处理|解决|发放?|放款|下来|接收|联系|消息|动静|结果|音讯|通知|人|退|批|轮到|叫到|排到|见到|收到|修)/g,
    weight: 1.2,
    why: '至今未办',
  },
  { re: /(?:至今|迟迟|始终)(?:没|未|不)/g, weight: 0.8, why: '迟迟不' },
  // time gone by, said with 已经/都 … 了 or followed by still-not: 已经七个多月了, 提交二十天了还在初审
  { re: new RegExp(`(?:已经|都)[^，。！？,!?]{0,6}?${N}个?[多半]?个?(?:天|周|星期|个月|月|年)[多半]?了`, 'g'), weight: 0.8, why: '已经…了' },
  { re: new RegExp(`${N}个?[多半]?个?(?:天|周|星期|个月|月|年)[多半]?了?[，,]?(?:还|都|也|仍|依然)(?:没|未|不|在|是|显示)`, 'g'), weight: 1, why: '…了还没' },
  { re: /(?:到现在|至今|现在)(?:还|仍|仍然|依然)(?:显示|在|是|卡在)/g, weight: 0.8, why: '到现在还…' },
  { re: /(?:又|还是|仍然|依然|照样)(?:是)?(?:坏|卡|打不开|不能用|不行|故障|失败|这样|显示未|提示错误|没水|没人)/g, weight: 0.8, why: '问题反复' },
  { re: /(?:让|叫)我?(?:找|去|回)[^，。！？,.!?]{1,8}[，,]?[^，。！？,.!?]{0,6}又(?:让|叫)我?(?:找|去|回)/g, weight: 1.5, why: '推来推去' },
  { re: /(?:不给|不让|不予|拒绝)(?:办|取号|受理|登记|预约|解释|答复|退|进|办理)/g, weight: 1, why: '不给办' },
  { re: /被(?:取消|退回|驳回|拒|锁|扣|骗|坑|罚|冻结|卡住|刁难)/g, weight: 0.8, why: '被…（不利遭遇）' },
  { re: /被[^，。！？,!?]{0,6}(?:骂|打|推|欺负|训斥|呵斥|吼)/g, weight: 1, why: '被…骂/推' },
  { re: /是不是[^，。！？,.!?]{0,12}(?:出问题|坏了|故意|被人|不管|忘了|没人)/g, weight: 0.8, why: '反问：是不是出问题了' },
]

export const POSITIVE_PATTERNS: readonly TonePattern[] = [
  { re: /(?:一次|一趟|当天|当场|立等|即时|马上|很快|半天|[\d两三四五六七八九十几]+分钟|一个?小时|半小时|一天|[一两三]天|一周|一个?星期)(?:就|便|都)?(?:办好|办完|办成|办结|搞定|弄好|拿到|到账|出证|下证|批下来|办下来|修好|领了|寄到|发了|出来了|通过)/g, weight: 1, why: '很快办好' },
  { re: /(?:不用|无需|不需要|不必|免去?)[^，。！？,.!?]{0,3}(?:跑|排队|来回|跑腿|到现场|去现场|去大厅)/g, weight: 1.2, why: '不用跑' },
  { re: /比(?:以前|之前|去年|原来|过去|往年|想象中?|预想的?|预期)的?(?:快|方便|顺畅|省事|简单|好|强|顺利)/g, weight: 1.2, why: '比以前方便' },
  { re: /(?:方便|顺畅|快|省事|简单|顺利)多了/g, weight: 1.2, why: '方便多了' },
  { re: /终于(?:办好|批下来|解决|拿到|到账|办下来|修好)/g, weight: 0.8, why: '终于办好' },
]

/** Sarcasm: praise that means the opposite. */
export const SARCASM_PATTERNS: readonly TonePattern[] = [
  { re: /真是?好[\p{Script=Han}]{1,3}[啊呀哦]/gu, weight: 1.5, why: '真是好X啊（反讽）' },
  { re: /让我(?:体验|见识|领教)/g, weight: 1.5, why: '让我体验了…（反讽）' },
  { re: /(?:感谢|谢谢)[^，。！？,.!?]{0,8}让我/g, weight: 1, why: '感谢…让我（反讽）' },
  { re: /改名叫/g, weight: 1, why: '建议改名叫…（反讽）' },
  { re: /真是?[“"「][^”"」]{1,4}[”"」]/g, weight: 1.2, why: '真是“高”（反讽）' },
]

/** ？？ ！！ ?! — agitation; counts against a message that is not clearly positive. */
export const AROUSAL_PATTERN = /(?:[?？]\s*){2,}|(?:[!！]\s*){2,}|[?？][!！]|[!！][?？]/g

/** Quotation marks around a word of praise turn it into scare quotes: 效率真是“高”. */
export const QUOTED = /“[^“”]{1,8}”|"[^"]{1,8}"|「[^「」]{1,8}」|『[^『』]{1,8}』/g
