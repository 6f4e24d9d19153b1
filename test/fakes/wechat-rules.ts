import type { StoredArticle } from './wechat-state'

/**
 * What the fake WeChat server refuses, and with which errcode (docs/wechat.md, "The fake server").
 * Written independently of channels/wechat on purpose: the fake must not share the adapter's bugs.
 */

export interface Refusal {
  errcode: number
  errmsg: string
}

const refuse = (errcode: number, errmsg: string): Refusal => ({ errcode, errmsg })

export const THUMB_MAX_BYTES = 64 * 1024
export const CONTENT_IMAGE_MAX_BYTES = 1024 * 1024
export const IMAGE_MATERIAL_MAX_BYTES = 10 * 1024 * 1024

export type ImageKind = 'jpeg' | 'png' | 'gif' | 'bmp'

/** By content, not by the filename or declared MIME type a client sends. */
export function sniffImage(data: Uint8Array): ImageKind | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg'
  if (data.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => data[i] === b)) return 'png'
  if (data.length >= 4 && data[0] === 0x47 && data[1] === 0x49 && data[2] === 0x46 && data[3] === 0x38) return 'gif'
  if (data.length >= 2 && data[0] === 0x42 && data[1] === 0x4d) return 'bmp'
  return null
}

export interface UploadedFile {
  data: Uint8Array
  filename: string
  type: string
}

/** The `media` part of a multipart upload (parsed by undici's own multipart parser). */
export async function mediaPart(body: Buffer, contentType: string | undefined): Promise<UploadedFile | Refusal> {
  if (!contentType?.toLowerCase().startsWith('multipart/form-data')) return refuse(41005, 'media data missing (not multipart/form-data)')
  let form: FormData
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData()
  } catch {
    return refuse(41005, 'media data missing (malformed multipart body)')
  }
  const media = form.get('media')
  if (!media || typeof media === 'string') return refuse(41005, 'media data missing (no file field "media")')
  return { data: new Uint8Array(await media.arrayBuffer()), filename: media.name, type: media.type }
}

/** add_material?type=thumb: JPG only, 64 KB at most. */
export function checkThumb(file: UploadedFile): Refusal | null {
  if (!file.data.length) return refuse(44001, 'empty media data')
  if (sniffImage(file.data) !== 'jpeg') return refuse(40005, 'invalid file type: thumb must be JPG')
  if (file.data.length > THUMB_MAX_BYTES) return refuse(40006, `invalid media size: thumb is ${file.data.length} bytes, at most ${THUMB_MAX_BYTES}`)
  return null
}

/** add_material?type=image: bmp/png/jpeg/jpg/gif, 10 MB at most. */
export function checkImageMaterial(file: UploadedFile): Refusal | null {
  if (!file.data.length) return refuse(44001, 'empty media data')
  if (!sniffImage(file.data)) return refuse(40005, 'invalid file type')
  if (file.data.length > IMAGE_MATERIAL_MAX_BYTES) return refuse(40009, 'invalid image size')
  return null
}

/** media/uploadimg: JPG/PNG under 1 MB. */
export function checkContentImage(file: UploadedFile): Refusal | null {
  if (!file.data.length) return refuse(44001, 'empty media data')
  const kind = sniffImage(file.data)
  if (kind !== 'jpeg' && kind !== 'png') return refuse(40005, 'invalid file type: uploadimg takes JPG or PNG only')
  if (file.data.length >= CONTENT_IMAGE_MAX_BYTES) return refuse(45001, `media size out of limit: ${file.data.length} bytes, must be under 1 MB`)
  return null
}

export interface ArticleInput {
  article_type?: unknown
  title?: unknown
  author?: unknown
  digest?: unknown
  content?: unknown
  content_source_url?: unknown
  thumb_media_id?: unknown
  need_open_comment?: unknown
  only_fans_can_comment?: unknown
}

export interface ArticleContext {
  /** Single-article drafts only have a digest. */
  single: boolean
  thumbExists: (mediaId: string) => boolean
  imageIssued: (url: string) => boolean
}

