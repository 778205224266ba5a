import type { Representative } from './business-registration.ts'

/**
 * SYNTHETIC enterprises for the development and test business registry
 * (business-registry.ts). Invented: names say so; codes built to pass the check digit
 * (tax-code.ts), not looked up. Representatives are synthetic people of the population
 * registry (synthetic-people.ts, synthetic-foreigners.ts). Never loaded when
 * SSO_BUSINESS_REGISTRY_URL points at the real registry.
 */
export type SyntheticBusiness = {
  synthetic: true
  enterpriseCode: string
  businessName: string
  /** Legal representatives (Law on Enterprises 59/2020/QH14 art. 12: one or more). */
  representatives: readonly (Representative & { fullName: string })[]
}

export const SYNTHETIC_BUSINESSES: readonly SyntheticBusiness[] = Object.freeze([
  {
    synthetic: true,
    enterpriseCode: '0109999911',
    businessName: 'Công ty TNHH Thử Nghiệm Sông Hồng (synthetic)',
    representatives: [
      { citizenId: '001085012345', fullName: 'Nguyễn Văn An' },
      { citizenId: '079192004321', fullName: 'Trần Thị Bình' },
    ],
  },
  {
    synthetic: true,
    enterpriseCode: '0319999925',
    businessName: 'Công ty Cổ phần Dữ Liệu Mẫu Sài Gòn (synthetic)',
    representatives: [{ passportNumber: 'TZ0000001', nationality: 'JPN', fullName: 'TANAKA SYNTHETIC HANAKO' }],
  },
  {
    synthetic: true,
    enterpriseCode: '0109999943-001',
    businessName: 'Chi nhánh Đà Nẵng, Công ty TNHH Mẫu Thử (synthetic)',
    representatives: [{ citizenId: '048201000777', fullName: 'Lê Minh Châu' }],
  },
] as const satisfies SyntheticBusiness[])
