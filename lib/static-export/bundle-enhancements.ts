import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

/** A bundled enhancement module: its name (`<name>.ts` → `<name>.js`) and file. */
export interface BundledEnhancement {
  name: string;
  file: string;
}

/**
 * Bundles each `<name>.ts` directly in `sourceDir` into a standalone, minified ES module
 * `<name>.js` in `outDir`, with esbuild: one file per feature, nothing shared, no
 * framework. Pages load one with `<Enhancement name="<name>" />`. `outDir` is emptied
 * first, so a deleted module is never served; with no modules it is left out entirely.
 */
export async function bundleEnhancements(sourceDir: string, outDir: string): Promise<BundledEnhancement[]> {
  await rm(outDir, { recursive: true, force: true });
  const entries = existsSync(sourceDir)
    ? (await readdir(sourceDir, { withFileTypes: true }))
        .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
        .map((entry) => path.join(sourceDir, entry.name))
        .sort()
    : [];
  if (entries.length === 0) return [];
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: entries,
    outdir: outDir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    // Module scripts run only in browsers that support ES2020; older ones keep the page
    // without the enhancement, which is complete on its own.
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return entries.map((entry) => {
    const name = path.basename(entry, '.ts');
    return { name, file: path.join(outDir, `${name}.js`) };
  });
}
