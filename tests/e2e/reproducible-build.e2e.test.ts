import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '@/lib/static-export/process-export';
import { vercelBuild } from './support/builds';
import { ROOT } from './support/servers';

/**
 * The same commit always builds the same site: a second clean build, in another folder
 * (a copy of the sources in `.variants/`, with no `.next/` cache and no tests or bench
 * beside it), must write an `out/` byte for byte the same as the suite's own build. The
 * second build is the one Vercel's CLI makes for vercel.e2e.test.ts (support/builds.ts):
 * `vercel build` runs `npm run build` in its copy, so one build proves both, and proves
 * that what Vercel deploys is what the rest of the suite tests.
 *
 * The copy takes its packages, and so its build cache (lib/build-cache.ts), from the
 * project's node_modules, as a Vercel build restores it: its rendered descriptions,
 * social cards and processed pages come from the cache the suite's build filled. So this
 * also proves that a build from the cache writes what a build from nothing wrote. Pages
 * are kept by the HTML Next.js rendered, which is rendered afresh in the copy: a page
 * that rendered differently would miss the cache, be processed again, and differ here.
 *
 * Files left out of the comparison, by name, with the reason why they may differ. None:
 * both differences found were removed at their root. Tailwind scanned the whole folder, so
 * words in tests/ and bench/ changed the stylesheet and its hashed name in every page
 * (app/globals.css now names the site's own sources); and builds started from the suite
 * inherited Vitest's NODE_ENV=test, with which Next.js bundles the stylesheet differently
 * (runIn now builds with the environment a shell has).
 */
const EXCLUDED: Record<string, string> = {};

const OUT = path.join(ROOT, 'out');

/** Each file's SHA-256, by its path in the folder. */
async function fingerprint(folder: string): Promise<Map<string, string>> {
  const files = (await filesUnder(folder)).filter((file) => !(file in EXCLUDED));
  const hashes = new Map<string, string>();
  for (const file of files) {
    hashes.set(file, createHash('sha256').update(await readFile(path.join(folder, file))).digest('hex'));
  }
  return hashes;
}

let first: Map<string, string>;
let second: Map<string, string>;

beforeAll(async () => {
  first = await fingerprint(OUT);
  const { folder } = await vercelBuild();
  second = await fingerprint(path.join(folder, 'out'));
}, 300_000);

describe('two clean builds of the same commit', () => {
  it('write byte-identical out/ folders', () => {
    const differences = [...new Set([...first.keys(), ...second.keys()])]
      .sort()
      .filter((file) => first.get(file) !== second.get(file))
      .map((file) => (!first.has(file) ? `only in the second build: ${file}` : !second.has(file) ? `only in the suite's build: ${file}` : `differs: ${file}`));
    console.log(`Compared ${first.size} files of out/ from two builds; ${differences.length} differ; excluded by name: ${Object.keys(EXCLUDED).join(', ') || 'none'}.`);
    expect(differences).toEqual([]);
    // A comparison of almost nothing would prove nothing: every page and the stylesheet.
    expect([...first.keys()].filter((file) => file.endsWith('.html') || file.endsWith('.css')).length).toBeGreaterThanOrEqual(6);
  });
});
