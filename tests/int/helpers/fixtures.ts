import type { Payload } from 'payload'

import type { User } from '../../../cms/src/payload-types.ts'

export type World = {
  agencies: { ministryA: number; departmentA: number; ministryB: number }
  sector: number
  users: Record<'admin' | 'editorA' | 'reviewerA' | 'editorB' | 'officerA', User>
  procedures: { publishedA: number; publishedB: number; draftA: number }
}

/** Every staff member of the world logs in with it. */
export const STAFF_PASSWORD = 'a-long-test-password-1'

/** Two ministries (one with a department), a sector, staff of each role, three procedures. */
export async function buildWorld(payload: Payload): Promise<World> {
  const agency = async (code: string, name: string, parent?: number) =>
    (
      await payload.create({
        collection: 'agencies',
        data: { code, slug: code.toLowerCase(), name, kind: parent ? 'department' : 'ministry', parent },
      })
    ).id
  const ministryA = await agency('BTP', 'Bộ Tư pháp')
  const departmentA = await agency('BTP-HT', 'Cục Hộ tịch', ministryA)
  const ministryB = await agency('BCA', 'Bộ Công an')
  const sector = (
    await payload.create({
      collection: 'sectors',
      data: { code: 'HT', slug: 'ho-tich', name: 'Hộ tịch', ministry: ministryA },
    })
  ).id

  const user = async (email: string, roles: User['roles'], agencyId?: number) =>
    payload.create({
      collection: 'users',
      data: { email, password: STAFF_PASSWORD, name: email, roles, agency: agencyId },
    })
  const users = {
    admin: await user('admin@test.local', ['admin']),
    editorA: await user('editor.a@test.local', ['editor'], ministryA),
    reviewerA: await user('reviewer.a@test.local', ['reviewer'], ministryA),
    editorB: await user('editor.b@test.local', ['editor'], ministryB),
    officerA: await user('officer.a@test.local', ['officer'], ministryA),
  }

  const procedure = async (code: string, agencyId: number, status: 'draft' | 'published') =>
    (
      await payload.create({
        collection: 'procedures',
        data: {
          code,
          name: `Thủ tục ${code}`,
          levels: ['central' as const],
          serviceLevel: 'full',
          sector,
          agency: agencyId,
          steps: [{ text: 'Nộp hồ sơ' }],
          result: 'Kết quả',
          _status: status,
        },
        draft: status === 'draft',
      })
    ).id
  return {
    agencies: { ministryA, departmentA, ministryB },
    sector,
    users,
    procedures: {
      publishedA: await procedure('1.000001', departmentA, 'published'),
      publishedB: await procedure('1.000002', ministryB, 'published'),
      draftA: await procedure('1.000003', ministryA, 'draft'),
    },
  }
}
