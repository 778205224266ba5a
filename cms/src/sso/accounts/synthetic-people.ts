/**
 * SYNTHETIC people for the development and test population registry (registry.ts) and
 * the local national e-ID. Invented: no real person, numbers built to pass the format
 * rules (citizen-id.ts). Never loaded when SSO_REGISTRY_URL points at the real registry.
 */
export type SyntheticPerson = {
  synthetic: true
  citizenId: string
  fullName: string
  birthDate: string
  gender: 'male' | 'female'
  phone: string
  email: string
}

export const SYNTHETIC_PEOPLE: readonly SyntheticPerson[] = Object.freeze([
  {
    synthetic: true,
    citizenId: '001085012345',
    fullName: 'Nguyễn Văn An',
    birthDate: '1985-04-12',
    gender: 'male',
    phone: '0912000001',
    email: 'an.synthetic@example.invalid',
  },
  {
    synthetic: true,
    citizenId: '079192004321',
    fullName: 'Trần Thị Bình',
    birthDate: '1992-11-03',
    gender: 'female',
    phone: '0912000002',
    email: 'binh.synthetic@example.invalid',
  },
  {
    synthetic: true,
    citizenId: '048201000777',
    fullName: 'Lê Minh Châu',
    birthDate: '2001-07-30',
    gender: 'male',
    phone: '0912000003',
    email: 'chau.synthetic@example.invalid',
  },
  {
    synthetic: true,
    citizenId: '031303005555',
    fullName: 'Phạm Thu Dung',
    birthDate: '2003-02-14',
    gender: 'female',
    phone: '0912000004',
    email: 'dung.synthetic@example.invalid',
  },
] as const satisfies SyntheticPerson[])
