/*
 * The passkey ceremony on the portal's sign-in and account pages: the only script those
 * pages run (issue 13). The page's form carries the options the server issued (a JSON
 * block); this asks the browser's authenticator through @simplewebauthn/browser (loaded
 * before it as SimpleWebAuthnBrowser), puts the answer in the form and submits it, so the
 * server's answer is an ordinary page or redirect. Messages come from the page (its language).
 */
;(() => {
  const form = document.querySelector('form[data-passkey]')
  const status = document.getElementById('passkey-status')
  const source = document.getElementById('passkey-options')
  if (!form || !status || !source) return
  const webauthn = window.SimpleWebAuthnBrowser
  if (!webauthn?.browserSupportsWebAuthn()) {
    status.textContent = form.dataset.unsupported ?? ''
    return
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    if (!form.reportValidity()) return
    status.textContent = form.dataset.waiting ?? ''
    try {
      const optionsJSON = JSON.parse(source.textContent ?? '{}')
      const response =
        form.dataset.passkey === 'register'
          ? await webauthn.startRegistration({ optionsJSON })
          : await webauthn.startAuthentication({ optionsJSON })
      form.elements.namedItem('response').value = JSON.stringify(response)
      form.submit()
    } catch {
      // Cancelled, timed out, or no passkey for this site on the device.
      status.textContent = form.dataset.failed ?? ''
    }
  })
})()
