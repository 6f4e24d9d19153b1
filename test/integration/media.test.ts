import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestHub, type TestHub } from '../helpers/hub'

const JPEG = 'image/jpeg'
/** Random noise is the worst case for JPEG: it keeps Payload's own cover encode above 64 KB. */
const noise = (width: number, height: number) => sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
const solid = (width: number, height: number, background = '#2a6fdb') => sharp({ create: { width, height, channels: 3, background } })

function upload(payload: Payload, data: Buffer, name: string, mimetype: string, extra: Record<string, unknown> = {}) {
  return payload.create({ collection: 'media', data: { alt: '政务服务中心大厅', ...extra }, file: { data, mimetype, name, size: data.length } })
}

async function refusal(p: Promise<unknown>): Promise<{ status: number; data: { errors: Array<{ path: string; message: string }> } }> {
  try {
    await p
  } catch (err) {
    return err as never
  }
  throw new Error('the upload was accepted')
}

function expectBilingualFileError(err: Awaited<ReturnType<typeof refusal>>, english: RegExp) {
  expect(err.status).toBe(400)
  expect(err.data.errors).toHaveLength(1)
  const [{ path: field, message }] = err.data.errors
  expect(field).toBe('file')
  expect(message).toMatch(/[\u4e00-\u9fff].* \/ .*file/)
  expect(message).toMatch(english)
}

let hub: TestHub
const files = () => fs.readdirSync(hub.mediaDir).sort()
beforeAll(async () => {
  hub = await startTestHub()
})
afterAll(async () => hub?.close())

describe('media renditions', () => {
  it('makes every channel size from a large noisy photo, with a WeChat cover under 64 KB', async () => {
    const photo = await noise(3000, 2000).jpeg({ quality: 90 }).toBuffer()
    const doc = await upload(hub.payload, photo, '大厅 photo.jpg', JPEG)
    const expected: Record<string, [number, number, string]> = {
      web480: [480, 320, 'webp'],
      web960: [960, 640, 'webp'],
      web1600: [1600, 1067, 'webp'],
      square: [600, 600, 'jpeg'],
      kioskPortrait: [1080, 720, 'jpeg'],
    }
    const sizes = doc.sizes as Record<string, { filename: string; width: number; height: number; filesize: number; mimeType: string }>
    for (const [name, [width, height, format]] of Object.entries(expected)) {
      const meta = await sharp(path.join(hub.mediaDir, sizes[name].filename)).metadata()
      expect([name, meta.width, meta.height, meta.format]).toEqual([name, width, height, format])
      expect([sizes[name].width, sizes[name].height]).toEqual([width, height])
    }
    const original = await sharp(path.join(hub.mediaDir, doc.filename!)).metadata()
    expect([original.width, original.height, original.format]).toEqual([3000, 2000, 'jpeg'])

    const cover = sizes.wechatCover
    const coverPath = path.join(hub.mediaDir, cover.filename)
    const meta = await sharp(coverPath).metadata()
    const bytes = fs.statSync(coverPath).size
    expect(meta.format).toBe('jpeg')
    expect(cover.mimeType).toBe(JPEG)
    expect(Math.abs(meta.width! / meta.height! - 2.35)).toBeLessThan(0.01)
    expect([cover.width, cover.height]).toEqual([meta.width, meta.height])
    expect(bytes).toBeLessThan(64 * 1024)
    expect(cover.filesize).toBe(bytes)
    // Nothing left behind: exactly the original and the six renditions the document names.
    expect(files()).toEqual([doc.filename, ...Object.values(sizes).map((s) => s.filename)].sort())
  })

  it('shrinks the cover when even low quality cannot fit, renaming the file and removing Payload\'s', async () => {
    // Noise at exactly cover size: nothing is averaged away by downscaling.
    const hard = await noise(900, 383).png().toBuffer()
    const doc = await upload(hub.payload, hard, 'hard.png', 'image/png')
    const cover = (doc.sizes as Record<string, { filename: string; width: number; height: number; filesize: number; url: string }>).wechatCover
    expect(cover.width).toBeLessThan(900)
    expect(Math.abs(cover.width / cover.height - 2.35)).toBeLessThan(0.01)
    expect(cover.filename).toBe(`hard-${cover.width}x${cover.height}.jpg`)
    expect(cover.url).toBe(`/api/media/file/${cover.filename}`)
    expect(fs.statSync(path.join(hub.mediaDir, cover.filename)).size).toBe(cover.filesize)
    expect(cover.filesize).toBeLessThan(64 * 1024)
    expect(files()).not.toContain('hard-900x383.jpg')
  })

  it('crops the square around the focal point', async () => {
    // Left half white, right half blue; focal point far right: the square must be all blue.
    const white = await solid(600, 600, '#ffffff').png().toBuffer()
    const image = await solid(1200, 600, '#0000ff').composite([{ input: white, left: 0, top: 0 }]).png().toBuffer()
    const doc = await upload(hub.payload, image, 'halves.png', 'image/png', { focalX: 90, focalY: 50 })
    const square = (doc.sizes as Record<string, { filename: string }>).square
    const { channels } = await sharp(path.join(hub.mediaDir, square.filename)).stats()
    expect(channels[0].mean).toBeLessThan(10) // red
    expect(channels[2].mean).toBeGreaterThan(245) // blue
  })

  it('accepts PNG, WebP and still GIF', async () => {
    for (const [format, mimetype] of [['png', 'image/png'], ['webp', 'image/webp'], ['gif', 'image/gif']] as const) {
      const doc = await upload(hub.payload, await solid(600, 400).toFormat(format).toBuffer(), `still.${format}`, mimetype)
      expect(doc.mimeType).toBe(mimetype)
      expect((doc.sizes as Record<string, { width: number }>).wechatCover.width).toBe(900)
    }
  })
})

