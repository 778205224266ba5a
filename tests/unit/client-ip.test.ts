import { describe, expect, it } from 'vitest'

import { appendPeer, clientIp, UNKNOWN_CLIENT } from '../../cms/src/portal/http/client-ip.ts'

describe('appendPeer', () => {
  it.each<[string | string[] | undefined, string | undefined, string]>([
    [undefined, '203.0.113.9', '203.0.113.9'],
    ['', '203.0.113.9', '203.0.113.9'],
    ['198.51.100.1', '10.0.0.2', '198.51.100.1, 10.0.0.2'],
    ['198.51.100.1,  ,192.0.2.7 ', '10.0.0.2', '198.51.100.1, 192.0.2.7, 10.0.0.2'],
    [['198.51.100.1', '192.0.2.7'], '10.0.0.2', '198.51.100.1, 192.0.2.7, 10.0.0.2'],
    ['198.51.100.1', '::ffff:10.0.0.2', '198.51.100.1, 10.0.0.2'],
    ['198.51.100.1', '2001:db8::1', '198.51.100.1, 2001:db8::1'],
    ['198.51.100.1', undefined, '198.51.100.1'],
  ])('X-Forwarded-For %j from peer %s becomes %j', (header, peer, expected) => {
    expect(appendPeer(header, peer)).toBe(expected)
  })
})

// X-Forwarded-For as the endpoint sees it: the portal server appended its socket's peer last.
describe('clientIp', () => {
  it.each<[string, string | null, number, string]>([
    ['no proxy: the peer, whatever the client wrote', '6.6.6.6, 203.0.113.9', 0, '203.0.113.9'],
    ['no proxy, no forged header', '203.0.113.9', 0, '203.0.113.9'],
    ['one load balancer: what it saw', '198.51.100.1, 10.0.0.2', 1, '198.51.100.1'],
    ['one load balancer, client forged an entry', '6.6.6.6, 198.51.100.1, 10.0.0.2', 1, '198.51.100.1'],
    ['CDN and load balancer', '6.6.6.6, 198.51.100.1, 172.16.0.5, 10.0.0.2', 2, '198.51.100.1'],
    ['more hops trusted than present: the first entry', '198.51.100.1, 10.0.0.2', 3, '198.51.100.1'],
    ['IPv4 seen through a dual-stack socket', '::ffff:203.0.113.9', 0, '203.0.113.9'],
    ['IPv6', '2001:db8::1', 0, '2001:db8::1'],
    ['spaces and empty entries', ' 198.51.100.1 ,, 10.0.0.2 ', 1, '198.51.100.1'],
    ['no header at all (Local API)', null, 0, UNKNOWN_CLIENT],
    ['an empty header', ' , ', 1, UNKNOWN_CLIENT],
  ])('%s: %j with %i trusted → %s', (_case, header, hops, expected) => {
    expect(clientIp(header, hops)).toBe(expected)
  })

  it('agrees with appendPeer: a forged header never wins without a trusted proxy', () => {
    const forged = '1.2.3.4'
    expect(clientIp(appendPeer(forged, '203.0.113.9'), 0)).toBe('203.0.113.9')
    expect(clientIp(appendPeer(`${forged}, 198.51.100.1`, '10.0.0.2'), 1)).toBe('198.51.100.1')
  })
})
