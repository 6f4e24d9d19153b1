// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { toDraftArticle, WECHAT_LIMITS, wechatGuide, wechatNotice } from '../../../templates/wechat'
import { buildGuide, buildNotice, ctx, el, lexical, media, text } from './fixtures'

const LONG_TITLE = '关于进一步优化灵活就业人员参加职工基本养老保险登记办理流程和材料要求的通知' // 37

describe('wechat limits', () => {
  it('reports a title over 32 characters without a short title, naming wechat, title and 32', () => {
    const r = wechatGuide(buildGuide({ title: LONG_TITLE }), ctx)
    const p = r.problems.find((x) => x.field === 'title')!
    expect(p).toMatchObject({ channel: 'wechat', field: 'title', limit: 32, actual: [...LONG_TITLE].length })
    expect(p.message).toMatch(/微信公众号.*标题.*32/)
    expect(p.message).toMatch(/ \/ WeChat.*title.*32/)
  })

  it('uses the short title when given, and reports a short title that is still too long', () => {
    const ok = wechatGuide(
      buildGuide({ title: LONG_TITLE, channelOverrides: { shortTitle: '灵活就业人员养老保险参保登记', cover: media() } }),
      ctx,
    )
    expect(ok.problems).toEqual([])
    expect(ok.body.title).toBe('灵活就业人员养老保险参保登记')
    expect(ok.title).toBe(ok.body.title)
    const bad = wechatGuide(buildGuide({ channelOverrides: { shortTitle: LONG_TITLE, cover: media() } }), ctx)
    expect(bad.problems.map((x) => x.field)).toEqual(['title'])
  })

  it('counts code points: 32 emoji (64 UTF-16 units) fit', () => {
    const r = wechatGuide(buildGuide({ title: '😀'.repeat(32) }), ctx)
    expect(r.problems).toEqual([])
  })

  it('cuts a digest from the summary to 128 with …, but reports an explicit digest over 128', () => {
    const summary = '本事项面向灵活就业人员，办理参保登记后即可按月缴纳职工基本养老保险费。'.repeat(6)
    const r = wechatGuide(buildGuide({ summary }), ctx)
    expect([...r.body.digest].length).toBeLessThanOrEqual(WECHAT_LIMITS.digest)
    expect(r.body.digest.endsWith('…')).toBe(true)
    expect(r.problems).toEqual([])
    const explicit = wechatGuide(buildGuide({ channelOverrides: { digest: 'x'.repeat(129), cover: media() } }), ctx)
    expect(explicit.problems).toMatchObject([{ channel: 'wechat', field: 'digest', limit: 128, actual: 129 }])
    expect(explicit.body.digest).toBe('x'.repeat(129)) // never silently cut the editor's own words
  })

  it('requires a cover (thumb_media_id is mandatory for news)', () => {
    const r = wechatGuide(buildGuide({ channelOverrides: { cover: null } }), ctx)
    expect(r.problems).toMatchObject([{ channel: 'wechat', field: 'cover', limit: 1, actual: 0 }])
    expect(r.problems[0].message).toContain('封面')
    expect(wechatGuide(buildGuide({ channelOverrides: { cover: 9 } }), ctx).problems).toEqual([]) // depth 0: id only
  })

  it('reports content at 20,000 characters or more, and a source URL over 1 KB', () => {
    const faq = Array.from({ length: 200 }, (_, i) => ({ question: `第${i + 1}个问题是什么？`, answer: '解答内容。'.repeat(20) }))
    const r = wechatGuide(buildGuide({ faq, onlineUrl: `https://zwfw.example.cn/item?x=${'a'.repeat(1100)}` }), ctx)
    expect(r.problems.map((p) => [p.field, p.limit])).toEqual([
      ['content', 20_000],
      ['content_source_url', 1024],
    ])
  })
})

describe('wechat content', () => {
  const guide = wechatGuide(buildGuide({ summary: '<script>alert(1)</script>说明' }), ctx)
  const notice = wechatNotice(buildNotice(), ctx)

  it('is inline-styled HTML only: no script, style, class, links or forms', () => {
    for (const { body } of [guide, notice]) {
      expect(body.content).not.toMatch(/<script|<style|\sclass=|<a[\s>]|<form|<input|<iframe/i)
      const d = new DOMParser().parseFromString(body.content, 'text/html')
      for (const e of d.body.querySelectorAll('p,h2,h3,table,th,td,img,section')) expect(e.getAttribute('style')).toBeTruthy()
    }
    expect(guide.body.content).toContain('&lt;script&gt;')
  })

  it('lists every <img> of the content in images', () => {
    const d = new DOMParser().parseFromString(notice.body.content, 'text/html')
    const srcs = [...d.querySelectorAll('img')].map((i) => i.getAttribute('src'))
    expect(srcs.length).toBeGreaterThan(0)
    expect(notice.body.images.map((i) => i.src)).toEqual(srcs)
    expect(notice.body.images[0]).toEqual({
      src: 'https://zwfw.example.cn/api/media/file/hall-1080.jpg',
      alt: '政务服务中心大厅周六服务窗口',
    })
  })

  it('points 阅读原文 at the online-handling URL, else at the website page', () => {
    expect(guide.body.content_source_url).toBe(buildGuide().onlineUrl)
    expect(wechatGuide(buildGuide({ onlineUrl: null }), ctx).body.content_source_url).toBe(
      'https://zwfw.example.cn/guides/11370200MB0000301-GG-012',
    )
    expect(notice.body.content_source_url).toBe('https://zwfw.example.cn/notices/2026-saturday-service')
  })

  it('leaves thumb_media_id to the adapter and hands it the cover rendition', () => {
    expect(notice.body).toMatchObject({ thumb_media_id: null, need_open_comment: 0, only_fans_can_comment: 0, author: '政务服务局' })
    expect(notice.body.cover?.url).toBe('https://zwfw.example.cn/api/media/file/hall-900x383.jpg')
  })

  it('keeps a link’s address as plain text instead of an external link', () => {
    const r = wechatNotice(
      buildNotice({
        body: lexical(
          el('paragraph', [el('link', [text('办事大厅')], { fields: { url: 'https://zwfw.example.cn/hall', linkType: 'custom' } })]),
        ),
      }),
      ctx,
    )
    expect(r.body.content).toContain('办事大厅（https://zwfw.example.cn/hall）')
  })
})

describe('toDraftArticle', () => {
  const notice = wechatNotice(buildNotice(), ctx).body
  it('rewrites every image to its uploaded URL and keeps only draft/add fields', () => {
    const uploaded = { [notice.images[0].src]: 'http://mmbiz.qpic.cn/mmbiz_jpg/abc/0?a=1&b=2' }
    const draft = toDraftArticle(notice, 'THUMB_ID', uploaded)
    expect(draft.thumb_media_id).toBe('THUMB_ID')
    expect(draft.content).toContain('src="http://mmbiz.qpic.cn/mmbiz_jpg/abc/0?a=1&amp;b=2"')
    expect(draft.content).not.toContain(notice.images[0].src)
    expect(Object.keys(draft).sort()).toEqual([
      'author',
      'content',
      'content_source_url',
      'digest',
      'need_open_comment',
      'only_fans_can_comment',
      'thumb_media_id',
      'title',
    ])
  })
  it('refuses to build a draft with an image not uploaded', () => {
    expect(() => toDraftArticle(notice, 'T', {})).toThrow(/image not uploaded/)
  })
})
