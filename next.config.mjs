import { withPayload } from '@payloadcms/next/withPayload'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native packages must stay outside the server bundle; chinese-days ships an ES build inside a
  // "type": "commonjs" package, which Turbopack refuses to bundle, so Node loads its CJS build.
  serverExternalPackages: ['sharp', '@node-rs/jieba', 'libsql', '@libsql/client', 'chinese-days'],
}

export default function config(phase) {
  // `next build` imports payload.config.ts to collect route configs but never signs a token, so it
  // may use the development secret; `next start` still demands the real PAYLOAD_SECRET.
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.PAYLOAD_SECRET) process.env.OMNIHUB_ALLOW_DEV_SECRET = '1'
  return withPayload(nextConfig, { devBundleServerPackages: false })
}
