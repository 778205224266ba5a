import type { Field } from 'payload'

/** Where a citizen goes or writes to: shown on agency and procedure pages. */
export const contactFields: Field[] = [
  { name: 'address', type: 'textarea', localized: true, label: { vi: 'Địa chỉ', en: 'Address' } },
  {
    type: 'row',
    fields: [
      { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
      { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
      { name: 'website', type: 'text', label: { vi: 'Trang thông tin', en: 'Website' } },
    ],
  },
  { name: 'hours', type: 'textarea', localized: true, label: { vi: 'Giờ làm việc', en: 'Opening hours' } },
  {
    // A link to the address on a map (OpenStreetMap or the agency's own page); no embedded map.
    name: 'mapUrl',
    type: 'text',
    label: { vi: 'Bản đồ (đường dẫn)', en: 'Map link' },
  },
]
