import { describe, expect, it } from 'vitest'
import { choosePlacement, homeName, type PlacementFacts } from '../../scripts/services/postgres-place.ts'

const reachable = { otherUser: true, binariesReachable: true, dataReachable: true } as const
const walledOff = { otherUser: true, binariesReachable: false, dataReachable: false } as const

describe('choosePlacement', () => {
  it.each<[string, PlacementFacts, ReturnType<typeof choosePlacement>]>([
    [
      'not root: everything stays',
      { otherUser: false, binariesReachable: false, dataReachable: false, pgDir: 'missing' },
      { binaries: 'package', cluster: 'in-place' },
    ],
    ['root, reachable checkout', { ...reachable, pgDir: 'missing' }, { binaries: 'package', cluster: 'in-place' }],
    [
      'root, reachable, existing cluster',
      { ...reachable, pgDir: 'cluster' },
      { binaries: 'package', cluster: 'in-place' },
    ],
    ['root, 0700 checkout, first start', { ...walledOff, pgDir: 'missing' }, { binaries: 'copy', cluster: 'outside' }],
    [
      'root, 0700 checkout, empty pg folder',
      { ...walledOff, pgDir: 'empty' },
      { binaries: 'copy', cluster: 'outside' },
    ],
    ['root, 0700 checkout, next start', { ...walledOff, pgDir: 'link' }, { binaries: 'copy', cluster: 'linked' }],
    [
      'a link is followed even when reachable',
      { ...reachable, pgDir: 'link' },
      { binaries: 'package', cluster: 'linked' },
    ],
    [
      'root, cluster in a checkout now walled off: never moved',
      { ...walledOff, pgDir: 'cluster' },
      { binaries: 'copy', cluster: 'unreachable' },
    ],
    [
      'root, node_modules elsewhere and reachable',
      { ...walledOff, binariesReachable: true, pgDir: 'missing' },
      { binaries: 'package', cluster: 'outside' },
    ],
  ])('%s', (_name, facts, expected) => {
    expect(choosePlacement(facts)).toEqual(expected)
  })
})

describe('homeName', () => {
  it('reads as the path and differs per path', () => {
    expect(homeName('/root/portal/.data')).toMatch(/^root-portal-data-[0-9a-f]{8}$/)
    expect(homeName('/root/portal/.data/test')).toMatch(/^root-portal-data-test-[0-9a-f]{8}$/)
    expect(homeName('/root/portal/.data')).not.toBe(homeName('/root/portal-.data'))
  })

  it('stays short for a deep path', () => {
    const name = homeName(`/${'deep/'.repeat(40)}.data`)
    expect(name.length).toBeLessThanOrEqual(57)
    expect(name).toMatch(/^[a-z][a-z-]*-data-[0-9a-f]{8}$/)
  })
})
