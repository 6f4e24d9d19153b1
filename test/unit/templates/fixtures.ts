/** Fictional, realistic documents for the template tests (示范市; no real people or numbers). */
import type { GuideInput, MediaDoc, NoticeInput, RenderContext } from '../../../templates/types'

export const ctx: RenderContext = { siteUrl: 'https://zwfw.example.cn/' }

export const department = {
  id: 3,
  code: 'RLZYSBJ',
  name: '示范市人力资源和社会保障局',
  shortName: '人社局',
  phones: [{ label: '咨询电话', number: '0532-86300000' }],
}

export function media(id = 9, alt = '市民在政务服务中心自助终端办理业务'): MediaDoc {
  const size = (name: string, width: number, height: number, ext = 'webp') => ({
    url: `/api/media/file/hall-${name}.${ext}`,
    width,
    height,
  })
  return {
    id,
    url: '/api/media/file/hall.jpg',
    alt,
    width: 2000,
    height: 1333,
    sizes: {
      web480: size('480', 480, 320),
      web960: size('960', 960, 640),
      web1600: size('1600', 1600, 1066),
      wechatCover: size('900x383', 900, 383, 'jpg'),
      square: size('600x600', 600, 600, 'jpg'),
      kioskPortrait: size('1080', 1080, 720, 'jpg'),
    },
  }
}

export function buildGuide(overrides: Partial<GuideInput> = {}): GuideInput {
  return {
    id: 101,
    code: '11370200MB0000301-GG-012',
    title: '灵活就业人员参加职工基本养老保险登记',
    department,
    itemType: 'public_service',
    audience: 'personal',
    themes: ['社会保障'],
    summary: '具有本市户籍或持有本市居住证的灵活就业人员，可以个人身份参加职工基本养老保险。材料齐全的当场办结，全程网办、不收费。',
    legalBasis: [{ text: '《中华人民共和国社会保险法》第十条' }, { text: '《示范市灵活就业人员参加社会保险办法》' }],
    conditions: [{ text: '年满16周岁、未达到法定退休年龄' }, { text: '在本市从事个体经营或者灵活就业，未在用人单位参加职工基本养老保险' }],
    materials: [
      { name: '居民身份证', form: 'original', copies: 1, note: '核验后当场退还' },
      { name: '社会保障卡', form: 'e_licence', copies: 0, note: '通过电子社保卡自动核验，无需提交' },
      { name: '灵活就业人员参保登记表', form: 'original', copies: 2, note: '可在窗口领取，或在网上办事大厅下载填写' },
      { name: '居住证', form: 'copy', copies: 1, note: '非本市户籍人员提供' },
    ],
    steps: [
      { name: '申请', description: '登录示范市政务服务网或到窗口提交申请材料。' },
      { name: '受理审核', description: '工作人员核验身份信息和参保状态，材料齐全的当场受理。' },
      { name: '办结', description: '登记完成后，短信告知参保结果和缴费方式。' },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 0,
    fee: { charged: false, description: '不收费。' },
    locations: [
      {
        name: '示范市政务服务中心一楼社保综合窗口（A区）',
        address: '示范市海川区同心路100号',
        hours: '周一至周五 9:00-12:00，13:30-17:00；法定节假日除外',
      },
    ],
    consultPhone: '0532-86300021',
    complaintPhone: '12345',
    onlineUrl: 'https://zwfw.example.cn/shifan/item/11370200MB0000301-GG-012?from=guide&lang=zh',
    onlineDepth: '4',
    maxVisits: 0,
    faq: [
      { question: '参保后可以自己选择缴费基数吗？', answer: '可以。在本市上年度职工平均工资的60%至300%之间自主选择。' },
      { question: '中断缴费会影响已缴部分吗？', answer: '不会。已缴费年限累计计算，恢复就业后可继续缴费。' },
    ],
    relatedGuides: [{ id: 102, code: '11370200MB0000301-GG-013', title: '城乡居民基本医疗保险参保登记' }, 205],
    channelOverrides: { shortTitle: null, digest: null, kioskSummary: null, cover: media() },
    targets: ['website', 'app', 'wechat', 'kiosk'],
    updatedAt: '2026-11-20T02:00:00.000Z',
    ...overrides,
  }
}

export const text = (t: string, format = 0) => ({ type: 'text', text: t, format, detail: 0, mode: 'normal', style: '', version: 1 })
export const el = (type: string, children: unknown[], extra: object = {}) => ({
  type,
  children,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...extra,
})
export const lexical = (...children: unknown[]) => ({ root: el('root', children) })

export function noticeBody() {
  return lexical(
    el('paragraph', [text('为方便群众办事，示范市政务服务中心自2026年12月1日起实行周六延时服务。现将有关事项通知如下。')]),
    el('heading', [text('一、服务时间')], { tag: 'h2' }),
    el('paragraph', [text('每周六 '), text('9:00-12:00', 1), text('，法定节假日除外。')]),
    el('heading', [text('二、服务事项')], { tag: 'h4' }),
    el('list', [el('listitem', [text('社保参保登记')], { value: 1 }), el('listitem', [text('居住证签注')], { value: 2 })], {
      listType: 'number',
      tag: 'ol',
    }),
    el('paragraph', [
      text('详情请见'),
      el('link', [text('示范市政务服务网')], {
        fields: { url: 'https://zwfw.example.cn/news/2026-1201', linkType: 'custom', newTab: false },
      }),
      text('，咨询电话 0532-86100000。'),
    ]),
    { type: 'upload', relationTo: 'media', value: media(11, '政务服务中心大厅周六服务窗口'), version: 3, fields: null },
  )
}

export function buildNotice(overrides: Partial<NoticeInput> = {}): NoticeInput {
  return {
    id: 301,
    slug: '2026-saturday-service',
    title: '关于政务服务中心实行周六延时服务的通知',
    department: { id: 1, code: 'ZWFWGLJ', name: '示范市政务服务管理局', shortName: '政务服务局', phones: [] },
    body: noticeBody(),
    validFrom: '2026-11-25T16:00:00.000Z', // 2026-11-26 00:00 in Shanghai
    validTo: '2027-06-30T15:59:00.000Z',
    urgent: true,
    relatedGuides: [{ id: 101, code: '11370200MB0000301-GG-012', title: '灵活就业人员参加职工基本养老保险登记' }],
    channelOverrides: { cover: media() },
    ...overrides,
  }
}
