import type { Locale } from '../../i18n/index.ts'
import { must, type Store } from '../cms.ts'
import { fileType } from '../format.ts'
import { hasText, richTextHtml } from '../rich-text.ts'
import { routes } from '../routes.ts'
import { LocaleReader, plainList, type Text } from '../text.ts'
import type { Channel, Faq, Level, Procedure, ServiceLevel, Subject, TimeUnit } from '../types.ts'
import { agencyContact, type ContactView } from './agency.ts'
import {
  levelsOf,
  type OfficeKind,
  officeKinds,
  onlineAction,
  type StepsByRoute,
  stepsByRoute,
  webLink,
} from './procedure-facts.ts'

export type Link = { text: Text; href: string }
export type FormView = { title: Text; code?: string; href?: string; type?: string; size?: number }
export type MethodView = {
  channel: Channel
  time?: { amount: number; unit: TimeUnit }
  timeNote?: Text
  fee?: number
  feeDescription?: Text
}
export type DocumentView = {
  name: Text
  condition?: Text
  originals?: number
  copies?: number
  required: boolean
  form?: FormView
}
/** `answer.html` is the sanitised HTML of the editor's answer (lib/rich-text.ts). */
export type FaqView = { slug: string; question: Text; answer?: { html: string; lang?: Locale } }
export type VideoView = {
  id: number
  title: Text
  src?: string
  link?: string
  mimeType?: string
  width?: number
  height?: number
  tracks: { lang: Locale; src: string }[]
  transcript?: Text
}

export type ProcedureView = {
  id: number
  code: string
  name: Text
  levels: Level[]
  serviceLevel: ServiceLevel
  type?: Text
  subjects: Subject[]
  sector: Link & { id: number }
  agency: ContactView
  agencyNote?: Text
  steps: Text[]
  /** The same steps, those that name a route apart from the shared ones. */
  routes: StepsByRoute
  /** The kinds of office that receive the dossier. */
  offices: OfficeKind[]
  deadline?: Text
  methods: MethodView[]
  documents: DocumentView[]
  result?: Text
  requirements?: Text
  legalBasis: { number: string; date?: string; title?: Text }[]
  keywords: string[]
  lifeEvents: Link[]
  faqs: FaqView[]
  videos: VideoView[]
  updatedAt: string
  /**
   * The procedure's page on the national portal: the online button where this portal takes no
   * submission (serviceLevel none), a second way beside routes.submit where it does.
   */
  online?: { href: string; host: string }
  /** Where the record was taken from (the national portal's page of the procedure). */
  source?: { href: string; host: string }
  /** The page must say that parts are not in its language. */
  untranslated: boolean
}

const defined = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined
const optional = <K extends string, V>(key: K, value: V | null | undefined) =>
  (defined(value) ? { [key]: value } : {}) as Partial<Record<K, V>>

/** Media that a `<video>` element can play; anything else is linked to. */
const PLAYABLE = /\.(mp4|webm)(\?|#|$)/i

export function procedureView(store: Store, id: number, locale: Locale, cmsPublicUrl: string): ProcedureView {
  const procedure: Procedure = must(store.procedures, id, 'procedure')
  const read = new LocaleReader(locale)
  const sector = must(store.sectors, procedure.sector, 'sector')
  const agency = must(store.agencies, procedure.agency, 'agency')

  const documents = (procedure.documents ?? []).map((document): DocumentView => {
    const form = document.form ? store.forms.get(document.form) : undefined
    return {
      name: read.required(document.name),
      ...optional('condition', read.text(document.condition)),
      ...optional('originals', document.originals),
      ...optional('copies', document.copies),
      required: document.required !== false,
      ...(form
        ? {
            form: {
              title: read.required(form.title),
              ...optional('code', form.code),
              ...(form.filename ? { href: `${cmsPublicUrl}/api/forms/file/${encodeURIComponent(form.filename)}` } : {}),
              ...optional('type', form.filename ? fileType(form.mimeType, form.filename) : undefined),
              ...optional('size', form.filename ? form.filesize : undefined),
            },
          }
        : {}),
    }
  })

  const videos = (store.videosOf.get(id) ?? []).map((video): VideoView => {
    const file = video.filename ? `${cmsPublicUrl}/api/videos/file/${encodeURIComponent(video.filename)}` : undefined
    const external = video.externalUrl ?? undefined
    const src = file ?? (external && PLAYABLE.test(external) ? external : undefined)
    return {
      id: video.id,
      title: read.required(video.title),
      ...optional('src', src),
      ...optional('link', src ? undefined : external),
      ...optional('mimeType', video.mimeType),
      ...optional('width', video.width),
      ...optional('height', video.height),
      tracks: (video.captions ?? []).map((caption) => ({
        lang: caption.language,
        src: routes.captions(video.id, caption.language),
      })),
      ...optional('transcript', read.text(video.transcript)),
    }
  })

  const view: ProcedureView = {
    id,
    code: procedure.code,
    name: read.required(procedure.name),
    levels: levelsOf(procedure),
    serviceLevel: procedure.serviceLevel,
    ...optional('type', read.text(procedure.type)),
    subjects: procedure.subjects ?? [],
    sector: { id: sector.id, text: read.required(sector.name), href: routes.sector(sector.slug, locale) },
    agency: agencyContact(agency, read, locale),
    ...optional('agencyNote', read.text(procedure.agencyNote)),
    steps: (procedure.steps ?? []).map((step) => read.required(step.text)),
    routes: stepsByRoute((procedure.steps ?? []).map((step) => read.required(step.text))),
    offices: officeKinds(procedure, store),
    ...optional('deadline', read.text(procedure.deadline)),
    methods: (procedure.methods ?? []).map(
      (method): MethodView => ({
        channel: method.channel,
        ...(defined(method.timeAmount)
          ? { time: { amount: method.timeAmount, unit: method.timeUnit ?? 'working-days' } }
          : {}),
        ...optional('timeNote', read.text(method.timeNote)),
        ...optional('fee', method.feeAmount),
        ...optional('feeDescription', read.text(method.feeDescription)),
      }),
    ),
    documents,
    ...optional('result', read.text(procedure.result)),
    ...optional('requirements', read.text(procedure.requirements)),
    legalBasis: (procedure.legalBasis ?? []).map((basis) => ({
      number: basis.number,
      ...optional('date', basis.date),
      ...optional('title', read.text(basis.title)),
    })),
    keywords: plainList(procedure.keywords, locale),
    lifeEvents: (store.lifeEventsOf.get(id) ?? []).map((event) => ({
      text: read.required(event.name),
      href: routes.lifeEvent(event.slug, locale),
    })),
    faqs: (store.faqsOf.get(id) ?? []).map((faq) => faqView(faq, read)),
    videos,
    updatedAt: procedure.updatedAt,
    ...optional('online', onlineAction(procedure)),
    ...optional('source', webLink(procedure.source?.url)),
    untranslated: false,
  }
  view.untranslated = read.fellBack || (procedure.untranslated ?? []).includes(locale)
  return view
}

/** An FAQ's question and answer; an answer missing in this language shows the other's. */
export function faqView(faq: Faq, read: LocaleReader): FaqView {
  const answer = read.value(faq.answer, hasText)
  const view: FaqView = { slug: faq.slug, question: read.required(faq.question) }
  if (answer) view.answer = { html: richTextHtml(answer.value), ...(answer.lang ? { lang: answer.lang } : {}) }
  return view
}
