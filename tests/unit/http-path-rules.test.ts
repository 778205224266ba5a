import type { SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { checkPath } from '../../cms/src/http/path-rules.ts'

/** The shape of Payload's sanitized collections that the rule reads: slug, versions, endpoint paths. */
const config = {
  collections: [
    { slug: 'payload-preferences', endpoints: [{ path: '/' }, { path: '/:key' }] },
    {
      slug: 'procedures',
      versions: { drafts: true },
      endpoints: [{ path: '/count' }, { path: '/:id' }, { path: '/versions/:id' }, { path: '/access/:id?' }],
    },
    { slug: 'agencies', endpoints: [{ path: '/:id' }, { path: '/versions/:id' }] },
  ],
} as unknown as SanitizedConfig

describe('REST path rules at the edge', () => {
  it.each([
    [['procedures']],
    [['procedures', '12']],
    [['procedures', 'count']],
    [['procedures', 'versions', '3']],
    [['procedures', 'access']],
    [['payload-preferences', 'collection-procedures']],
    [['portal', 'search']],
  ])('lets /api/%s through', (segments) => {
    expect(checkPath(config, segments)).toBeNull()
  })

  it.each([
    [['procedures', 'abc'], 'id.invalid'],
    [['procedures', '1.5'], 'id.invalid'],
    [['procedures', '2147483648'], 'id.invalid'],
    [['procedures', 'versions', 'x'], 'id.invalid'],
    [['procedures', '\u0000'], 'path.invalid'],
    [['agencies', 'versions', '1'], 'not_found'],
  ])('refuses /api/%s with %s', (segments, code) => {
    expect(checkPath(config, segments)?.code).toBe(code)
  })
})
