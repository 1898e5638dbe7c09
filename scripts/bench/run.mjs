// npm run bench -- --codes N: builds the site over N synthetic codes next to a bare Astro + MDX
// baseline over the same files, measures both, and prints the figures and budget verdicts. It also
// builds Starlight over the first 1,000 of those pages, to weigh a first search against its own.
// Everything it generates lives in .bench/ (git-ignored); see BENCHMARKS.md for recorded runs.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { currentEdition } from '../../src/site/site-config.ts';
import { copyProject } from '../build/scratch-project.mjs';
import { keepEditions, warmRebuild } from './kept-editions.mjs';
import { CODES_FOLDER, CONTENT_DIR, EDITIONS_DIR, contentFile } from '../../src/schema/content-files.ts';
import { writeBaseline } from './baseline.mjs';
import { freshSearchBytes, launchBrowser, pageWeight, searchFigures, secondPageWeight, throttledFirstSuggestions } from './keystroke-timing.mjs';
import { evaluateBudgets, formatAmount, formatVerdict, isMultiWord, median, slowestMultiWord } from './budgets.mjs';
import { timedBuild } from './build.mjs';
import { corpusCodes, readTemplate, syntheticPage } from './corpus.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { handoutCodes, throttledHandout } from './handout-timing.mjs';
import { parseBenchArgs } from './options.mjs';
import { startServer } from './server.mjs';
import { STARLIGHT_PAGES, writeStarlightSite } from './starlight-site.mjs';
import { starlightFreshSearch } from './starlight-search.mjs';
import { folderSize } from './sizes.mjs';
import { formatBySetting, formatInventory, inventory } from './output-inventory.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, '.bench');
// BENCH_PORT moves every server (ours, the baseline, Starlight), so benches in several checkouts can run side by side.
const firstPort = Number(process.env.BENCH_PORT ?? 4416);
const PORTS = { ours: firstPort, baseline: firstPort + 1, starlight: firstPort + 2 };

let options;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  console.error(`bench: ${error.message}\nUsage: npm run bench -- --codes 1000 [--kept-editions 1] [--runs 3] [--no-lighthouse] [--no-starlight] [--keep]`);
  process.exit(2);
}
const { codes: n, runs } = options;
const log = (text) => console.log(text);
/** Runs `measure` `times` times one after another (in parallel they would share the throttled line). */
async function sequence(times, measure) {
  const values = [];
  for (let i = 0; i < times; i++) values.push(await measure());
  return values;
}

log(`Generating ${n.toLocaleString('en')} code pages from scripts/editor/templates/code.mdx into .bench/ ...`);
mkdirSync(WORK, { recursive: true });
const site = copyProject(ROOT, join(WORK, 'site'));
const ids = (name) => Object.keys(parse(readFileSync(join(ROOT, contentFile(name)), 'utf8')));
// Histories end by the oldest edition the bench keeps: a kept edition may name no later year.
const oldestKept = currentEdition() - Math.max(0, options.keptEditions - 1);
const shared = { families: ids('families'), sites: ids('sites'), payers: ids('payers'), modifiers: ids('modifiers'), edition: oldestKept };
const realCodes = readdirSync(join(ROOT, CONTENT_DIR, CODES_FOLDER)).map((file) => file.replace(/\.mdx$/, ''));
const codes = corpusCodes(n, realCodes);
const template = readTemplate(readFileSync(join(ROOT, 'scripts/editor/templates/code.mdx'), 'utf8'));
const date = new Date().toISOString().slice(0, 10);
for (let i = 0; i < n; i++) {
  const { code, text } = syntheticPage(template, codes, i, shared, date);
  writeFileSync(join(site, CONTENT_DIR, CODES_FOLDER, `${code}.mdx`), text);
}
// The project's own kept editions hold only its real pages; with --kept-editions K the whole
// synthetic corpus is kept K times with the freeze script, as a team would each January: the
// current edition and the K - 1 years before it (the configuration names each year in turn).
rmSync(join(site, EDITIONS_DIR), { recursive: true, force: true });
const keptCodesDirs = keepEditions(site, options.keptEditions);
const baseline = writeBaseline(ROOT, join(WORK, 'baseline'), join(site, CONTENT_DIR, CODES_FOLDER), keptCodesDirs);

