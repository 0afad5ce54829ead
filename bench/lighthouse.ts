import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_FLAGS } from '../lib/serve/chromium';

/** One Lighthouse run: the four category scores (0–100) and three Core Web Vitals. */
export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpSeconds: number;
  tbtMilliseconds: number;
  cls: number;
}

/** How often one measurement is tried before the bench gives up. */
const ATTEMPTS = 3;

/**
 * Lighthouse on one address, tried again when Lighthouse itself fails to record the load
 * (it says so: "Please run Lighthouse again", e.g. NO_NAVSTART on a busy machine). A run
 * that completes always counts, whatever it measured.
 */
export async function runLighthouse(url: string, chromePath: string): Promise<LighthouseResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouseOnce(url, chromePath);
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      console.log(`  Lighthouse could not record ${url} (attempt ${attempt}); trying again.`);
    }
  }
}

/**
 * Lighthouse 12's own CLI (default config: mobile, simulated throttling) on one address,
 * in Debian's Chromium with a throwaway profile folder.
 */
async function runLighthouseOnce(url: string, chromePath: string): Promise<LighthouseResult> {
  const cli = path.join(path.dirname(createRequire(import.meta.url).resolve('lighthouse/package.json')), 'cli', 'index.js');
  const work = await mkdtemp(path.join(tmpdir(), 'liaison-lighthouse-'));
  const report = path.join(work, 'report.json');
  try {
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const child = spawn(
        process.execPath,
        [cli, url, '--output=json', `--output-path=${report}`, '--quiet', `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`],
        { env: { ...process.env, CHROME_PATH: chromePath, XDG_CONFIG_HOME: work, XDG_CACHE_HOME: work }, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Lighthouse failed on ${url}:\n${output}`))));
    });
    const lhr = JSON.parse(await readFile(report, 'utf8'));
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpSeconds: audit('largest-contentful-paint') / 1000,
      tbtMilliseconds: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
