import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { loadContent } from '../lib/content/load';
import { chromePath, CHROMIUM_FLAGS } from '../lib/serve/chromium';
import { freePort } from '../lib/serve/free-port';
import { startNginx, type NginxServer } from '../lib/serve/nginx';
import { processExport } from '../lib/static-export/process-export';
import { firstFlightPages, firstFlights } from './first-flight';
import { generateContent } from './generate-content';
import { runLighthouse, type LighthouseResult } from './lighthouse';
import { measurePage, type PageWeight } from './page-bytes';
import { measureCommand, type CommandMeasurement } from './process-tree';
import { renderResults, type BenchResults } from './report';
import { spread } from './stats';
import { activeContentDirectory } from '../lib/content/layout';
import { projectPath } from '../lib/routes';

/**
 * `npm run bench`: the processed export against the unprocessed one, side by side, in one
 * run: page weight, the first flight of every page type (the site's content and 1000
 * generated projects), Lighthouse (3 runs each, variants interleaved), and build time and
 * memory for 3, 100 and 1000 generated projects. Writes bench/results.json and
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

/** One clean build in three timed steps: content check, `next build`, processing. */
async function timedBuild(site: string, contentDir: string): Promise<Record<'check' | 'build' | 'processing', CommandMeasurement>> {
  await rm(path.join(site, '.next'), { recursive: true, force: true });
  await rm(path.join(site, 'out'), { recursive: true, force: true });
  const env = { ...ENV, LIAISON_CONTENT_DIR: contentDir };
  const check = await measureCommand(process.execPath, [TSX_BIN, 'lib/cli/check.ts'], { cwd: site, env });
  const build = await measureCommand(process.execPath, [NEXT_BIN, 'build'], { cwd: site, env });
  const processing = await measureCommand(process.execPath, [TSX_BIN, 'lib/cli/process-export.ts', 'out'], { cwd: site, env });
  return { check, build, processing };
}

async function main(): Promise<void> {
  await mkdir(WORK, { recursive: true });
  const site = await siteCopy();
  const siteContent = await loadContent({ contentDir: activeContentDirectory(ROOT) });
  const projectPagePath = projectPath(siteContent.projects[0]!.slug);

  progress('Step 1/5: building the site once, keeping the export unprocessed and processed');
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
    progress('Step 2/5: page weight (HTML, CSS, JS, requests) in Chromium');
    const browser = await chromium.launch({ executablePath: CHROME, args: [...CHROMIUM_FLAGS] });
    const weights = {} as BenchResults['weights'];
    for (const variant of variants) {
      weights[variant] = {} as Record<keyof typeof pages, PageWeight>;
      for (const [name, pagePath] of Object.entries(pages) as Array<[keyof typeof pages, string]>) {
        weights[variant][name] = await measurePage(browser, `${servers[variant].baseUrl}${pagePath}`);
      }
    }
    await browser.close();

    progress('Step 2/5: the first flight of every page type (HTML, CSS and headers as nginx sends them)');
    const flights: BenchResults['firstFlights'] = [
      { projects: siteContent.projects.length, flights: await firstFlights(servers.processed.baseUrl, firstFlightPages(siteContent)) },
    ];

    const lighthouseRuns: Record<string, LighthouseResult[]> = {};
    for (let round = 1; round <= LIGHTHOUSE_RUNS; round++) {
      for (const name of ['listing', 'project'] as const) {
        for (const variant of variants) {
          progress(`Step 3/5: Lighthouse run ${round}/${LIGHTHOUSE_RUNS}, ${name} page, ${variant}`);
          const key = `${variant}:${name}`;
          (lighthouseRuns[key] ??= []).push(await runLighthouse(`${servers[variant].baseUrl}${pages[name]}`, CHROME));
        }
      }
    }

    const builds: BenchResults['builds'] = [];
    let loaderMilliseconds: number[] = [];
    for (const size of SIZES) {
      const contentDir = await generateContent(activeContentDirectory(ROOT), path.join(WORK, `content-${size}`), size);
      const samples: Array<Record<'check' | 'build' | 'processing', CommandMeasurement>> = [];
      for (let attempt = 1; attempt <= BUILD_RUNS; attempt++) {
        progress(`Step 4/5: clean build with ${size} projects, run ${attempt}/${BUILD_RUNS}`);
        samples.push(await timedBuild(site, contentDir));
      }
      builds.push({ projects: size, samples });
      if (size === 1000) {
        progress('Step 4/5: the first flight of every page type at 1000 projects');
        const thousand = await startNginx({ projectRoot: ROOT, folder: path.join(site, 'out'), host: '127.0.0.1', port: await freePort() });
        try {
          flights.push({ projects: size, flights: await firstFlights(thousand.baseUrl, firstFlightPages(await loadContent({ contentDir }))) });
        } finally {
          await thousand.stop();
        }
        for (let attempt = 1; attempt <= BUILD_RUNS; attempt++) {
          progress(`Step 5/5: the content loader alone on 1000 files, run ${attempt}/${BUILD_RUNS}`);
          const result = spawnSync(process.execPath, [TSX_BIN, path.join(ROOT, 'bench', 'load-content-time.ts'), contentDir], { cwd: ROOT, env: ENV, encoding: 'utf8' });
          if (result.status !== 0) throw new Error(`The loader failed:\n${result.stderr}`);
          loaderMilliseconds = [...loaderMilliseconds, JSON.parse(result.stdout.trim().split('\n').pop()!).milliseconds];
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
      loaderMilliseconds: spread(loaderMilliseconds),
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