// Interleaved cold builds, so machine noise hits both sides alike; the last pair's output is measured.
// Ours is built with its own build script (Astro, then the search index); the baseline has only Astro.
const builds = { ours: [], baseline: [] };
const sides = [
  ['baseline', baseline, ['astro', 'build']],
  ['ours', site, ['npm', 'run', '--silent', 'build']],
];
for (let run = 1; run <= runs; run++) {
  for (const [name, dir, command] of sides) {
    log(`Build ${run}/${runs}: ${name} ...`);
    builds[name].push(await timedBuild(dir, command));
  }
}
const summary = (list) => ({ seconds: median(list.map((b) => b.seconds)), peakRss: Math.max(...list.map((b) => b.peakRss)), pages: list[0].pages });
const ours = summary(builds.ours);
const bare = summary(builds.baseline);

// Starlight over the same first 1,000 pages whatever N is (below 1,000 the corpus is made longer
// for it), built once with `astro build`, which runs its Pagefind integration.
let starlight, starlightDir;
if (options.starlight) {
  log(`Build: Starlight over the first ${STARLIGHT_PAGES.toLocaleString('en')} code pages ...`);
  const starlightCodes = n >= STARLIGHT_PAGES ? codes : corpusCodes(STARLIGHT_PAGES, realCodes);
  const pages = starlightCodes.slice(0, STARLIGHT_PAGES).map((_, i) => syntheticPage(template, starlightCodes, i, shared, date));
  starlightDir = writeStarlightSite(ROOT, join(WORK, 'starlight'), pages);
  starlight = { build: await timedBuild(starlightDir, ['astro', 'build']), codePath: `/codes/${starlightCodes[STARLIGHT_PAGES / 2]}/` };
}

const output = folderSize(join(site, 'dist'));
const index = folderSize(join(site, 'dist/pagefind'));
const outputKinds = Object.fromEntries(inventory(join(site, 'dist')));
const middle = codes[Math.floor(n / 2)];
const codePath = `/codes/${middle}/`;
// The two- and three-word queries get first suggestions from the word index, then Pagefind's full
// answer, which is where a slow query shows (issue 24: "guidewire sheath" once held typing for
// seconds); the slowest of them has a line and a target of its own ('multi-word-search'), so no
// median hides it, and its full answer a line of its own.
const queries = [middle, 'stenosis', codes.at(-1), 'guidewire sheath', codes[0], 'balloon', 'balloon stenosis', 'iliac artery stenosis', 'femoral vein access'];
/** Several words typed on a fresh page over the throttled network: Pagefind starts loading at the first space, beside the words' shards. */
const THROTTLED_WORDS = 'iliac artery stenosis';

const servers = { ours: await startServer(join(site, 'dist'), PORTS.ours), baseline: await startServer(join(baseline, 'dist'), PORTS.baseline) };
if (starlight) servers.starlight = await startServer(join(starlightDir, 'dist'), PORTS.starlight);
const browser = await launchBrowser();
let weights, secondPage, search, firstWords, throttled, handout, scores;
try {
  log('Measuring page weight and search in Chromium ...');
  weights = { ours: await pageWeight(browser, servers.ours, codePath), baseline: await pageWeight(browser, servers.baseline, codePath) };
  secondPage = await secondPageWeight(browser, servers.ours, codePath, `/codes/${codes.at(-1)}/`);
  search = await searchFigures(browser, servers.ours, codePath, queries);
  firstWords = await freshSearchBytes(browser, servers.ours, codePath, queries[1]);
  if (starlight) starlight.search = await starlightFreshSearch(browser, servers.starlight, starlight.codePath, queries[1]);
  log('Measuring first suggestions over a throttled network ...');
  throttled = {
    words: median(await sequence(3, () => throttledFirstSuggestions(browser, servers.ours, codePath, queries[1]))),
    code: median(await sequence(3, () => throttledFirstSuggestions(browser, servers.ours, codePath, queries[0]))),
    severalWords: median(await sequence(3, () => throttledFirstSuggestions(browser, servers.ours, codePath, THROTTLED_WORDS, { fromLastKey: true }))),
  };
  log('Measuring a handout over a throttled network ...');
  const handoutRuns = await sequence(3, () => throttledHandout(browser, servers.ours, handoutCodes(codes)));
  handout = { ...handoutRuns[0], ms: median(handoutRuns.map((run) => run.ms)) };
  if (options.lighthouse) {
    log('Running Lighthouse ...');
    scores = await lighthouseScores(servers.ours.url + codePath);
  }
} finally {
  await browser.close();
  await Promise.all(Object.values(servers).map((s) => s.close()));
}

