/**
 * SYNTHETIC foreign residents for the development and test population registry
 * (registry.ts). Invented: no real person; passport numbers built to pass the format rule
 * (passport.ts). Two share a number under different nationalities, as real passports can.
 * Never loaded when SSO_REGISTRY_URL points at the real registry.
 */
export type SyntheticForeignResident = {
  synthetic: true
  passportNumber: string
  /** ISO 3166-1 alpha-3. */
  nationality: string
  /** As in the passport's visual zone. */
  fullName: string
  birthDate: string
  phone: string
  email: string
}

export const SYNTHETIC_FOREIGN_RESIDENTS: readonly SyntheticForeignResident[] = Object.freeze([
  {
    synthetic: true,
    passportNumber: 'M70000001',
    nationality: 'KOR',
    fullName: 'KIM SYNTHETIC JIWOO',
    birthDate: '1988-05-20',
    phone: '+821000000001',
    email: 'jiwoo.synthetic@example.invalid',
  },
  {
    synthetic: true,
    passportNumber: 'C01X00T47',
    nationality: 'DEU',
    fullName: 'Erika Synthetic Mustermann',
    birthDate: '1983-08-12',
    phone: '0912000011',
    email: 'erika.synthetic@example.invalid',
  },
  {
    synthetic: true,
    passportNumber: '900000001',
    nationality: 'USA',
    fullName: 'JOHN SYNTHETIC DOE',
    birthDate: '1979-01-31',
    phone: '+12025550101',
    email: 'john.synthetic@example.invalid',
  },
  {
    synthetic: true,
    passportNumber: '900000001',
    nationality: 'FRA',
    fullName: 'Marie Synthétique Dupont',
    birthDate: '1990-10-05',
    phone: '+33600000001',
    email: 'marie.synthetic@example.invalid',
  },
  {
    synthetic: true,
    passportNumber: 'TZ0000001',
    nationality: 'JPN',
    fullName: 'TANAKA SYNTHETIC HANAKO',
    birthDate: '1975-03-03',
    phone: '0912000012',
    email: 'hanako.synthetic@example.invalid',
  },
] as const satisfies SyntheticForeignResident[])
