/**
 * What citizens complain about, by the kind of department that answers it (三定 division of
 * labour common to Chinese cities): the matters behind feedback that no service guide covers
 * (a shop selling expired food, a night-time construction site, unpaid wages, a broken queue
 * machine in the hall) and the offices citizens name instead of the department (派出所, 车管所).
 *
 * Entries are keyed by a pattern on the department's name, not by its code, so the list works for
 * any city's department table: a group whose pattern matches no department is simply unused.
 * Written from how such matters are reported to service centres and 12345 lines, not from a test set.
 *
 * Weights: `strong` words name the office itself (almost always decisive); `words` name matters
 * the department owns; `weak` words lean towards it but lose to any specific evidence.
 */
export interface LexiconGroup {
  /** Matches the department's full or short name. */
  name: RegExp
  strong?: string[]
  words: string[]
  weak?: string[]
}

const W = (s: string): string[] => s.split(/\s+/).filter(Boolean)

export const LEXICON_WEIGHTS = { strong: 3, words: 1.5, weak: 0.6 }

export const ROUTING_LEXICON: LexiconGroup[] = [
  {
    name: /公安/,
    strong: W('派出所 户籍窗口 户籍科 户政 车管所 交警 交管 出入境 民警 警察 公安'),
    words: W('落户 迁户口 上户口 户口迁移 临时身份证 居住证 暂住证 护照 签注 港澳通行证 台湾通行证 通行证 驾照 驾驶证 行驶证 车牌 机动车 违章 罚单 扣分 刻章 公章 印章 诈骗 被骗 盗窃 偷窃 报警 治安 打架 赌博 传销'),
    // 户口本, 身份证 are mostly materials of other services (结婚登记要户口本吗); they only lean.
    weak: W('出国 户口 户口本 户籍 身份证'),
  },
  {
    name: /城市管理|城管/,
    strong: W('城管'),
    words: W('占道 占道经营 摊贩 小摊 摆摊 烧烤摊 流动摊 夜市 油烟 渣土 渣土车 建筑垃圾 违建 违章建筑 私搭乱建 乱搭乱建 招牌 广告牌 户外广告 门头 挖路 路面 塌陷 塌坑 井盖 路灯 市容 环卫 垃圾清运 垃圾桶 绿化带'),
    weak: W('围挡 垃圾 乱停'),
  },
  {
    name: /生态环境|环境保护|环保/,
    strong: W('环保局 生态环境局'),
    words: W('环保 排污 污水 偷排 黑水 废水 废气 臭味 异味 污染 环评 化工厂 死鱼 噪声污染 扬尘 秸秆焚烧'),
    weak: W('噪音 冒黑烟'),
  },
  {
    name: /住房和城乡建设|住建|城乡建设/,
    // Building-site safety (塔吊, 脚手架) is 住建's whatever else is named nearby.
    strong: W('住建局 房管局 塔吊 脚手架 深基坑 施工安全'),
    words: W('物业 物业费 物业公司 业委会 公租房 廉租房 保障房 配租 轮候 预售 预售证 楼盘 商品房 售楼处 烂尾 烂尾楼 延期交房 维修基金 租赁补贴 危房 房屋安全'),
    // A construction site is also a noise (环保), wage (人社) or road (城管) matter.
    weak: W('开发商 施工 工地'),
  },
  {
    name: /市场监督|市场监管|工商/,
    strong: W('工商局 市场监管 市场监管局 质监'),
    words: W('商家 商户 店家 超市 过期 变质 食品安全 假货 假冒 伪劣 虚假宣传 虚标 保健品 直播间 缺斤少两 价格欺诈 乱涨价 标价 退款 预付卡 卷款 跑路 消费者 消费纠纷 电梯 特种设备 锅炉 营业执照 个体户 个体工商户 食品经营许可 商标 计量 健身房 美容院 培训机构退费'),
    weak: W('执照 饭店 餐馆 小饭店 外卖 产品质量'),
  },
  {
    name: /人力资源|社会保障|人社/,
    strong: W('人社局 社保局 劳动局 社保中心 劳动监察 劳动仲裁 社保'),
    words: W('社保卡 社会保障卡 电子社保卡 养老保险 养老金 失业金 失业保险 工资 欠薪 拖欠 拖欠工资 讨薪 农民工 劳动合同 辞退 工伤 就业 招聘 职业技能 技能补贴 人事档案 稳岗 灵活就业 社保关系 退休手续'),
    weak: W('档案 退休'),
  },
  {
    name: /医疗保障|医保/,
    strong: W('医保局 医保中心 医保窗口 医保'),
    words: W('医疗保险 居民医保 职工医保 报销 住院结算 直接结算 异地就医 异地备案 门诊统筹 慢性病 特殊病 定点医院 定点药店 生育津贴 生育保险 医保卡 医保码 参保缴费'),
    weak: W('住院 自费'),
  },
  {
    name: /卫生健康|卫健|卫生/,
    strong: W('卫健委 卫生局 卫健局'),
    words: W('出生医学证明 出生证明 出生证 生育登记 诊所 医疗机构 卫生院 疫苗 接种 医生 护士 看病 挂号 妇幼保健 托育 医疗纠纷'),
    weak: W('医院'),
  },
  {
    name: /教育/,
    strong: W('教育局'),
    words: W('学生 老师 教师 入学 上学 学位 转学 学籍 幼儿园 招生 一年级 中考 校外培训 补课 校车 义务教育 幼升小 小升初'),
    // Schools are often only where something happened (工地在小学旁边).
    weak: W('学校 小学 初中'),
  },
  {
    name: /税务/,
    strong: W('税务局 税务大厅 办税大厅 电子税务局 税务'),
    words: W('个税 个人所得税 退税 纳税 报税 办税 发票 数电发票 清税 汇算 印花税 增值税 税款 税务注销'),
    weak: W('缴税'),
  },
  {
    name: /交通运输|交通局|运管/,
    strong: W('交通运输局 交通局 运管所 运管'),
    words: W('网约车 出租车 的士 打车 拒载 绕路 公交 公交车 客运 货运 道路运输 运输证 从业资格证 驾校 长途汽车'),
  },
  {
    name: /民政/,
    strong: W('民政局 婚姻登记处'),
    words: W('低保 特困 社会救助 临时救助 高龄津贴 高龄补贴 老人补贴 养老院 敬老院 养老机构 婚姻登记 结婚登记 结婚 离婚 结婚证 殡葬 墓地 社会组织 民办非企业'),
  },
  {
    name: /公积金/,
    strong: W('公积金中心 公积金管理中心 公积金 住房公积金'),
    words: [],
  },
  {
    name: /自然资源|不动产|规划/,
    strong: W('不动产登记中心 不动产中心 不动产大厅 国土局 规划局 不动产'),
    words: W('房产证 房本 产权证 不动产权证 过户 二手房 抵押登记 无房证明 有房证明 查档 宅基地 土地证 规划许可 规划公示 采光'),
  },
  {
    name: /行政审批|政务服务局/,
    strong: W('审批局 行政审批局'),
    // The centre's building is where most departments sit: naming it is a lean, not a verdict.
    words: W('政务服务中心 政务中心 政务大厅 行政服务中心 市民中心 帮办代办 一窗受理 一网通办 企业开办 施工许可 政务服务网'),
    // Every hall has queues and machines; these lean to the centre that runs the hall only
    // when no department's own hall or matter is named.
    weak: W('叫号 取号 排号 叫号屏 大厅 空调 饮水机 停车场 卫生间 消防通道 延时服务 周六 自助区 导办'),
  },
  {
    name: /12345|热线|便民/,
    strong: W('12345 话务员 接线员 热线'),
    words: W('回访 转办 接诉即办 工单'),
  },
]
