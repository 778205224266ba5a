import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone.ts'
import { isAdmin } from '../access/is-admin.ts'
import { forgetCalendar } from '../dossiers/calendar.ts'

/** An edit counts at once in this process; other replicas read the calendar again within five minutes. */
function calendarChanged() {
  forgetCalendar()
}

/**
 * The calendar deadlines are counted on (dossiers/working-days.ts): public holidays and days
 * in lieu (days off), and weekend days declared working days by a yearly swap. Tết moves
 * every year and the Prime Minister fixes its days and the day beside National Day yearly
 * (Labour Code 2019, art. 112): administrators keep it; rows the seed computed are marked
 * provisional until checked against the year's announcement.
 */
export const Holidays: CollectionConfig = {
  slug: 'holidays',
  labels: {
    singular: { vi: 'Ngày nghỉ, ngày làm bù', en: 'Calendar day' },
    plural: { vi: 'Lịch ngày nghỉ', en: 'Holiday calendar' },
  },
  admin: {
    useAsTitle: 'date',
    defaultColumns: ['date', 'kind', 'name', 'provisional'],
    group: { vi: 'Hồ sơ', en: 'Dossiers' },
    pagination: { defaultLimit: 50 },
  },
  defaultSort: 'date',
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { afterChange: [calendarChanged], afterDelete: [calendarChanged] },
  fields: [
    {
      name: 'date',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { vi: 'Ngày (YYYY-MM-DD)', en: 'Day (YYYY-MM-DD)' },
      validate: (value: unknown) =>
        typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
          ? true
          : 'YYYY-MM-DD',
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'holiday',
      options: [
        { value: 'holiday', label: { vi: 'Ngày nghỉ (lễ, tết, nghỉ bù)', en: 'Day off (holiday, in lieu)' } },
        { value: 'workday', label: { vi: 'Ngày làm việc bù (thứ Bảy, Chủ nhật)', en: 'Working weekend day (swap)' } },
      ],
      label: { vi: 'Loại', en: 'Kind' },
    },
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên', en: 'Name' } },
    { name: 'basis', type: 'text', label: { vi: 'Căn cứ', en: 'Basis' } },
    {
      name: 'provisional',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Dự kiến (chờ thông báo chính thức)', en: 'Provisional (awaiting the announcement)' },
    },
  ],
}