describe('media refusals', () => {
  it('refuses a text file named .jpg and a PDF, in Chinese and English, on file', async () => {
    const text = Buffer.from('这不是图片 / not an image\n')
    expectBilingualFileError(await refusal(upload(hub.payload, text, 'photo.jpg', JPEG)), /not a supported image/)
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')
    expectBilingualFileError(await refusal(upload(hub.payload, pdf, 'guide.pdf', 'application/pdf')), /not a supported image/)
  })

  it('refuses an animated GIF', async () => {
    const frames = await Promise.all(['#f00', '#00f'].map((c) => solid(200, 100, c).png().toBuffer()))
    const gif = await sharp(frames, { join: { animated: true } }).gif().toBuffer()
    expectBilingualFileError(await refusal(upload(hub.payload, gif, 'anim.gif', 'image/gif')), /animated/)
  })

  it('refuses files over 10 MB and images over 40 megapixels before decoding them', async () => {
    const small = await solid(800, 600).jpeg().toBuffer()
    const padded = Buffer.concat([small, Buffer.alloc(10 * 1024 * 1024 + 1 - small.length)])
    expectBilingualFileError(await refusal(upload(hub.payload, padded, 'big.jpg', JPEG)), /too large/)

    // A decompression bomb: a tiny PNG whose header claims 10000 x 5000 pixels.
    const png = await solid(10, 10).png().toBuffer()
    png.writeUInt32BE(10_000, 16)
    png.writeUInt32BE(5_000, 20)
    png.writeUInt32BE(zlib.crc32(png.subarray(12, 29)), 29)
    expectBilingualFileError(await refusal(upload(hub.payload, png, 'bomb.png', 'image/png')), /too many pixels/)
  })

  it('refuses an image without alt text, on alt, and writes no file', async () => {
    const before = files()
    const image = await solid(800, 600).jpeg().toBuffer()
    const err = await refusal(upload(hub.payload, image, 'no-alt.jpg', JPEG, { alt: undefined }))
    expect(err.status).toBe(400)
    expect(err.data.errors.map((e) => e.path)).toEqual(['alt'])
    expect(files()).toEqual(before)
  })
})

describe('media access and edits', () => {
  it('lets anyone read, admins and editors upload and edit, only admins delete', async () => {
    const dept = await hub.payload.create({ collection: 'departments', data: { code: 'ZWFW', name: '市政务服务中心' } })
    const as = async (role: string) => {
      const data = { email: `${role}@media.test`, password: 'media-test-pw-1', name: role, role, departments: role === 'admin' ? [] : [dept.id] }
      const user = await hub.payload.create({ collection: 'users', data: data as never })
      return { overrideAccess: false, user: { ...user, collection: 'users' as const } }
    }
    const [admin, editor, reviewer] = [await as('admin'), await as('editor'), await as('reviewer')]
    const image = await solid(800, 600).jpeg().toBuffer()
    const file = { data: image, mimetype: JPEG, name: 'access.jpg', size: image.length }

    await expect(hub.payload.create({ collection: 'media', data: { alt: '审核员上传' }, file, ...reviewer })).rejects.toMatchObject({ status: 403 })
    const doc = await hub.payload.create({ collection: 'media', data: { alt: '编辑上传' }, file, ...editor })
    const edited = await hub.payload.update({ collection: 'media', id: doc.id, data: { alt: '窗口排队叫号屏', credit: '中心 摄' }, ...editor })
    expect(edited.sizes).toEqual(doc.sizes) // a metadata edit leaves the renditions alone
    await expect(hub.payload.delete({ collection: 'media', id: doc.id, ...editor })).rejects.toMatchObject({ status: 403 })
    const anonymous = await hub.payload.find({ collection: 'media', overrideAccess: false, where: { id: { equals: doc.id } } })
    expect(anonymous.docs.map((d) => d.alt)).toEqual(['窗口排队叫号屏'])

    await hub.payload.delete({ collection: 'media', id: doc.id, ...admin })
    expect(files().filter((f) => f.startsWith('access'))).toEqual([])
  })

  it('caps the cover again when an editor replaces the image', async () => {
    const first = await upload(hub.payload, await solid(1200, 800).jpeg().toBuffer(), 'replace.jpg', JPEG)
    const photo = await noise(1000, 700).jpeg({ quality: 90 }).toBuffer()
    const doc = await hub.payload.update({ collection: 'media', id: first.id, data: {}, file: { data: photo, mimetype: JPEG, name: 'replace.jpg', size: photo.length } })
    const cover = (doc.sizes as Record<string, { filename: string; filesize: number }>).wechatCover
    expect(doc.width).toBe(1000)
    expect(cover.filesize).toBeLessThan(64 * 1024)
    expect(fs.statSync(path.join(hub.mediaDir, cover.filename)).size).toBe(cover.filesize)
  })
})

describe('upload folder', () => {
  it('gives a second hub in the same process its own folder', async () => {
    const before = files()
    const second = await startTestHub()
    try {
      expect(second.mediaDir).not.toBe(hub.mediaDir)
      const doc = await upload(second.payload, await solid(600, 400).jpeg().toBuffer(), 'second.jpg', JPEG)
      expect(fs.readdirSync(second.mediaDir)).toContain(doc.filename)
      expect(files()).toEqual(before)
    } finally {
      await second.close()
      process.env.MEDIA_DIR = hub.mediaDir // startTestHub points MEDIA_DIR at the newest hub
    }
  })
})
