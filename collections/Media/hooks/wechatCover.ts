import fs from 'node:fs/promises'
import path from 'node:path'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, FileSize } from 'payload'

import { capJpeg } from '../capJpeg'
import { WECHAT_COVER } from '../renditions'

interface PendingCover {
  buffer: Buffer
  filename: string
  /** The file Payload wrote for its own (uncapped) encode, removed once replaced. */
  replaces: string
}

const pendingKey = (filename: string) => `media:wechatCover:${filename}`

/**
 * Caps the WeChat cover under WECHAT_COVER.maxBytes, in two steps because of where Payload
 * lets us in (payload/dist/collections/operations/create.js and utilities/update.js):
 *
 * - generateFileData runs before every hook, encodes each size and keeps it twice: in the
 *   private list of files to write, and in req.payloadUploadSizes (read by storage adapters).
 *   Replacing req.payloadUploadSizes.wechatCover does not change what is written to disk.
 * - So beforeChange re-encodes the cover and fixes the metadata the database will store
 *   (filename, filesize, width, height) in the same single write, and stashes the bytes;
 * - afterChange, which runs after Payload wrote its files, overwrites the file on disk with
 *   the capped bytes (and removes Payload's file when the capped one has other dimensions).
 */
export const capWechatCover: CollectionBeforeChangeHook = async ({ context, data, req }) => {
  const generated = req.payloadUploadSizes?.wechatCover
  const size = data.sizes?.wechatCover as FileSize | undefined
  // No new file in this operation (plain metadata edit): nothing was re-encoded.
  if (!generated || !size?.filename || !data.filename) return data
  if (generated.length < WECHAT_COVER.maxBytes && size.mimeType === 'image/jpeg') return data

  const capped = await capJpeg(generated, { width: size.width ?? WECHAT_COVER.width, ratio: WECHAT_COVER.ratio, maxBytes: WECHAT_COVER.maxBytes })
  // Payload names sizes <name>-<width>x<height>.<ext>; keep that scheme for the new dimensions.
  const base = size.filename.replace(/-\d+x\d+\.[a-z0-9]+$/i, '')
  const filename = `${base}-${capped.width}x${capped.height}.jpg`

  req.payloadUploadSizes!.wechatCover = capped.data
  const pending: PendingCover = { buffer: capped.data, filename, replaces: size.filename }
  context[pendingKey(data.filename)] = pending
  data.sizes.wechatCover = { ...size, filename, filesize: capped.data.length, width: capped.width, height: capped.height, mimeType: 'image/jpeg' }
  return data
}

export const writeCappedWechatCover: CollectionAfterChangeHook = async ({ collection, context, doc }) => {
  const key = pendingKey(doc.filename)
  const pending = context[key] as PendingCover | undefined
  if (!pending || !collection.upload || collection.upload.disableLocalStorage) return doc
  delete context[key]
  const dir = collection.upload.staticDir ?? ''
  await fs.writeFile(path.join(dir, pending.filename), pending.buffer)
  if (pending.replaces !== pending.filename) await fs.rm(path.join(dir, pending.replaces), { force: true })
  return doc
}