// Last, as it rewrites the output measured above: the warm rebuild and the site with no kept edition.
let rebuild;
if (keptCodesDirs.length) {
  log('Warm rebuild: one live page edited, the kept-edition cache kept; then the same site with no kept edition ...');
  rebuild = await warmRebuild(site, codes.slice(Math.floor(n / 2)), sides[1][2]);
}

const figures = {
  'page-weight': weights.ours.bytes,
  'first-code-search': search.firstSearch,
  'first-word-search': firstWords.bytes,
  'starlight-word-search': starlight?.search.bytes,
  'peak-rss': ours.peakRss,
  'build-ratio': ours.seconds / bare.seconds,
  'throttled-words': throttled.words,
  'throttled-code': throttled.code,
  'throttled-handout': handout.ms,
  'multi-word-search': slowestMultiWord(queries, search.latencies),
  'warm-rebuild-ratio': rebuild?.ratio,
};
const verdicts = evaluateBudgets(figures, n, keptCodesDirs.length);
const multiWordTimes = (latencies) => queries.flatMap((q, i) => (isMultiWord(q) ? [`"${q}" ${Math.round(latencies[i])}`] : [])).join(', ');
const cpu = cpus();
const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform}`;
const row = (label, a, b, ratio) => `  ${label.padEnd(22)}${String(a).padEnd(16)}${String(b).padEnd(16)}${ratio ?? ''}`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const formatRebuild = ({ edited, pairs, ratio: medianRatio }) =>
  [
    `\nWarm rebuild after editing ${edited}, made and undone in turn (kept-edition cache kept; every other cache cold), ${pairs.length} pairs back to back`,
    row('', 'warm rebuild', 'no kept edition', 'warm ÷ none'),
    ...pairs.map(({ warm, noKept }, i) => row(`pair ${i + 1}: wall time`, `${warm.seconds.toFixed(1)} s`, `${noKept.seconds.toFixed(1)} s`, ratio(warm.seconds, noKept.seconds))),
    row('peak RSS', formatAmount(Math.max(...pairs.map((p) => p.warm.peakRss)), 'bytes'), formatAmount(Math.max(...pairs.map((p) => p.noKept.peakRss)), 'bytes')),
    `  median of the pairs' ratios: ${medianRatio.toFixed(2)}×\n`,
  ].join('\n');

