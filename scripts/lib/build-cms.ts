import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { run } from './children.ts'

/** Inputs of the admin build; a change to any of them means `next build` again. */
const INPUTS = [
  'cms/src',
  'cms/next.config.ts',
  'cms/tsconfig.json',
  'cms/package.json',
  'search/src',
  'search/package.json',
  'package-lock.json',
]

async function listFiles(target: string): Promise<string[]> {
  const stat = statSync(target, { throwIfNoEntry: false })
  if (!stat) return []
  if (!stat.isDirectory()) return [target]
  const entries = await readdir(target, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

async function inputsHash(rootDir: string): Promise<string> {
  const hash = createHash('sha256')
  for (const input of INPUTS) {
    for (const file of await listFiles(path.join(rootDir, input))) {
      hash.update(path.relative(rootDir, file))
      hash.update(await readFile(file))
    }
  }
  return hash.digest('hex')
}

/**
 * Build the Payload admin (Next) once per change of its inputs: a second `npm start`
 * must be up in seconds, not rebuild for a minute.
 */
export async function buildCmsIfChanged(rootDir: string, env: Record<string, string>): Promise<boolean> {
  const cmsDir = path.join(rootDir, 'cms')
  const stamp = path.join(cmsDir, '.next', 'dvc-inputs.sha256')
  const hash = await inputsHash(rootDir)
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return false
  await run('next', ['build'], { cwd: cmsDir, env, label: 'cms build', quiet: true })
  writeFileSync(stamp, hash)
  return true
}
