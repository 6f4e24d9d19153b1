import fs from 'node:fs/promises'
import { ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import sharp from 'sharp'

import { ACCEPTED_FORMATS, MAX_BYTES, MAX_PIXELS } from '../limits'

const MB = 1024 * 1024

/** A 400 naming the `file` field, in both languages whatever the request's language. */
export function fileError(req: PayloadRequest, zh: string, en: string): ValidationError {
  return new ValidationError({ collection: 'media', errors: [{ path: 'file', message: `${zh} / ${en}` }], req }, req.t)
}

/**
 * Refuses anything but a reasonable JPEG/PNG/WebP/GIF before Payload hands it to sharp.
 * Runs as beforeOperation, the only hook before generateFileData decodes the image. Payload's
 * own check (checkFileRestrictions) does refuse a PDF or a text file named .jpg with a 400 on
 * `file`, but in English only and with puzzling wording ("File type text/plain (from extension
 * jpg) is not allowed"), and it checks neither bytes (local API) nor pixels.
 */
export const validateUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args

  const fromTemp = Boolean(file.tempFilePath) && !file.data?.length
  const bytes = fromTemp ? (await fs.stat(file.tempFilePath!)).size : file.data.length
  if (bytes > MAX_BYTES) {
    const size = (bytes / MB).toFixed(1)
    throw fileError(req, `文件过大（${size} MB），图片不能超过 ${MAX_BYTES / MB} MB`, `file too large (${size} MB); images must not exceed ${MAX_BYTES / MB} MB`)
  }

  // metadata() reads only the header: dimensions are known without decoding a single pixel.
  const meta = await sharp(fromTemp ? file.tempFilePath! : file.data)
    .metadata()
    .catch(() => null)
  if (!meta?.format || !(meta.format in ACCEPTED_FORMATS)) {
    throw fileError(req, '文件不是支持的图片，仅接受 JPEG、PNG、WebP、GIF', 'file is not a supported image; only JPEG, PNG, WebP and GIF are accepted')
  }
  // Payload encodes animated input as a stack of all frames, which JPEG renditions cannot
  // hold (the WeChat cover and square would be every frame glued together): refuse animation.
  if ((meta.pages ?? 1) > 1) {
    throw fileError(req, '不支持动图，请上传静态图片', 'file is animated; please upload a still image')
  }
  const pixels = (meta.width ?? 0) * (meta.height ?? 0)
  if (!pixels || pixels > MAX_PIXELS) {
    const mp = (pixels / 1e6).toFixed(1)
    throw fileError(req, `图片像素过大（${mp} 百万像素），上限 ${MAX_PIXELS / 1e6} 百万像素`, `file has too many pixels (${mp} MP); the limit is ${MAX_PIXELS / 1e6} MP`)
  }
  return args
}
