/**
 * The site, rendered by the site's own build (Astro, then Pagefind) into a folder of its
 * own: the same components and the same page table (site/src/lib/pages.ts) as
 * `npm run build:site`, so what a publish puts online is what a full build would.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// import.meta.dirname is not defined inside Next's server bundle (this module is reachable
// from the config through the queue's tasks): resolved on use, from the module's URL.
const rootDir = () => path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** Output kept for the error of a failed build (the job's reason in the admin). */
const TAIL = 4000

function runNode(args: string[], env: Record<string, string>, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    // process.execPath: the worker's own Node (24, from the root's "node" devDependency).
    const child = spawn(process.execPath, args, {
      cwd: path.join(rootDir(), 'site'),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(signal ? { signal } : {}),
    })
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-TAIL)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('exit', (code, killedBy) => {
      if (code === 0) resolve()
      else reject(new Error(`${path.basename(args[0] ?? '')} exited with ${code ?? killedBy}:\n${output.trim()}`))
    })
  })
}

/** Build the whole site from the CMS at `cmsUrl` into `outDir` (absolute, created by the build). */
export async function renderSite(
  outDir: string,
  cmsUrl: string,
  options: { signal?: AbortSignal; env?: Record<string, string> } = {},
): Promise<void> {
  const { signal } = options
  const env = {
    ...options.env,
    CMS_URL: cmsUrl,
    SITE_OUT_DIR: outDir,
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
  }
  const root = rootDir()
  await runNode([path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], env, signal)
  await runNode([path.join(root, 'site', 'scripts', 'pagefind-index.ts'), outDir], env, signal)
}
