import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * dependency-cruiser cannot tell a declared workspace package from an undeclared one (both
 * resolve through the workspace link), so this test reads the imports of `@dvc/*` in each
 * workspace and checks its package.json declares them: a production install of one
 * workspace must not depend on the repository's layout.
 */
const root = path.resolve(import.meta.dirname, '..', '..')
const WORKSPACES = ['cms', 'site', 'search']
const SOURCE = /\.(ts|tsx|mjs|astro)$/
const SKIP = new Set(['node_modules', '.next', 'dist', '.astro', 'bench'])

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return []
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return sources(file)
    return SOURCE.test(name) ? [file] : []
  })
}

function importedWorkspaces(workspace: string): Set<string> {
  const found = new Set<string>()
  for (const file of sources(path.join(root, workspace))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/from\s+['"](@dvc\/[a-z-]+)/g)) {
      if (match[1]) found.add(match[1])
    }
  }
  return found
}

describe.each(WORKSPACES)('workspace %s', (workspace) => {
  const manifest = JSON.parse(readFileSync(path.join(root, workspace, 'package.json'), 'utf8'))
  const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }))

  it('declares every workspace package it imports', () => {
    const imported = [...importedWorkspaces(workspace)]
    expect(imported.filter((name) => !declared.has(name))).toEqual([])
  })

  it('never imports itself by its package name', () => {
    expect(importedWorkspaces(workspace).has(manifest.name)).toBe(false)
  })
})
