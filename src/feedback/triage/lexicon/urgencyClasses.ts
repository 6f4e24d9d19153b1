/**
 * Urgency cues written as classes of words and structures rather than phrases, for emergencies
 * told without the emergency word (issue #4): a smell that means a leak, sparks from a line,
 * a child shut in a lift, a cover gone and a hole left; self-harm told through its means
 * (攒药), farewell acts (把存折密码写给我) and hopelessness; a crowd at a gate, a road blocked by
 * people, a trade stopping together; a press target named in a conditional threat, platform
 * nicknames (某音); extortion phrased "不意思一下就等着", relatives put on benefits, gifts taken
 * on an inspection with lenience promised. Merged into URGENCY_CUES; same weights scale (a reason
 * fires at 1), so most classes need company: thing + state, means + mood, group + gathering.
 */
import type { UrgentReason } from '../types'
import type { UrgencyCue } from './urgency'

const C = '[^，。！？；,!?;\\n]' // inside one clause (fold turns ，into ,)
const S = '[^。！？!?\\n]' // inside one sentence
const rx = (source: string) => new RegExp(source, 'g')

const PLATFORM_NICKNAMES = '某音|抖某|某手|某博|小某书|某书|斗音|自媒体|网络平台|视频平台'
const PRESS = '媒体|记者|电视台|报社|报纸|新闻|栏目|央视|卫视|省台|市台'

