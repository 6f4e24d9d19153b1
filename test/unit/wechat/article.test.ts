import { describe, expect, it } from 'vitest'

import { ArticleLimitError, articleProblems, assertArticleFits, rewriteImages } from '../../../channels/wechat/article'

const fits = { title: '城乡居民医保参保登记办事指南', content: '<p>正文</p>', thumb_media_id: 'THUMB_1' }

describe('assertArticleFits', () => {
  it('accepts an article at every limit', () => {
    expect(() =>
      assertArticleFits({
        title: '办'.repeat(32),
        author: '作'.repeat(16),
        digest: '摘'.repeat(128),
        content: 'x'.repeat(19_999),
        content_source_url: `https://zwfw.example.gov.cn/${'a'.repeat(1024 - 28)}`,
        thumb_media_id: 'THUMB_1',
      }),
    ).not.toThrow()
  })

  it('names the field and the limit, in Chinese and English', () => {
    const err = (() => {
      try {
        assertArticleFits({ ...fits, title: '办'.repeat(33) })
      } catch (e) {
        return e as ArticleLimitError
      }
    })()
    expect(err).toBeInstanceOf(ArticleLimitError)
    expect(err!.field).toBe('title')
    expect(err!.limit).toBe(32)
    expect(err!.message).toContain('标题')
    expect(err!.message).toContain('32')
    expect(err!.message).toContain('WeChat article title must be at most 32 characters (has 33)')
  })

  it('counts code points: an emoji or a CJK extension character is one character', () => {
    expect(articleProblems({ ...fits, title: '😀'.repeat(32) })).toEqual([])
    expect(articleProblems({ ...fits, title: '𠀀'.repeat(33) })[0]).toMatchObject({ field: 'title', actual: 33 })
  })

  it('checks author, digest, content, content_source_url and thumb_media_id', () => {
    const problems = articleProblems({
      title: '',
      author: 'a'.repeat(17),
      digest: 'd'.repeat(129),
      content: 'c'.repeat(20_000),
      content_source_url: `https://x.cn/${'u'.repeat(1020)}`,
    })
    expect(problems.map((p) => [p.field, p.limit])).toEqual([
      ['title', 0],
      ['author', 16],
      ['digest', 128],
      ['content', 20_000],
      ['content_source_url', 1024],
      ['thumb_media_id', 0],
    ])
    expect(problems.find((p) => p.field === 'content')!.message).toContain('必须少于 20000')
    expect(problems.find((p) => p.field === 'thumb_media_id')!.message).toMatch(/缺少封面图.*thumb_media_id is required/)
    expect(() => assertArticleFits({ ...fits, content: ' ' })).toThrow(/content is required/)
  })

  it('ignores the digest of a multi-article draft (WeChat has none there)', () => {
    expect(articleProblems({ ...fits, digest: 'd'.repeat(200) }, { multiArticle: true })).toEqual([])
  })
})

describe('rewriteImages', () => {
  it('uploads each distinct src once and rewrites every <img src>', async () => {
    const html = [
      '<p><img src="https://zwfw.example.gov.cn/a.jpg?x=1&amp;y=2" alt="a"></p>',
      "<img class='c' src='/media/b.png'/>",
      '<IMG SRC=/media/c.png>',
      '<img data-src="/media/lazy.png" src="https://zwfw.example.gov.cn/a.jpg?x=1&amp;y=2">',
      '<img src="http://mmbiz.qpic.cn/sz_mmbiz_jpg/already/0">',
      '<img alt="no src">',
    ].join('\n')
    const calls: string[] = []
    const { html: out, uploaded } = await rewriteImages(html, async (src) => {
      calls.push(src)
      return `http://mmbiz.qpic.cn/sz_mmbiz_jpg/${calls.length}/0?wx_fmt=jpeg&tp=webp`
    })
    expect(calls).toEqual(['https://zwfw.example.gov.cn/a.jpg?x=1&y=2', '/media/b.png', '/media/c.png'])
    expect(uploaded.size).toBe(3)
    expect(out).toContain('<img src="http://mmbiz.qpic.cn/sz_mmbiz_jpg/1/0?wx_fmt=jpeg&amp;tp=webp" alt="a">')
    expect(out).toContain(`<img class='c' src="http://mmbiz.qpic.cn/sz_mmbiz_jpg/2/0?wx_fmt=jpeg&amp;tp=webp"/>`)
    expect(out).toContain('<IMG src="http://mmbiz.qpic.cn/sz_mmbiz_jpg/3/0?wx_fmt=jpeg&amp;tp=webp">')
    // data-src is not the image WeChat shows and is left as it is; the real src is rewritten.
    expect(out).toContain('<img data-src="/media/lazy.png" src="http://mmbiz.qpic.cn/sz_mmbiz_jpg/1/0?wx_fmt=jpeg&amp;tp=webp">')
    expect(out).toContain('<img src="http://mmbiz.qpic.cn/sz_mmbiz_jpg/already/0">')
    expect(out).toContain('<img alt="no src">')
  })

  it('fails when an upload gives no URL rather than leaving an external image', async () => {
    await expect(rewriteImages('<img src="/a.png">', async () => '')).rejects.toThrow(/no URL/)
  })
})
