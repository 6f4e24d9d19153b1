import type { Access, CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isAdmin } from '../../src/access/isAdmin'
import { hasRole } from '../../src/access/principal'
import { validateUpload } from './hooks/validateUpload'
import { capWechatCover, writeCappedWechatCover } from './hooks/wechatCover'
import { ACCEPTED_MIME_TYPES, MAX_PIXELS, ORIGINAL_MAX_EDGE } from './limits'
import { imageSizes, sizesLabelsField } from './renditions'

const adminOrEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Where uploads are stored: MEDIA_DIR, read when Payload asks (see `staticDir` below). */
export const mediaDir = (): string => process.env.MEDIA_DIR || 'media'

/** Images for every channel: the original plus the renditions in ./renditions.ts (docs/media.md). */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: '图片', plural: '图片库' },
  admin: { group: '内容发布', useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'] },
  // Published pages and channels show images to everyone; only admins remove them.
  access: { read: anyone, create: adminOrEditor, update: adminOrEditor, delete: isAdmin },
  hooks: {
    beforeOperation: [validateUpload],
    beforeChange: [capWechatCover],
    afterChange: [writeCappedWechatCover],
  },
  upload: {
    // This object is shared by every config built in the process (Payload sanitizes a collection
    // once, in place), so a value fixed at import or at first build would send a second test hub's
    // files into the first hub's folder. The getter reads MEDIA_DIR whenever Payload needs the
    // folder; the setter swallows the `staticDir ||= slug` that sanitization writes back.
    get staticDir(): string {
      return mediaDir()
    },
    set staticDir(_ignored: string | undefined) {},
    mimeTypes: ACCEPTED_MIME_TYPES,
    imageSizes,
    adminThumbnail: 'square',
    focalPoint: true,
    crop: true,
    // Originals: auto-rotated, longest edge capped, re-encoded without EXIF (no GPS positions).
    resizeOptions: { width: ORIGINAL_MAX_EDGE, height: ORIGINAL_MAX_EDGE, fit: 'inside', withoutEnlargement: true },
    // Second line of defence behind validateUpload, should a file reach sharp unchecked.
    constructorOptions: { limitInputPixels: MAX_PIXELS },
  },
  fields: [
    {
      name: 'alt',
      label: '替代文字',
      type: 'text',
      required: true,
      maxLength: 250,
      admin: {
        description: '用一句话说明图片内容。读屏软件和自助终端会朗读这段文字，不要写“图片”二字，也不要只写文件名。',
      },
    },
    { name: 'caption', label: '图片说明', type: 'textarea', admin: { description: '可选，显示在图片下方。' } },
    { name: 'credit', label: '来源/摄影', type: 'text', admin: { description: '可选，如“市政务服务中心 摄”。' } },
    sizesLabelsField,
  ],
}
