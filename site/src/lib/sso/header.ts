/**
 * The header's login state on every content page (no framework: STYLE 18): "Log in"
 * starts the code flow and comes back to this page; a logged-in citizen sees their name
 * and "Log out".
 */

import { logout, readConfig, startLogin } from './client.ts'
import { currentLogin } from './session.ts'

export function mountAccount(root: HTMLElement): void {
  const config = readConfig(root)
  const login = root.querySelector<HTMLAnchorElement>('[data-sso-login]')
  const who = root.querySelector<HTMLElement>('[data-sso-who]')
  const name = root.querySelector<HTMLElement>('[data-sso-name]')
  const out = root.querySelector<HTMLButtonElement>('[data-sso-logout]')
  if (!config || !login || !who || !name || !out) return
  const current = currentLogin()
  if (current) {
    name.textContent = current.name
    login.hidden = true
    who.hidden = false
  }
  login.addEventListener('click', (event) => {
    event.preventDefault()
    // The portal unreachable: the login page says so and offers to try again.
    startLogin(config, location.pathname + location.search + location.hash).catch(() => location.assign(login.href))
  })
  out.addEventListener('click', () => {
    logout(config).catch(() => location.assign(config.home))
  })
}
