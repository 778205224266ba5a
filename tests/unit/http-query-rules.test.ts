import { describe, expect, it } from 'vitest'

import { checkQuery } from '../../cms/src/http/query-rules.ts'

const LOCALES = ['vi', 'en']
const problem = (query: string) => checkQuery(new URLSearchParams(query), LOCALES)

describe('REST query rules at the edge', () => {
  it.each([
    // What the site's build, the tests, the bench and the admin send.
    'depth=0&locale=all&limit=500&page=2&sort=id&select[code]=true&select[name]=true',
    'locale=en&limit=100&page=50&depth=1',
    'where[code][equals]=1.001193&depth=0',
    'where[or][0][name][like]=khai sinh&where[or][1][code][like]=1.00',
    'sort=-updatedAt,code&draft=true&fallback-locale=none',
    'where={"code":{"equals":"1.001193"}}',
    'page=&limit=',
  ])('lets %s through', (query) => {
    expect(problem(query)).toBeNull()
  })

  it.each([
    ['where[code][equals]=a%00b', 'where', 'query.nul'],
    ['depth=1000000', 'depth', 'query.depth'],
    ['depth=4', 'depth', 'query.depth'],
    ['page=-5', 'page', 'query.page'],
    ['page=%20', 'page', 'query.page'],
    ['page=0', 'page', 'query.page'],
    ['limit=1001', 'limit', 'query.limit'],
    ['locale=xx', 'locale', 'query.locale'],
    ['draft=maybe', 'draft', 'query.flag'],
    ['sort=code;drop', 'sort', 'query.sort'],
    ['sort[0][x]=1', 'sort', 'query.sort'],
    ['where={bad', 'where', 'query.json'],
    ['where[location][near]=1,2', 'where', 'query.operator'],
    [`q=${'x'.repeat(2001)}`, 'q', 'query.too_long'],
    ['limit=100&limit=1', 'limit', 'query.repeated'],
    ['depth=0&depth=0', 'depth', 'query.repeated'],
    ['page[a]=1', 'page', 'query.repeated'],
    ['locale[]=vi', 'locale', 'query.repeated'],
    ['draft=true&draft=false', 'draft', 'query.repeated'],
  ])('refuses %s naming "%s"', (query, parameter, key) => {
    expect(problem(query)).toMatchObject({ status: 400, code: 'query.invalid', key, details: { parameter } })
  })
})
