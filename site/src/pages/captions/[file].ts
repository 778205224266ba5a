import type { APIRoute } from 'astro'
import { captionFiles } from '../../lib/captions.ts'
import { loadStore } from '../../lib/cms.ts'

/** Guidance videos' WebVTT captions, one file per video and language: /captions/12-vi.vtt. */
export async function getStaticPaths() {
  const store = await loadStore()
  return captionFiles(store.videos.values()).map((file) => ({
    params: { file: file.path.replace('/captions/', '') },
    props: { body: file.body },
  }))
}

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'content-type': 'text/vtt; charset=utf-8' } })
