import type { Field } from 'payload'

/** Load-test records say so in the data itself (scripts/seed/synthetic.ts). */
export const syntheticField: Field = {
  name: 'synthetic',
  type: 'checkbox',
  defaultValue: false,
  index: true,
  admin: { position: 'sidebar', readOnly: true },
  label: { vi: 'Dữ liệu giả lập (kiểm thử tải)', en: 'Synthetic (load test) data' },
}
