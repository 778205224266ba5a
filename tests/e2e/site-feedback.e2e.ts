import { expect, test } from '@playwright/test'

/**
 * "Is this page useful?" without JavaScript: the form posts to the portal, which stores the
 * answer and sends the browser back to the page, where CSS alone shows the thanks (storage and
 * refusals: tests/int/feedback.int.test.ts).
 */
test.use({ javaScriptEnabled: false })

test('a citizen answers "Is this page useful?" with JavaScript off and is thanked on the same page', async ({
  page,
}) => {
  // From the site's public origin (SITE_URL): the portal sends the browser back there, and the
  // page's form-action policy allows a redirect only to its own origin and the portal's.
  const site = process.env.E2E_SITE_URL ?? ''
  await page.goto(`${site}/en/procedures/1.001193`)
  const prompt = page.getByRole('group', { name: 'Is this page useful?' })
  await prompt.getByRole('textbox').fill('The fee for copies is not clear')
  await prompt.getByRole('button', { name: 'No, this page is not useful' }).click()
  await expect(page).toHaveURL(/\/en\/procedures\/1\.001193#useful-thanks$/)
  await expect(page.getByText('Thank you for your feedback.')).toBeVisible()
  await expect(prompt).toBeHidden()
})
