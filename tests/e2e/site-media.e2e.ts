import { expect, test } from '@playwright/test'

/**
 * A template form downloads and a guidance video plays its captions, on the birth
 * registration page. The file and the video are synthetic test fixtures
 * (tests/e2e/fixtures/attach-samples.ts); the real seed has neither.
 */
for (const [path, caption] of [
  ['/thu-tuc/1.001193', 'Phụ đề giả lập: nộp tờ khai'],
  ['/en/procedures/1.001193', 'Synthetic caption: submit the form'],
] as const) {
  test(`${path}: the template form downloads as a PDF`, async ({ page, request }) => {
    await page.goto(path)
    const link = page.locator('a[href*="/api/forms/file/synthetic-sample-form.pdf"]')
    await expect(link).toHaveCount(1)
    await expect(link.locator('xpath=..')).toContainText('PDF')
    const response = await request.get((await link.getAttribute('href')) as string)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('application/pdf')
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-')
  })

  test(`${path}: the guidance video plays with captions in the page's language`, async ({ page }) => {
    await page.goto(path)
    const video = page.locator('video')
    await expect(video).toHaveCount(1)
    await expect(video.locator('track[kind="captions"]')).toHaveCount(2)
    const shown = await video.evaluate(async (element: HTMLVideoElement) => {
      element.muted = true
      const track = [...element.textTracks].find((t) => t.mode === 'showing') ?? element.textTracks[0]
      if (!track) return { error: 'no text track' }
      track.mode = 'showing'
      await element.play()
      // Generous: a shared 2-core machine may decode slowly; the test is about the cue, not speed.
      const deadline = Date.now() + 30_000
      while (Date.now() < deadline && !(track.activeCues && track.activeCues.length > 0)) {
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      const cue = track.activeCues?.[0] as VTTCue | undefined
      return { lang: track.language, text: cue?.text }
    })
    expect(shown).toEqual({ lang: path.startsWith('/en/') ? 'en' : 'vi', text: caption })
  })
}
