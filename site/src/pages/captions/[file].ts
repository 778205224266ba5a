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

/** The static build passes the body; the publisher's on-demand renderer looks the file up. */
export const GET: APIRoute<{ body?: string }> = async ({ props, params }) => {
  const body =
    props.body ??
    captionFiles((await loadStore()).videos.values()).find((file) => file.path === `/captions/${params.file}`)?.body
  if (body === undefined) return new Response(null, { status: 404 })
  return new Response(body, { headers: { 'content-type': 'text/vtt; charset=utf-8' } })
}
