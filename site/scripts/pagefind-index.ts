/**
 * Pagefind over the site's fallback pages (those marked data-pagefind-body: procedures and FAQ
 * pages), as a step of its own: inside Astro's build hook, Astro's memory was still held while
 * Pagefind's binary peaked. One language at a time, each the binary's own run (Vietnamese at the
 * root, English under en/), their bundles then merged: Pagefind keeps every language of a run in
 * memory together (1.9 GB at 10,000 procedures and 11,000 FAQs, beside the 0.6 GB of its Node
 * wrapper), and a bundle is files per language plus an entry naming each, so the merge is the
 * union of the files and of the entry's languages, as one run over both would write them.
 * Usage: node site/scripts/pagefind-index.ts DIR (the bundle goes to DIR/pagefind)
 */
import { spawn } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { arch, tmpdir } from 'node:os'
import path from 'node:path'

type Entry = { version: string; languages: Record<string, unknown>; include_characters?: string[] }

/**
 * Fragment files per language at most (a page's excerpt and metadata): beyond it Pagefind
 * bundles several pages' fragments into one file. One file per page made 25,000 files at
 * national size, 13 s of the fallback's 35 s spent putting them on the target; a search for
 * the fallback then loads a few kilobytes more per result.
 */
const MAX_FRAGMENTS = 2000

const site = path.resolve(process.argv[2] ?? 'dist')
const started = Date.now()
// The binary the pagefind package installs for this platform (its Node API would run the same one).
const binary = createRequire(import.meta.url).resolve(`@pagefind/${process.platform}-${arch()}/bin/pagefind_extended`)

function pagefind(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [...args, '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] })
    let output = ''
    child.stderr.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000)
    })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Pagefind exited with ${code}: ${output}`))))
  })
}

/** Whether a folder of the site holds a page at any depth (Pagefind fails on a glob that finds none). */
async function holdsPages(folder: string): Promise<boolean> {
  const entries = await readdir(path.join(site, folder), { recursive: true })
  return entries.some((entry) => entry.endsWith('.html'))
}

/** One glob per language that has pages: English under en/, Vietnamese in every other folder. */
async function languageGlobs(): Promise<string[]> {
  const folders = (await readdir(site, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && entry.name !== 'pagefind')
    .map((entry) => entry.name)
  const withPages = (
    await Promise.all(folders.map(async (name) => ((await holdsPages(name)) ? name : undefined)))
  ).filter((name): name is string => name !== undefined)
  const vi = withPages.filter((name) => name !== 'en')
  return [
    ...(vi.length === 1 ? [`${vi[0]}/**/*.html`] : vi.length > 1 ? [`{${vi.join(',')}}/**/*.html`] : []),
    ...(withPages.includes('en') ? ['en/**/*.html'] : []),
  ]
}

const parts = await mkdtemp(path.join(tmpdir(), 'dvc-pagefind-'))
try {
  const output = path.join(site, 'pagefind')
  const entry: Entry = { version: '', languages: {} }
  for (const [index, glob] of (await languageGlobs()).entries()) {
    const part = path.join(parts, String(index))
    await pagefind(['--site', site, '--glob', glob, '--output-path', part, '--max-fragments', String(MAX_FRAGMENTS)])
    const own = JSON.parse(await readFile(path.join(part, 'pagefind-entry.json'), 'utf8')) as Entry
    Object.assign(entry, { ...own, languages: { ...entry.languages, ...own.languages } })
    // The files every run writes alike (scripts, styles, the wasm) are the same bytes.
    await cp(part, output, { recursive: true, force: true })
  }
  // No page at all (an empty catalogue): an entry naming no language, which the search page
  // reads as an empty index.
  await mkdir(output, { recursive: true })
  await writeFile(path.join(output, 'pagefind-entry.json'), JSON.stringify(entry))
  process.stderr.write(
    `pagefind: indexed ${Object.keys(entry.languages).join(' and ') || 'no page'} in ${Date.now() - started} ms\n`,
  )
} finally {
  await rm(parts, { recursive: true, force: true })
}
