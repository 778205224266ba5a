/**
 * What citizens type -> what the national database calls it, both ways, in Vietnamese and
 * English. Each group is a set of interchangeable terms; `synonymMap` turns the groups
 * into Meilisearch's one-way map. Meilisearch folds marks in synonyms itself ("so do"
 * finds "sổ đỏ"), so only one spelling is listed.
 */

/**
 * Meilisearch only looks up query phrases of up to three words as synonym keys (checked on
 * 1.21: a four-word key such as "chứng minh nhân dân" is silently never used).
 */
export const MAX_SYNONYM_KEY_WORDS = 3

/**
 * Interchangeable terms, the official one first (query.ts searches a spoken term no name holds as
 * that one). A longer official name is kept as a target: typing it matches the documents anyway.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Identity: the chip ID card replaced the CCCD (2024 Law on Identification), which replaced the CMND.
  [
    'căn cước',
    'thẻ căn cước',
    'cccd',
    'căn cước công dân',
    'cmnd',
    'chứng minh thư',
    'chứng minh nhân dân',
    'id card',
    'identity card',
    'citizen id',
  ],
  ['định danh điện tử', 'vneid', 'electronic identification'],
  ['giấy phép lái xe', 'gplx', 'bằng lái', 'bằng lái xe', 'driving licence', 'driving license', "driver's license"],
  ['bảo hiểm xã hội', 'bhxh', 'social insurance'],
  ['bảo hiểm y tế', 'bhyt', 'thẻ bhyt', 'health insurance'],
  [
    'đăng ký kinh doanh',
    'đkkd',
    'giấy phép kinh doanh',
    'giấy đăng ký kinh doanh',
    'business registration',
    'business licence',
    'business license',
  ],
  ['khai sinh', 'giấy khai sinh', 'birth certificate', 'birth registration'],
  ['khai tử', 'giấy chứng tử', 'death registration', 'death certificate'],
  ['kết hôn', 'đăng ký kết hôn', 'giấy đăng ký kết hôn', 'marriage registration', 'marriage certificate'],
  // Household registers (hộ khẩu) were abolished on 1 July 2023 (Law on Residence 2020): permanent residence now.
  ['thường trú', 'hộ khẩu', 'sổ hộ khẩu', 'permanent residence', 'household registration'],
  ['tạm trú', 'kt3', 'sổ tạm trú', 'temporary residence'],
  ['hộ chiếu', 'passport'],
  ['xuất nhập cảnh', 'xnc', 'immigration'],
  [
    'sổ đỏ',
    'sổ hồng',
    'gcn quyền sử dụng đất',
    'gcnqsdđ',
    'giấy chứng nhận quyền sử dụng đất',
    'land use certificate',
    'land use right certificate',
    'land title',
    'red book',
  ],
  ['lý lịch tư pháp', 'lý lịch', 'lltp', 'phiếu lý lịch tư pháp', 'criminal record', 'criminal record certificate'],
  ['ủy ban nhân dân', 'ubnd', "people's committee"],
  // "kí" is an older spelling of "ký"; both fold to syllables too short for a typo.
  ['đăng ký', 'đăng kí'],
  // What people say for the national names (issue 10's relevance set, national catalogue).
  ['tình trạng hôn nhân', 'độc thân', 'marital status', 'single status'],
  ['công ty', 'cty', 'company'],
  ['mã số thuế', 'mst', 'tax code'],
  ['thu nhập cá nhân', 'tncn', 'personal income'],
  ['giá trị gia tăng', 'gtgt', 'vat'],
  ['thị thực', 'visa'],
  // "Nuôi con nuôi" is the law's term (Law on Adoption 2010): first, as every group's official term.
  ['nuôi con nuôi', 'nhận con nuôi', 'xin con nuôi', 'adopt', 'adoption'],
  ['trực tuyến', 'online'],
  ['licence', 'license'],
  // Company forms as people write them (Law on Enterprises 2020 names them in full).
  ['trách nhiệm hữu hạn', 'tnhh', 'limited liability'],
  ['một thành viên', '1 thành viên', '1tv', 'single-member'],
  ['hai thành viên', '2 thành viên', '2tv'],
  // "đi vắng dài ngày" is how the temporary-absence record says it; "lâu ngày" is as common.
  ['dài ngày', 'lâu ngày'],
]

/** Everyday words for an official term, one way only (a dispute is not always encroachment). */
export const ONE_WAY_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'lấn đất': ['tranh chấp đất đai'],
  'lấn chiếm đất': ['tranh chấp đất đai'],
  'bị lấn đất': ['tranh chấp đất đai'],
  'giấy tờ nhà đất': ['giấy chứng nhận quyền sử dụng đất'],
  // "Notarised copy" is what citizens say; the procedure is a certified copy (chứng thực bản sao).
  // (A key of four words is never used: MAX_SYNONYM_KEY_WORDS. Hence "công chứng" alone, which
  // keeps finding notarial procedures too: a synonym is an alternative, not a replacement.)
  'công chứng': ['chứng thực'],
  'sao y': ['chứng thực bản sao'],
  'sao y bản chính': ['chứng thực bản sao từ bản chính'],
  'người thân mất': ['khai tử', 'tử tuất'],
  'sinh con': ['khai sinh', 'thai sản'],
  'had a baby': ['birth registration'],
  'xây nhà': ['xây dựng nhà ở'],
  'mở công ty': ['thành lập công ty'],
  'rút bhxh': ['bảo hiểm xã hội một lần'],
  'mai táng': ['tử tuất'],
  'thi bằng lái': ['cấp giấy phép lái xe'],
  // Plain-language needs (issue 10's relevance set): what happened, for the procedure it calls for.
  // A lost paper is re-issued (cấp lại); away from home for long is a temporary absence (tạm
  // vắng); a rented room is a temporary residence (tạm trú); going abroad needs a passport.
  // (Not "làm mất": "làm" is a stop word, and the key would stand for "mất" alone, "died" too.)
  'bị mất': ['cấp lại'],
  'đánh mất': ['cấp lại'],
  'xa nhà': ['tạm vắng'],
  'thuê trọ': ['tạm trú'],
  'ở trọ': ['tạm trú'],
  'ra nước ngoài': ['hộ chiếu'],
  'đi nước ngoài': ['hộ chiếu'],
  // A foreign guest is what the procedures call a foreigner ("khai báo tạm trú cho người nước ngoài").
  'khách nước ngoài': ['người nước ngoài'],
}

