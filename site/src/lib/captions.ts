import type { Locale } from '../i18n/index.ts'
import { routes } from './routes.ts'
import type { Video } from './types.ts'

/** One WebVTT file the build writes, and the `<track>` that points at it (WCAG 1.2.2). */
export type CaptionFile = { videoId: number; lang: Locale; path: string; body: string }

/**
 * WebVTT as browsers accept it: UTF-8 without a byte-order mark, LF line ends, the
 * "WEBVTT" signature first and a blank line at the end.
 * https://www.w3.org/TR/webvtt1/#file-structure
 */
export function normalizeVtt(vtt: string): string {
  const text = vtt
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .trim()
  const body = text.startsWith('WEBVTT') ? text : `WEBVTT\n\n${text}`
  return `${body}\n`
}

/** Every captions file of every video, one per language (the last one wins if a language repeats). */
export function captionFiles(videos: Iterable<Video>): CaptionFile[] {
  const files = new Map<string, CaptionFile>()
  for (const video of videos) {
    for (const caption of video.captions ?? []) {
      if (!caption.vtt?.trim()) continue
      const path = routes.captions(video.id, caption.language)
      files.set(path, { videoId: video.id, lang: caption.language, path, body: normalizeVtt(caption.vtt) })
    }
  }
  return [...files.values()]
}
