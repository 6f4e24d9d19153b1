/** What the media library accepts. Checked before any pixel is decoded (hooks/validateUpload.ts). */
export const MAX_BYTES = 10 * 1024 * 1024
/** 40 megapixels: above every camera editors use; refuses decompression bombs (tiny file, huge canvas). */
export const MAX_PIXELS = 40_000_000
/** sharp's format names mapped to the MIME types Payload's own check and the admin file picker use. */
export const ACCEPTED_FORMATS = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' } as const
export const ACCEPTED_MIME_TYPES: string[] = Object.values(ACCEPTED_FORMATS)
/** Originals are capped (and re-encoded, which also strips EXIF such as GPS positions). */
export const ORIGINAL_MAX_EDGE = 4096
