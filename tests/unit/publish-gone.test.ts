import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { recordGone } from '../../cms/src/publish/gone-pages.ts'
import { localFolderTarget } from '../../cms/src/publish/targets/local-folder.ts'
import { GONE } from '../../cms/src/publish/targets/target.ts'

/** The publisher's record of removed pages (cms/src/publish/gone-pages.ts) on a real folder. */
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))))

async function folder() {
  const dir = await mkdtemp(path.join(tmpdir(), 'dvc-gone-'))
  dirs.push(dir)
  const read = async () => JSON.parse(await readFile(path.join(dir, GONE), 'utf8')) as Record<string, string>
  return { target: localFolderTarget(dir), read }
}

describe('the record of removed pages', () => {
  it('keeps every page taken away, and lets go of a page published again', async () => {
    const { target, read } = await folder()
    await recordGone(target, { '/thu-tuc/9.000004': '/linh-vuc/a', '/en/procedures/9.000004': '/en/sectors/a' }, [])
    await recordGone(target, { '/hoi-dap/hoi-b': '/linh-vuc' }, ['linh-vuc/a/index.html'])
    expect(await read()).toEqual({
      '/thu-tuc/9.000004': '/linh-vuc/a',
      '/en/procedures/9.000004': '/en/sectors/a',
      '/hoi-dap/hoi-b': '/linh-vuc',
    })
    await recordGone(target, {}, ['thu-tuc/9.000004/index.html', 'en/procedures/9.000004/index.html'])
    expect(await read()).toEqual({ '/hoi-dap/hoi-b': '/linh-vuc' })
  })

  it('writes nothing when nothing went', async () => {
    const { target } = await folder()
    await recordGone(target, {}, ['index.html'])
    expect(await target.read(GONE)).toBeNull()
  })
})