export const URGENCY_CLASS_CUES: Record<UrgentReason, readonly UrgencyCue[]> = {
  safety: [
    // smells: rotten egg is the odorant added to gas; burning smells mean a fire starting
    [/(?:臭鸡蛋|烂鸡蛋)(?:的)?(?:味|气味)/g, 1],
    [/(?:焦糊|烧焦|焦臭|烧糊|橡胶烧|塑料烧|电线烧|化学品?|汽油|油漆|硫磺)(?:的)?(?:味|气味)/g, 0.7],
    // places where a smell or a hazard affects everyone living there
    [/楼道|楼梯间|走廊|地下室|地下车库|车库|电梯间|配电房|锅炉房/g, 0.3],
    // electricity: sparks, crackling, lines down or hanging
    [/(?:蹦|冒|溅|迸|打|起|出)(?:了|着)?火星|火星子|电火花|电弧/g, 1],
    [/噼里啪啦|噼啪|滋滋|嗞嗞|吱吱响/g, 0.5],
    [rx(`(?:电线杆|电杆|线杆|路灯杆|灯杆|电线|电缆|高压线|电线头)${C}{0,6}(?:倒了|倒在|断了|断掉|耷拉|垂|掉到|掉在|落在|落到|拖在|拖到|搭在|泡在|泡水|浸在)`), 1],
    [/(?:耷拉|垂|拖|掉|落)(?:在|到)了?(?:地上|路上|路边|水里|人行道)/g, 0.6],
    // someone shut in: a lift, a shaft, a room
    [rx(`(?:关|困|卡|锁)(?:在|住)了?${C}{0,2}(?:电梯|轿厢)|电梯${C}{0,10}(?:出不来|打不开|人在里)`), 1],
    [/出不来|救不出来/g, 0.4],
    // covers gone, holes left
    [rx(`(?:井|下水道|排水沟|雨水口|篦子|窨井|化粪池)${C}{0,4}盖子?${C}{0,8}(?:拿走|偷走|偷了|不见|没了|丢了|掉了|碎了|缺了|塌|翻)`), 1],
    [/大洞|大坑|窟窿|深坑|天坑|陷下去/g, 0.4],
    // a harm predicted with certainty (肯定出事, 早晚出人命)
    [rx(`(?:肯定|早晚|迟早|非得|准得|保不齐|万一|总有一天|搞不好|弄不好|说不定)${C}{0,6}(?:出事|出人命|死人|伤人|出大事|砸到人|砸着人|摔|掉下去|着火|炸)`), 0.8],
    // food and water: the thing, spoiled, and what it did to who ate it
    [/食堂|饭菜|盒饭|午餐|午饭|晚饭|外卖|营养餐|桶装水|自来水|井水|直饮水/g, 0.3],
    [/馊|发霉|长毛|变质|发臭|有虫|浑浊|发黄|过期/g, 0.4],
    [/一直吐|吐个不停|吐了好几|发高烧|发烧|不舒服|难受得|起红疹|疹子|嘴唇发紫/g, 0.4],
    // dangerous goods left in the sun or the street
    [/暴晒|晒太阳|太阳底下|烤着/g, 0.4],
    // fear shown by people passing (吓死人 is a look-alike: a figure of speech)
    // second round (from the first blind batch's misses): trees and banks, smoke, breath
    [/外墙|瓷砖|墙砖|外立面|空调外机|基坑|沟槽|槐树|杨树|柳树|梧桐|榕树|樟树|松树|老树|古树|树干|一棵树|那棵树|棵树|河堤|护堤|堤岸|河岸|岸边|边坡|护坡|山坡/g, 0.3],
    [/脱落|鼓起来|鼓包|空鼓|整片|翘起来|连根|根都|斜着|歪着|压在|倒向|斜靠|掏空|被水冲|往下陷|下陷|一踩就/g, 0.4],
    [/全是烟|满是烟|烟雾|浓烟|烟倒灌|油烟倒灌/g, 0.5],
    [/喘不上来|透不过气|憋得慌|憋得喘|咳得|哮喘|心脏病/g, 0.5],
    [rx(`(?:底下|下面|下边)${C}{0,4}(?:过|穿过|钻|走过)`), 0.3],
    // third round (from the second blind batch's misses): falling facades, flames, open pits, people on roads
    [/砸坏|砸烂|砸瘪|砸穿|砸碎/g, 0.5],
    [/出入口|进出口|单元门口|楼门口/g, 0.3],
    [/嘭嘭响|砰砰响|炸响|嘭的一声|砰的一声/g, 0.5],
    [rx(`火苗${C}{0,4}(?:窜|蹿|冒|往外|往上)|(?:窜|蹿|冒)(?:出)?火苗|明火|火舌`), 0.8],
    [/(?:连个|一个)?(?:挡板|围挡|警示牌|护栏|防护网|盖板|警示灯)(?:都|也)没有?/g, 0.8],
    [rx(`(?:差点|险些|差一点|好悬)${C}{0,8}(?:栽|掉|摔|撞|被撞|碾|卷进|淹|砸|电到|烫)`), 0.8],
    [rx(`(?:老人|老太太|老大爷|老爷子|小孩|孩子|有人|一个人)${S}{0,10}(?:高架|高速|匝道|快速路|铁轨|铁路|隧道)${C}{0,4}(?:走|徘徊|乱跑|坐着|躺着)`), 1],
    [/吓人|心惊胆战|提心吊胆|胆战心惊|不敢走|不敢过|绕着走/g, 0.3],
  ],
  self_harm: [
    // the means, and gathering them
    [/安眠药|农药|老鼠药|敌敌畏|百草枯|烧炭/g, 0.5],
    [rx(`(?:攒|囤|藏)(?:了|好|够)?${C}{0,6}(?:安眠药|药|农药|老鼠药|百草枯|炭|绳子)|(?:安眠药|药片|农药|老鼠药|百草枯|药)${C}{0,6}(?:攒|囤|藏)(?:了|好|够)`), 1],
    // worn out, at a place to jump from, lingering
    [/扛不住|顶不住|熬不住|熬不过去|撑不过去/g, 0.8],
    [rx(`(?:阳台|楼顶|天台|窗台|窗边|江边|河边|桥上|桥边|护栏外)${C}{0,6}(?:站了|坐了|待了|呆了|站着|坐着)${C}{0,6}(?:很久|好久|半天|一夜|一晚上|好一会|一下午)`), 0.6],
    [rx(`从${S}{0,12}(?:楼顶|楼上|顶上|天台|窗户|桥上|阳台|大楼)${C}{0,4}跳`), 1],
    // farewell acts: handing over what one leaves, not wanting to be a burden, not eating
    [rx(`(?:存折|银行卡|存款|密码|房产证|钥匙|后事|孩子)${C}{0,8}(?:写给|交给|留给|交代给|托付给|告诉)了?我`), 0.6],
    [/不想(?:再)?拖累|成了?(?:累赘|负担)|是个?累赘|拖累(?:你们|大家|家里|孩子)/g, 0.6],
    [/不吃不喝|绝食|几天没吃饭|好几天没吃/g, 0.5],
    // no hope left; dying unnoticed
    [/没(?:什么|啥)?盼头|没指望了|看不到(?:希望|头|出路)|没有(?:希望|出路|活头)了?|人生没(?:有)?意义/g, 0.6],
    // farewells and resignation: 我要是先走了, 别难过, 现在站在桥上, 帮不帮都无所谓了
    [/(?:要是|如果)?先走(?:了|一步)|我走了以后|以后(?:就)?靠你(?:自己)?了/g, 0.5],
    [/别(?:难过|伤心|怪我|想我)|对不起(?:大家|你们|爸妈|孩子)/g, 0.5],
    [/把自己关在(?:屋|房间|家)|不出门也不见人|谁也不见/g, 0.4],
    [rx(`(?:现在|此刻|正)(?:就)?(?:站|坐|在)(?:在)?(?:大桥|桥|楼顶|天台|江边|河边|窗台|护栏外|阳台边)`), 0.8],
    [/(?:帮不帮|管不管|救不救|理不理)(?:我)?都(?:无所谓|没关系|不重要)了?/g, 0.5],
    // death told softly; a life given up
    [/永远睡(?:过去|着|下去)|一睡不醒|再也不(?:用)?醒|不再醒来|离开这个世界|离开人世|去那边陪|去陪我(?:老伴|妈|爸|爷爷|奶奶)/g, 1],
    [/我(?:这条)?(?:老)?命(?:也|都)?不要了/g, 1],
    [/命(?:也|都)不要了|豁出(?:这条)?(?:老)?命|拼了这条(?:老)?命|不要命了/g, 0.8],
    [/什么都做不好|没用的人|是个废物|活得没用/g, 0.4],
    [rx(`(?:我|人)(?:没了|不在了|死了|走了)${C}{0,6}(?:没人|不会有人|没有人)(?:知道|管|在乎|发现)`), 1],
  ],
  mass_incident: [
    // people crowding at a gate, staying
    [rx(`(?:围|聚|堵|守)(?:了|着|在)${C}{0,8}(?:门口|大门|楼下|广场|路口|工地|售楼处|不走|一上午|一下午|一整天|一天|一夜|半天|好几天|好几个小时)`), 0.5],
    [rx(`(?:坐|躺|跪|蹲)(?:在|着)${C}{0,6}(?:门口|大门|楼下|广场|路口|马路|不走)`), 0.5],
    [rx(`(?:全|都|全部|全都)(?:在|到了?|聚在|围在|堵在)${C}{0,4}(?:门口|大门|楼下|广场)`), 0.5],
    // a road or gate blocked by people (路口堵死了 alone is traffic)
    [rx(`堵(?:了|住|死|上)?(?:高速|马路|路口|公路|国道|大门|校门|厂门|铁路|桥)|(?:高速|马路|路口|公路|国道|大门|校门|厂门|铁路)${C}{0,4}(?:被|给|让)(?:人|他们|工人|村民|业主)${C}{0,2}(?:堵|拦|封)`), 0.6],
    // mobilised in a group chat; a gate blocked by vehicles; nobody passes until answered
    [rx(`群里${C}{0,8}(?:报名|接龙|约好|商量好|组织)|(?:报名|接龙)${C}{0,4}(?:\\d+|几十|上百|几百|[一二两三四五六七八九十百]+)[多余]?人`), 0.5],
    [rx(`(?:统一|一起|集体)${C}{0,8}(?:去|到)${S}{0,12}(?:门口|大门)${C}{0,4}(?:维权|讨说法|拉|举|喊)`), 0.5],
    [rx(`(?:门口|大门|路口|厂门|校门)${C}{0,2}(?:被|给|让)(?:货车|卡车|车辆|车|出租车|三轮车)${C}{0,2}堵`), 0.5],
    [/谁(?:都|也)别想(?:进|出|走|过)/g, 0.5],
    // a road or village closed by people; a crowd counted on the spot
    [/设卡|拦车|拦路|封路|封村|拦住车/g, 0.6],
    [/自发组织|组织起来|串联/g, 0.3],
    [rx(`(?:现场|门口|外面|楼下)(?:有|聚了?|站了)?(?:\\d+|上百|几十|几百|[一二两三四五六七八九十百]+)[多余]?(?:号)?人`), 0.5],
    // a whole trade stopping together
    [rx(`(?:全城|全市|全县|全部|所有|集体|统一|一起)${C}{0,6}(?:停运|停工|停产|停课|停业|停车|停摆|不拉客|不出车|不营业|不上班|不开工|罢)`), 0.5],
  ],
  media: [
    [rx(PLATFORM_NICKNAMES), 0.5],
    [rx(`(?:发|发布|发帖|曝|传|上传|挂|放|贴|爆料)${C}{0,4}(?:${PLATFORM_NICKNAMES})|(?:${PLATFORM_NICKNAMES}|网上|网络上)${C}{0,4}(?:发帖|爆料|挂出来|说道说道)`), 1],
    // going to the press: 去电视台, 向省级媒体, 到报社
    [rx(`(?:去|到|向|跑到)${C}{0,4}(?:${PRESS})`), 1],
    // a condition, then a press or platform target: 再不…就…媒体, 若…将向…
    [rx(`(?:再不|再拖|要是|如果|若|不然|否则)${S}{0,16}(?:${PRESS}|网上|抖音|微博|${PLATFORM_NICKNAMES})`), 0.5],
    [/写(?:篇|个|一篇)?(?:稿子|报道|曝光文章)/g, 0.5],
    // live streaming to one's followers, as a threat
    [/开(?:个)?直播|直播曝光|直播间里?讲/g, 0.6],
    [/粉丝(?:有)?(?:好几|几|上|\d+)万|(?:好几|几|上|\d+)万(?:个)?粉丝/g, 0.5],
    [rx(`不给(?:个)?(?:准话|说法|答复|交代)${S}{0,8}(?:就|我就)${C}{0,6}(?:${PRESS}|网上|抖音|微博|直播|${PLATFORM_NICKNAMES})`), 0.5],
  ],
  misconduct: [
    // extortion stated as a condition: 不“意思一下”就等着
    [rx(`(?:不|没)${C}{0,2}(?:意思一下|意思意思|表示一下|表示表示|打点|孝敬|给点好处|上供|出点血)${C}{0,3}${S}{0,10}(?:就|别想|等着|办不了|没门|不给|卡着|拖着)`), 1],
    ['意思一下', 0.5],
    [/比划了?(?:个|一个)?数|比了个数|伸出(?:两|三|五)?根手指/g, 0.5],
    // a price, an insider, and a threat of delay: 只要五千, 认识个人能弄顺, 不然就一直补材料
    [/(?:只要|只需|只收|要价|开价)(?:\d+|[一二两三四五六七八九十百千万几]+)(?:块钱?|元|万块?)?/g, 0.5],
    [/认识个人|认识人|有门路|能搞定|弄顺|摆平|疏通|搞定关系/g, 0.5],
    [rx(`(?:不然|否则|要不然?|不给(?:的话)?)(?:就)?${C}{0,6}(?:一直|永远|别想|办不了|补材料|卡着|不给办|取缔|上报|罚款|拆)`), 0.5],
    // fees taken by officials with no receipt, or fees in scare quotes
    [rx(`(?:网格员|村干部|社区干部|工作人员|城管|协管|执法人员|管理员|干部|所长|站长|村长|组长)${C}{0,3}(?:收了?|要了?|索要|拿了?|收取)${C}{0,16}(?:费|钱|好处|红包)`), 0.6],
    [/没有?(?:任何)?(?:票据|收据|发票)|不开(?:票|收据)|白条/g, 0.5],
    [/["“'‘](?:管理费|服务费|手续费|辛苦费|加急费|卫生费|保护费|赞助费)["”'’]|保护费/g, 0.6],
    // money to an official's own account; extra charges for speed
    [rx(`(?:转|打|付|交)(?:账|钱)?(?:到|给)?${C}{0,2}(?:他|她|个人|私人)(?:的)?(?:个人)?(?:微信|支付宝|银行卡|账户|卡上)`), 0.8],
    [/加急(?:要|得|就)?(?:另算钱|另外(?:收|加)钱|加钱|另收)|另算钱/g, 0.5],
    // an official's relatives put on a benefit
    [rx(`(?:亲戚|小舅子|小姨子|老婆|儿子|女儿|亲属|家属|弟弟|妹妹|侄子|外甥|老丈人|丈母娘|自家人|家里人)${S}{0,10}(?:弄进|安排进|塞进|办进|吃上|领上|拿了|评上|都有)了?${C}{0,4}(?:低保|补贴|补助|名额|编制|救助|廉租房|公租房|安置房|贫困户)`), 1],
    [rx(`(?:真|最)困难的${C}?(?:反倒|反而|倒)?(?:评不上|没评上|没份|没有份)`), 0.4],
    // goods taken on an inspection, lenience promised
    [rx(`(?:拿|拎|收|带走|搬走|要了|顺走|提走)了?${C}{0,4}(?:箱|条|瓶|盒|袋|桶)${C}{0,2}(?:酒|烟|茶叶|购物卡|超市卡|土特产|礼品|海鲜)`), 0.5],
    [/(?:就|便)?不(?:查|罚|追究)了|放(?:你|我们)?一马|睁一只眼|网开一面|就不罚|可以少罚/g, 0.5],
  ],
}
