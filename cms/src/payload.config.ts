import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { guardLocks } from './access/own-locks.ts'
import { Agencies } from './collections/Agencies/index.ts'
import { AuditLog } from './collections/AuditLog/index.ts'
import { Citizens } from './collections/Citizens.ts'
import { DossierDrafts } from './collections/DossierDrafts.ts'
import { DossierEvents } from './collections/DossierEvents.ts'
import { DossierFiles } from './collections/DossierFiles.ts'
import { DossierForms } from './collections/DossierForms.ts'
import { DossierReads } from './collections/DossierReads.ts'
import { DossierSequences } from './collections/DossierSequences.ts'
import { Dossiers } from './collections/Dossiers/index.ts'
import { Faqs } from './collections/Faqs.ts'
import { Feedback } from './collections/Feedback.ts'
import { Forms } from './collections/Forms/index.ts'
import { Holidays } from './collections/Holidays.ts'
import { LifeEvents } from './collections/LifeEvents/index.ts'
import { Media } from './collections/Media.ts'
import { Procedures } from './collections/Procedures/index.ts'
import { RelyingParties } from './collections/RelyingParties/index.ts'
import { Sectors } from './collections/Sectors.ts'
import { Users } from './collections/Users.ts'
import { Videos } from './collections/Videos.ts'
import { emailAdapter } from './email.ts'
import { env } from './env.ts'
import { shapeError } from './hooks/error-shape.ts'
import { messages } from './i18n/messages.ts'
import { storagePlugin } from './plugins/storage.ts'
import { portalEndpoints } from './portal/index.ts'
import { publishingPlugin } from './publish/plugin.ts'
import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES } from './vocabulary.ts'

// import.meta.dirname is not defined inside Next's server bundle.
const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.SERVER_URL,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    // Payload's default avatar is Gravatar: it would send a hash of every officer's e-mail
    // to a third party (and the CSP refuses it anyway). A plain local icon instead.
    avatar: 'default',
    meta: { titleSuffix: ' — Cổng Dịch vụ công quốc gia' },
  },
  collections: [
    Procedures,
    Faqs,
    LifeEvents,
    Forms,
    Videos,
    Media,
    Agencies,
    Sectors,
    Users,
    Citizens,
    Dossiers,
    DossierForms,
    DossierFiles,
    DossierEvents,
    DossierReads,
    DossierDrafts,
    DossierSequences,
    Holidays,
    RelyingParties,
    Feedback,
    AuditLog,
  ],
  email: emailAdapter(env),
  editor: lexicalEditor(),
  // The admin speaks Vietnamese by default; each user may switch to English.
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
    translations: messages,
  },
  // Content is written in Vietnamese first; English falls back to it until translated.
  localization: {
    locales: LOCALES.map((code) => ({ code, label: LOCALE_NAMES[code] })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  db: postgresAdapter({
    pool: { connectionString: env.DATABASE_URL, max: 20 },
    // Development and tests push the schema from a script (scripts/lib/payload.ts);
    // production applies the committed migrations (`npm run migrate`); the server itself
    // never alters the schema. tests/int/migrations.int.test.ts keeps the two in step.
    push: env.PAYLOAD_DB_PUSH === '1',
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  hooks: { afterError: [shapeError] },
  // A refusal is the system working: a wrong password, a locked account or one of our own
  // 4xx (PortalError: an editor's publish refused, say) is not an ERROR to page someone for.
  // Our 5xx are logged at ERROR by shapeError, with the request id the client sees.
  loggingLevels: {
    AuthenticationError: 'info',
    LockedAuth: 'warn',
    UnverifiedEmail: 'info',
    ...({ PortalError: 'info' } as Record<string, 'info'>),
  },
  endpoints: portalEndpoints,
  plugins: [storagePlugin(env), publishingPlugin()],
  telemetry: false,
}).then(guardLocks)
