import path from 'node:path'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The portal server (server.ts) is our own HTTP server; Next only renders the admin and /api.
  poweredByHeader: false,
  // The repo root holds the lockfile of the npm workspaces; Turbopack must see it.
  turbopack: { root: path.resolve(import.meta.dirname, '..') },
  outputFileTracingRoot: path.resolve(import.meta.dirname, '..'),
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  // The queue's library loads its SQL migrations from its own folder at run time.
  serverExternalPackages: ['graphile-worker'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
