/**
 * A browser without JavaScript for the SSO's server-rendered pages: keeps cookies, follows
 * redirects one at a time (so a test sees where it lands), submits forms. Enough for the
 * provider's flows; the real browser tests use Chromium.
 */
export type Page = { url: string; status: number; body: string }

export class FormBrowser {
  readonly #cookies = new Map<string, string>()
  readonly language: string

  constructor(language = 'vi') {
    this.language = language
  }

  /** One request, no redirect followed. */
  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { 'accept-language': this.language }
    const cookie = [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ')
    if (cookie) headers.cookie = cookie
    if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded'
    const response = await fetch(url, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      headers,
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
      redirect: 'manual',
    })
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';')
      const at = pair.indexOf('=')
      const name = pair.slice(0, at)
      const value = pair.slice(at + 1)
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === '') this.#cookies.delete(name)
      else this.#cookies.set(name, value)
    }
    return response
  }

  /**
   * Follows redirects from `url` until a page answers, or until a redirect leaves for
   * `stopAt` (a relying party's callback): then that URL is returned as the page's url.
   */
  async visit(
    url: string,
    init: { method?: string; form?: Record<string, string> } = {},
    stopAt?: string,
  ): Promise<Page> {
    let response = await this.request(url, init)
    let current = url
    for (let hops = 0; hops < 20 && response.status >= 300 && response.status < 400; hops++) {
      current = new URL(response.headers.get('location') ?? '', current).href
      await response.body?.cancel()
      if (stopAt && current.startsWith(stopAt)) return { url: current, status: response.status, body: '' }
      response = await this.request(current)
    }
    return { url: current, status: response.status, body: await response.text() }
  }

  /** Submits the page's form whose action ends with `action`, with `fields`. */
  async submit(page: Page, action: string, fields: Record<string, string> = {}, stopAt?: string): Promise<Page> {
    const forms = [...page.body.matchAll(/<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/g)]
    const form = forms.find(([, target]) =>
      decode(target ?? '')
        .split('?')[0]
        ?.endsWith(action),
    )
    if (!form) throw new Error(`no form posting to ${action} on ${page.url}`)
    const hidden = Object.fromEntries(
      [...(form[2] ?? '').matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)].map((m) => [
        m[1],
        decode(m[2] ?? ''),
      ]),
    )
    return this.visit(new URL(decode(form[1] ?? ''), page.url).href, { form: { ...hidden, ...fields } }, stopAt)
  }
}

function decode(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
}