const chars = (s: string) => [...s].length
const bytes = (s: string) => Buffer.byteLength(s, 'utf8')

function decodeAttr(v: string): string {
  return v.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')
}

/** Every <img src> in the HTML (including unquoted values). */
export function imgSources(html: string): string[] {
  const out: string[] = []
  for (const tag of html.match(/<img\b[^>]*>/gi) ?? []) {
    const m = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag)
    if (m) out.push(decodeAttr((m[1] ?? m[2] ?? m[3] ?? '').trim()))
  }
  return out
}

/** The first rule a draft article breaks, or null. `index` is 0-based, for the message. */
export function checkArticle(a: ArticleInput, index: number, ctx: ArticleContext): Refusal | null {
  const at = `articles[${index}]`
  if (a === null || typeof a !== 'object' || Array.isArray(a)) return refuse(47001, `data format error: ${at} must be an object`)
  if (a.article_type !== undefined && a.article_type !== 'news') return refuse(47001, `data format error: ${at}.article_type (the fake supports news only)`)
  for (const key of ['title', 'author', 'digest', 'content', 'content_source_url', 'thumb_media_id'] as const) {
    if (a[key] !== undefined && typeof a[key] !== 'string') return refuse(47001, `data format error: ${at}.${key} must be a string`)
  }
  for (const key of ['need_open_comment', 'only_fans_can_comment'] as const) {
    if (a[key] !== undefined && a[key] !== 0 && a[key] !== 1) return refuse(47001, `data format error: ${at}.${key} must be 0 or 1`)
  }
  const title = (a.title as string | undefined) ?? ''
  if (!title.trim()) return refuse(44004, `empty content: ${at}.title is required`)
  if (chars(title) > 32) return refuse(45003, `title size out of limit: ${chars(title)} characters, at most 32`)
  const author = (a.author as string | undefined) ?? ''
  if (chars(author) > 16) return refuse(45110, `author size out of limit: ${chars(author)} characters, at most 16`)
  const digest = (a.digest as string | undefined) ?? ''
  if (ctx.single && chars(digest) > 128) return refuse(45004, `description size out of limit: digest has ${chars(digest)} characters, at most 128`)
  const content = (a.content as string | undefined) ?? ''
  if (!content.trim()) return refuse(44004, `empty content: ${at}.content is required`)
  if (chars(content) >= 20_000) return refuse(45002, `content size out of limit: ${chars(content)} characters, must be under 20000`)
  const sourceUrl = (a.content_source_url as string | undefined) ?? ''
  if (bytes(sourceUrl) > 1024) return refuse(45005, `url size out of limit: content_source_url has ${bytes(sourceUrl)} bytes, at most 1024`)
  const thumb = (a.thumb_media_id as string | undefined) ?? ''
  if (!thumb) return refuse(40007, `invalid media_id: ${at}.thumb_media_id is required`)
  if (!ctx.thumbExists(thumb)) return refuse(40007, `invalid media_id: ${thumb} is not a thumb uploaded to this account`)
  // The real API silently drops such images; the fake refuses, so a missed rewrite fails the test.
  const external = imgSources(content).find((src) => !ctx.imageIssued(src))
  if (external !== undefined) return refuse(45166, `invalid content: external images are not allowed, upload through media/uploadimg first: ${external.slice(0, 200)}`)
  return null
}

/** What WeChat does to content it accepts: scripts are removed. */
export function sanitiseContent(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*\/?>/gi, '')
}

/** An accepted article as the account keeps it (validated by checkArticle first). */
export function storedArticle(a: ArticleInput): StoredArticle {
  return {
    title: a.title as string,
    author: a.author as string | undefined,
    digest: a.digest as string | undefined,
    content: sanitiseContent(a.content as string),
    content_source_url: a.content_source_url as string | undefined,
    thumb_media_id: a.thumb_media_id as string,
    need_open_comment: (a.need_open_comment as 0 | 1 | undefined) ?? 0,
    only_fans_can_comment: (a.only_fans_can_comment as 0 | 1 | undefined) ?? 0,
  }
}
