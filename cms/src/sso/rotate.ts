/** What `npm run sso:rotate-keys` needs from the provider's store (exported as `@dvc/cms/sso-keys`). */
export { ssoSecret } from './secret.ts'
export { rotateSigningKeys } from './store/keys.ts'
