// Regenerates iso3166-1.csv and iso3166-2.csv from the npm package `iso-3166`.
// Usage: cd /tmp && npm pack iso-3166@4.4.0 && tar xzf iso-3166-4.4.0.tgz
//        node convert-iso3166.mjs /tmp/package
// The package has no subdivision categories; only China's are derived here, from the
// romanised suffix ISO itself uses in the names (Sheng, Shi, Zizhiqu, SAR).
import {writeFileSync} from 'node:fs'
import {join, dirname} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const packageDir = process.argv[2]
if (!packageDir) throw new Error('usage: node convert-iso3166.mjs <extracted iso-3166 package dir>')
const load = async (file) => import(pathToFileURL(join(packageDir, file)).href)

const {iso31661} = await load('1.js')
const {iso31662} = await load('2.js')
const here = dirname(fileURLToPath(import.meta.url))

const quote = (value) => /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
const toCsv = (header, rows) => [header, ...rows].map((row) => row.map(quote).join(',')).join('\n') + '\n'

const chineseCategory = (name) => {
  if (name.endsWith(' Sheng')) return 'province'
  if (name.endsWith(' Shi')) return 'municipality'
  if (name.endsWith(' Zizhiqu')) return 'autonomous region'
  if (name.endsWith(' SAR')) return 'special administrative region'
  throw new Error(`no category rule for Chinese subdivision ${name}`)
}
const category = (entry) => entry.code.startsWith('CN-') ? chineseCategory(entry.name) : ''

const byCode = (a, b) => (a < b ? -1 : a > b ? 1 : 0)
const countries = iso31661
  .filter((entry) => entry.state === 'assigned')
  .map((entry) => [entry.alpha2, entry.name])
  .sort((a, b) => byCode(a[0], b[0]))
const regions = iso31662
  .map((entry) => [entry.code, entry.code.slice(0, 2), entry.name, category(entry)])
  .sort((a, b) => byCode(a[0], b[0]))

writeFileSync(join(here, 'iso3166-1.csv'), toCsv(['code', 'name'], countries))
writeFileSync(join(here, 'iso3166-2.csv'), toCsv(['code', 'country', 'name', 'category'], regions))
console.log(`wrote ${countries.length} countries and ${regions.length} subdivisions`)
