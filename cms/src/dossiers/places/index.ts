/**
 * Provinces and communes or wards in force since 1 July 2025 (two-level local government;
 * codes of QĐ 19/2025/QĐ-TTg), from shared/reference/communes_2025.json: 34 provinces,
 * 3,321 communes; the source, its licence and the changes not applied are in the file.
 */

import type { Place } from '../contract.ts'
import data from './communes-2025.json' with { type: 'json' }

type Raw = { provinces: { code: string; name: string; communes: [string, string, string][] }[] }

const raw = data as unknown as Raw

export const PROVINCES: readonly Place[] = Object.freeze(
  raw.provinces.map((province) => ({ code: province.code, name: province.name, kind: 'province' })),
)

const COMMUNES = new Map<string, Place[]>(
  raw.provinces.map((province) => [
    province.code,
    province.communes.map(([code, name, kind]) => ({ code, name, kind })),
  ]),
)

export function communesOf(province: string): readonly Place[] | undefined {
  return COMMUNES.get(province)
}

export function isPlace(province: string, commune: string): boolean {
  return Boolean(COMMUNES.get(province)?.some((place) => place.code === commune))
}

export function placeName(province: string, commune: string): string {
  const provinceName = PROVINCES.find((place) => place.code === province)?.name ?? province
  const communeName = COMMUNES.get(province)?.find((place) => place.code === commune)?.name ?? commune
  return `${communeName}, ${provinceName}`
}