log(`
CPT Reference benchmark: ${n.toLocaleString('en')} synthetic codes (+${realCodes.length} real pages)${keptCodesDirs.length ? `, all kept as ${keptCodesDirs.length} edition(s) too` : ''}, ${new Date().toISOString()}
Machine: ${machine}

Build (cold; time is the median of ${runs}, RSS the highest)
${row('', 'ours', 'baseline', 'ours ÷ baseline')}
${row('wall time', `${ours.seconds.toFixed(1)} s`, `${bare.seconds.toFixed(1)} s`, ratio(ours.seconds, bare.seconds))}
${row('HTML pages', ours.pages, bare.pages)}
${row('pages/s', (ours.pages / ours.seconds).toFixed(0), (bare.pages / bare.seconds).toFixed(0))}
${row('peak RSS', formatAmount(ours.peakRss, 'bytes'), formatAmount(bare.peakRss, 'bytes'), ratio(ours.peakRss, bare.peakRss))}
${starlight ? `Starlight over the first ${STARLIGHT_PAGES.toLocaleString('en')} pages (astro build with its Pagefind, once): ${starlight.build.seconds.toFixed(1)} s, peak RSS ${formatAmount(starlight.build.peakRss, 'bytes')}, ${starlight.build.pages} HTML pages` : 'Starlight: skipped (--no-starlight)'}
${rebuild ? formatRebuild(rebuild) : ''}
Output: ${formatAmount(output.bytes, 'bytes')} in ${output.files.toLocaleString('en')} files; Pagefind index ${formatAmount(index.bytes, 'bytes')} in ${index.files.toLocaleString('en')} files
${formatInventory(outputKinds)}
${formatBySetting(outputKinds)}
Code page ${codePath}, transferred with gzip (HTML + CSS + JS, before any interaction):
  ours ${formatAmount(weights.ours.bytes, 'bytes')} in ${weights.ours.requests.length} requests (${weights.ours.searchRequests} search requests); baseline ${formatAmount(weights.baseline.bytes, 'bytes')}; ratio ${ratio(weights.ours.bytes, weights.baseline.bytes)}
  a second code page after it (cache rules of _headers, 304 for unchanged files): ${formatAmount(secondPage.bytes, 'bytes')} in ${secondPage.requests.length} requests
Search in the header box (Chromium, bytes counted at the server, worker requests included):
  first search "${queries[0]}": ${formatAmount(search.firstSearch, 'bytes')}; second, different search "${queries[1]}": ${formatAmount(search.secondSearch, 'bytes')}
  first search "${queries[1]}" on a fresh page: ${formatAmount(firstWords.bytes, 'bytes')}
  ${starlight ? `Starlight's, over the first ${STARLIGHT_PAGES.toLocaleString('en')} of these pages (its search button, then the words), on ${starlight.codePath}: ${formatAmount(starlight.search.bytes, 'bytes')}; ours ÷ Starlight's ${ratio(firstWords.bytes, starlight.search.bytes)} (its page load before it, ${formatAmount(starlight.search.pageBytes, 'bytes')}, already fetched Pagefind's UI script)` : "Starlight's: skipped (--no-starlight)"}
  last keystroke → suggestions for that query: median ${formatAmount(search.keystrokeMedian, 'ms')} over ${queries.length} queries; each: ${queries.map((q, i) => `"${q}" ${Math.round(search.latencies[i])}`).join(', ')} ms
  of those, several words (first suggestions from the word index): slowest ${formatAmount(figures['multi-word-search'], 'ms')}; each: ${multiWordTimes(search.latencies)} ms
  the same, last keystroke → Pagefind's full answer replacing them: slowest ${formatAmount(slowestMultiWord(queries, search.fullLatencies), 'ms')}; each: ${multiWordTimes(search.fullLatencies)} ms
Throttled network (1.6 Mbps down, 150 ms RTT), fresh page, empty cache, first keystroke → first suggestions (median of 3):
  words "${queries[1]}": ${formatAmount(throttled.words, 'ms')}; code "${queries[0]}": ${formatAmount(throttled.code, 'ms')}
  several words "${THROTTLED_WORDS}", last keystroke → first suggestions for them: ${formatAmount(throttled.severalWords, 'ms')}
  a ${handoutCodes(codes).length}-code handout opened from its link, navigation → every code shown (median of 3): ${formatAmount(handout.ms, 'ms')}, ${formatAmount(handout.bytes, 'bytes')} in ${handout.requests.length} requests
${scores ? `Lighthouse (mobile) ${codePath}: ${Object.entries(scores).map(([k, v]) => `${k} ${v}`).join(', ')}` : 'Lighthouse: skipped (--no-lighthouse)'}

Budgets (the issue's)
${verdicts.filter((v) => !v.stricter).map((v) => `  ${formatVerdict(v, n)}`).join('\n')}
Stricter target (ours)
${verdicts.filter((v) => v.stricter).map((v) => `  ${formatVerdict(v, n)}`).join('\n')}`);

const resultFile = join(WORK, `results-${n}${options.keptEditions ? `-kept${options.keptEditions}` : ''}.json`);
writeFileSync(resultFile, JSON.stringify({ codes: n, keptEditions: options.keptEditions, runs, machine, date: new Date().toISOString(), ours, baseline: bare, builds, rebuild, output, outputKinds, index, codePath, weights, secondPage, search, firstWords, starlight, throttled, handout, queries, scores, verdicts }, null, 2));
log(`\nFigures written to ${resultFile.replace(`${ROOT}/`, '')}`);
if (!options.keep) for (const dir of [site, baseline, starlightDir]) if (dir) rmSync(dir, { recursive: true, force: true });
