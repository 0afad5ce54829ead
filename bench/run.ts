import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { loadContent } from '../lib/content/load';
import { chromePath, CHROMIUM_FLAGS } from '../lib/serve/chromium';
import { freePort } from '../lib/serve/free-port';
import { startNginx, type NginxServer } from '../lib/serve/nginx';
import { processExport } from '../lib/static-export/process-export';
import { firstFlightPages, firstFlights, pageTypes, type PageType } from './first-flight';
import { generateContent } from './generate-content';
import { runLighthouse, type LighthouseResult } from './lighthouse';
import { measurePage, type PageWeight } from './page-bytes';
import { measureCommand } from './process-tree';
import { nextBuildPhases } from './build-phases';
import { BuildCache } from '../lib/build-cache';
import { renderResults, type BenchResults, type BuildSample } from './report';
import { spread } from './stats';
import { activeContentDirectory } from '../lib/content/layout';
import { projectPath } from '../lib/routes';

/**
 * `npm run bench`: the processed export against the unprocessed one, side by side, in one
 * run: page weight, the first flight of every page type (the site's content and 1000
 * generated projects), Lighthouse (3 runs each, variants interleaved), build time (by
 * phase) and memory for 3, 100 and 1000 generated projects, rebuilds of 1000 after one
 * file changed, the loader with and without the build cache, and last the README's test
 * command (`npm test`, as CI runs it after installing). Writes bench/results.json and
 * bench/results.md, and the table into the README's Performance section.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, '.variants', 'bench');
const CHROME = chromePath();
const LIGHTHOUSE_RUNS = 3;
const BUILD_RUNS = 3;
const SIZES = [3, 100, 1000];
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
const TSX_BIN = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const started = Date.now();
// A production build needs the address it is published at; the benchmark's is never visited.
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL ?? 'https://liaison.example.org' };

function progress(message: string): void {
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`[${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}] ${message}`);
}

/** A copy of the site's sources to build in, so the project's own .next/ and out/ stay. */
async function siteCopy(): Promise<string> {
  const folder = path.join(WORK, 'site');
  await rm(folder, { recursive: true, force: true });
  for (const entry of ['app', 'components', 'lib', 'content', 'public', 'next.config.ts', 'tailwind.config.ts', 'tsconfig.json', '.postcssrc.json', 'package.json']) {
    await cp(path.join(ROOT, entry), path.join(folder, entry), { recursive: true });
  }
  return folder;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = ENV): void {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * One build in three timed steps, as `npm run build` runs them: content check, `next build`
 * (with where its time went), processing. Always without `.next/` and `out/`, as on Vercel
 * or in CI; `clean` also empties the build cache (lib/build-cache.ts), else it is kept, as
 * Vercel and the Pages workflow keep it between builds.
 */
async function timedBuild(site: string, contentDir: string, { clean }: { clean: boolean }): Promise<BuildSample> {
  await rm(path.join(site, '.next'), { recursive: true, force: true });
  await rm(path.join(site, 'out'), { recursive: true, force: true });
  if (clean) await rm(path.dirname(BuildCache.forProject(site).folder), { recursive: true, force: true });
  const env = { ...ENV, LIAISON_CONTENT_DIR: contentDir };
  const measured = async (args: string[]) => {
    const { lines, ...measurement } = await measureCommand(process.execPath, args, { cwd: site, env });
    return { measurement, lines };
  };
  const check = await measured([TSX_BIN, 'lib/cli/check.ts', '--build']);
  const build = await measured([NEXT_BIN, 'build']);
  const processing = await measured([TSX_BIN, 'lib/cli/process-export.ts', 'out']);
  return {
    check: check.measurement,
    build: build.measurement,
    processing: processing.measurement,
    phases: nextBuildPhases(build.lines, build.measurement.seconds),
  };
}

/** Changes one project file the way an editor would: a new sentence in its summary. */
async function editOneProject(contentDir: string, edit: number): Promise<void> {
  const file = path.join(contentDir, 'projects', `project-${String(edit).padStart(4, '0')}.md`);
  const text = await readFile(file, 'utf8');
  const edited = text.replace(/^summary: (.*)$/m, (_line, summary: string) => `summary: ${summary.replace(/\.?$/, '')}; edited for rebuild ${edit}.`);
  if (edited === text) throw new Error(`${file} has no summary line to edit`);
  await writeFile(file, edited);
}

/**
 * The README's test command, as CI runs it once the packages are installed (`npm test`,
 * here in this checkout), timed once; its output goes to .variants/bench/tests.log.
 */
async function timedTests(): Promise<BenchResults['tests']> {
  progress(`Step 6/6: the README's test command (npm test), once; output in ${path.relative(ROOT, path.join(WORK, 'tests.log'))}`);
  const log = createWriteStream(path.join(WORK, 'tests.log'));
  const begun = Date.now();
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn('npm', ['test'], { cwd: ROOT, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.once('close', resolve);
  });
  log.end();
  return { seconds: (Date.now() - begun) / 1000, passed: code === 0 };
}

async function main(): Promise<void> {
  await mkdir(WORK, { recursive: true });
  const site = await siteCopy();
  const siteContent = await loadContent({ contentDir: activeContentDirectory(ROOT) });
  const projectPagePath = projectPath(siteContent.projects[0]!.slug);

  progress('Step 1/6: building the site once, keeping the export unprocessed and processed');
  run(process.execPath, [TSX_BIN, 'lib/cli/enhancements.ts'], site);
  run(process.execPath, [NEXT_BIN, 'build'], site);
  const unprocessedDir = path.join(WORK, 'unprocessed');
  const processedDir = path.join(WORK, 'processed');
  for (const folder of [unprocessedDir, processedDir]) {
    await rm(folder, { recursive: true, force: true });
    await cp(path.join(site, 'out'), folder, { recursive: true });
  }
  await processExport(processedDir);

  // The unprocessed export needs inline scripts and styles, so it is served with the
  // policy it had before ('unsafe-inline'); everything else is deploy/nginx.conf.
  const oldPolicy = (config: string) =>
    config.replace("script-src 'self';", "script-src 'self' 'unsafe-inline';").replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");
  const servers: Record<'unprocessed' | 'processed', NginxServer> = {
    unprocessed: await startNginx({ projectRoot: ROOT, folder: unprocessedDir, host: '127.0.0.1', port: await freePort(), adjustConfig: oldPolicy }),
    processed: await startNginx({ projectRoot: ROOT, folder: processedDir, host: '127.0.0.1', port: await freePort() }),
  };
  const variants = ['unprocessed', 'processed'] as const;
  const pages = { listing: '/', project: projectPagePath, notFound: '/no-such-page/' } as const;

  try {
    progress('Step 2/6: page weight (HTML, CSS, JS, requests) in Chromium');
    const browser = await chromium.launch({ executablePath: CHROME, args: [...CHROMIUM_FLAGS] });
    const weights = {} as BenchResults['weights'];
    for (const variant of variants) {
      weights[variant] = {} as Record<keyof typeof pages, PageWeight>;
      for (const [name, pagePath] of Object.entries(pages) as Array<[keyof typeof pages, string]>) {
        weights[variant][name] = await measurePage(browser, `${servers[variant].baseUrl}${pagePath}`);
      }
    }
    await browser.close();

    progress('Step 2/6: the first flight of every page type (HTML, CSS and headers as nginx sends them)');
    const flights: BenchResults['firstFlights'] = [
      { projects: siteContent.projects.length, flights: await firstFlights(servers.processed.baseUrl, firstFlightPages(siteContent)) },
    ];

    const lighthouseRuns: Record<string, LighthouseResult[]> = {};
    const lighthousePages: BenchResults['lighthousePages'] = {};
    /** Lighthouse on the processed export of one page type, kept as `processed:<type>`. */
    const lighthouse = async (step: string, baseUrl: string, type: PageType, pagePath: string, projects: number, round: number) => {
      progress(`${step}: Lighthouse run ${round}/${LIGHTHOUSE_RUNS}, ${type} (${pagePath}, ${projects} projects), processed`);
      lighthousePages[type] = { path: pagePath, projects };
      (lighthouseRuns[`processed:${type}`] ??= []).push(await runLighthouse(`${baseUrl}${pagePath}`, CHROME));
    };
    const siteTypes = pageTypes(siteContent);
    for (let round = 1; round <= LIGHTHOUSE_RUNS; round++) {
      // The listing and a project page, both exports interleaved; every other type that
      // answers 200, processed.
      for (const name of ['listing', 'project'] as const) {
        for (const variant of variants) {
          progress(`Step 3/6: Lighthouse run ${round}/${LIGHTHOUSE_RUNS}, ${name} page, ${variant}`);
          const key = `${variant}:${name}`;
          (lighthouseRuns[key] ??= []).push(await runLighthouse(`${servers[variant].baseUrl}${pages[name]}`, CHROME));
        }
        lighthousePages[name] = { path: pages[name], projects: siteContent.projects.length };
      }
      for (const type of ['themes', 'theme', 'accessibility', 'listingLater', 'themeLater'] as const) {
        const pagePath = siteTypes[type];
        if (pagePath) await lighthouse('Step 3/6', servers.processed.baseUrl, type, pagePath, siteContent.projects.length, round);
      }
    }

    const builds: BenchResults['builds'] = [];
    const rebuilds: BuildSample[] = [];
    const loaderMilliseconds = { uncached: [] as number[], cached: [] as number[] };
    for (const size of SIZES) {
      const contentDir = await generateContent(activeContentDirectory(ROOT), path.join(WORK, `content-${size}`), size);
      const samples: BuildSample[] = [];
      for (let attempt = 1; attempt <= BUILD_RUNS; attempt++) {
        progress(`Step 4/6: clean build with ${size} projects, run ${attempt}/${BUILD_RUNS}`);
        samples.push(await timedBuild(site, contentDir, { clean: true }));
      }
      builds.push({ projects: size, samples });
      if (size === 1000) {
        for (let attempt = 1; attempt <= BUILD_RUNS; attempt++) {
          progress(`Step 5/6: rebuild with ${size} projects after one project file changed, run ${attempt}/${BUILD_RUNS}`);
          await editOneProject(contentDir, attempt);
          rebuilds.push(await timedBuild(site, contentDir, { clean: false }));
        }
        progress('Step 4/6: the first flight of every page type at 1000 projects');
        const thousand = await startNginx({ projectRoot: ROOT, folder: path.join(site, 'out'), host: '127.0.0.1', port: await freePort() });
        try {
          const thousandContent = await loadContent({ contentDir });
          flights.push({ projects: size, flights: await firstFlights(thousand.baseUrl, firstFlightPages(thousandContent)) });
          // The page types the site's own content has no page of (the later pages of a long listing).
          const types = pageTypes(thousandContent);
          for (let round = 1; round <= LIGHTHOUSE_RUNS; round++) {
            for (const type of ['listingLater', 'themeLater'] as const) {
              const pagePath = types[type];
              if (pagePath && !siteTypes[type]) await lighthouse('Step 4/6', thousand.baseUrl, type, pagePath, size, round);
            }
          }
        } finally {
          await thousand.stop();
        }
        for (const cached of [false, true]) {
          for (let attempt = 1; attempt <= BUILD_RUNS; attempt++) {
            progress(`Step 5/6: the content loader alone on 1000 files, ${cached ? 'from the build cache' : 'with no cache'}, run ${attempt}/${BUILD_RUNS}`);
            const args = [TSX_BIN, path.join(ROOT, 'bench', 'load-content-time.ts'), contentDir, ...(cached ? [site] : [])];
            const result = spawnSync(process.execPath, args, { cwd: ROOT, env: ENV, encoding: 'utf8' });
            if (result.status !== 0) throw new Error(`The loader failed:\n${result.stderr}`);
            loaderMilliseconds[cached ? 'cached' : 'uncached'].push(JSON.parse(result.stdout.trim().split('\n').pop()!).milliseconds);
          }
        }
      }
    }

    const results: BenchResults = {
      date: new Date().toISOString(),
      machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
      pages,
      weights,
      firstFlights: flights,
      lighthouse: lighthouseRuns,
      builds,
      rebuilds,
      loaderMilliseconds: { uncached: spread(loaderMilliseconds.uncached), cached: spread(loaderMilliseconds.cached) },
      lighthousePages,
      tests: await timedTests(),
      totalSeconds: (Date.now() - started) / 1000,
    };
    const markdown = renderResults(results);
    await writeFile(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(path.join(ROOT, 'bench', 'results.md'), markdown);
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    const block = /(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/;
    if (block.test(readme)) await writeFile(path.join(ROOT, 'README.md'), readme.replace(block, `$1${markdown}$2`));
    progress(`Done in ${Math.round(results.totalSeconds)} s: bench/results.md, bench/results.json and the README's Performance table.`);
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
  }
}

await main();