import { tones } from './tones.ts'

const wordCount = (term: string) => term.trim().split(/\s+/).length

/** The groups and one-way entries as Meilisearch's `synonyms` setting: keys lower-case, values sorted. */
export function synonymMap(
  groups: readonly (readonly string[])[] = SYNONYM_GROUPS,
  oneWay: Readonly<Record<string, readonly string[]>> = ONE_WAY_SYNONYMS,
): Record<string, string[]> {
  const map = new Map<string, Set<string>>()
  const add = (key: string, values: readonly string[]) => {
    const normalized = key.toLowerCase().trim()
    if (wordCount(normalized) > MAX_SYNONYM_KEY_WORDS) return
    const set = map.get(normalized) ?? new Set<string>()
    for (const value of values) if (value.toLowerCase() !== normalized) set.add(value.toLowerCase())
    map.set(normalized, set)
  }
  for (const group of groups) for (const term of group) add(term, group)
  for (const [key, values] of Object.entries(oneWay)) add(key, values)
  // The same entries in Telex (tones.ts): a query typed with marks is first matched in that
  // spelling, where even a word without marks ends in its level tone ("cccd" -> "cccdz").
  for (const [key, values] of [...map.entries()]) add(tones(key), [...values].map(tones))
  return Object.fromEntries(
    [...map.entries()]
      .filter(([, values]) => values.size > 0)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, values]) => [key, [...values].sort()]),
  )
}

/** An everyday term of a group, of two or three words, and the group's first (official) term that replaces it. */
export type SpokenTerm = { words: readonly string[]; official: string }

/**
 * The terms of several words that Meilisearch looks up as synonyms, other than each group's first:
 * a term a procedure's name never uses can be searched as its official one (query.ts, officialTerms).
 */
export const SPOKEN_TERMS: readonly SpokenTerm[] = SYNONYM_GROUPS.flatMap((group) =>
  group
    .slice(1)
    .filter((term) => wordCount(term) > 1 && wordCount(term) <= MAX_SYNONYM_KEY_WORDS)
    .map((term) => ({ words: term.toLowerCase().split(/\s+/), official: group[0] ?? term })),
)
