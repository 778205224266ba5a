/**
 * The key facts of a procedure, read from its record (issue 14, "key facts first"): its
 * implementing levels, the kind of office that receives it, its steps by route, and where
 * its online button goes until the portal's own submission exists.
 */
import type { Store } from '../cms.ts'
import { levelsOf } from '../levels.ts'
import type { Text } from '../text.ts'
import type { Channel, Procedure } from '../types.ts'

export { levelsOf }

/**
 * Where a citizen hands the dossier in. Since 1 July 2025 a commune-level procedure is
 * received by the commune People's Committee (its one-stop section), a province-level one by
 * the provincial public administration service centre (Decree 118/2025/NĐ-CP, art. 7), and
 * a procedure of the Ministry of Public Security by a police unit; central ones by the agency.
 */
export const OFFICE_KINDS = ['commune', 'province-centre', 'police', 'agency'] as const
export type OfficeKind = (typeof OFFICE_KINDS)[number]

/** Agency codes whose procedures are received by police units. */
const POLICE = 'BCA'

export function officeKinds(procedure: Procedure, store: Store): OfficeKind[] {
  let top = store.agencies.get(procedure.agency)
  while (top?.parent) top = store.agencies.get(top.parent)
  // Residence, identity and passport files go to the police of the commune or province.
  if (top?.code === POLICE) return ['police']
  const kinds = new Set<OfficeKind>()
  const levels = levelsOf(procedure)
  if (levels.includes('commune') || levels.includes('district')) kinds.add('commune')
  if (levels.includes('province')) kinds.add('province-centre')
  if (kinds.size === 0) kinds.add('agency')
  return [...kinds]
}

/** Steps that name their route at the start ("Nộp trực tuyến: …", "In person: …"), the rest shared. */
const ROUTE_PREFIXES: [Channel, RegExp][] = [
  ['online', /^(nộp\s+)?(hồ sơ\s+)?trực tuyến\b|^online\b|^(to\s+)?(apply|file|submit)\s+online\b/i],
  ['in-person', /^(nộp\s+)?(hồ sơ\s+)?trực tiếp\b|^in person\b|^(to\s+)?(apply|file|submit)\s+in person\b/i],
  ['post', /^(nộp\s+)?(hồ sơ\s+)?(qua\s+)?(dịch vụ\s+)?bưu chính\b|^by post\b/i],
]

export type StepsByRoute = { shared: Text[]; routes: { channel: Channel; steps: Text[] }[] }

export function stepsByRoute(steps: Text[]): StepsByRoute {
  const shared: Text[] = []
  const byChannel = new Map<Channel, Text[]>()
  for (const step of steps) {
    const channel = ROUTE_PREFIXES.find(([, pattern]) => pattern.test(step.text.trim()))?.[0]
    if (!channel) shared.push(step)
    else byChannel.set(channel, [...(byChannel.get(channel) ?? []), step])
  }
  const order: Channel[] = ['online', 'in-person', 'post']
  return {
    shared,
    routes: order.flatMap((channel) => {
      const list = byChannel.get(channel)
      return list ? [{ channel, steps: list }] : []
    }),
  }
}

/**
 * Where the online button goes: the procedure's page on the national portal (its source),
 * named by its host so the citizen knows they leave this site. None without a web source.
 */
export function onlineAction(procedure: Procedure): { href: string; host: string } | undefined {
  return procedure.serviceLevel === 'none' ? undefined : webLink(procedure.source?.url)
}

/** An http(s) link and its host, or nothing for a missing or malformed URL. */
export function webLink(url: string | null | undefined): { href: string; host: string } | undefined {
  if (!url) return undefined
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined
    return { href: parsed.href, host: parsed.host.replace(/^www\./, '') }
  } catch {
    return undefined
  }
}
