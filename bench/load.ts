import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadContent } from '../lib/content/load';
import { freePort } from '../lib/serve/free-port';
import { nginxBinary, startNginx, type NginxServer } from '../lib/serve/nginx';
import { treeResidentBytes } from './process-tree';
import { activeContentDirectory } from '../lib/content/layout';
import { projectPath } from '../lib/routes';

/**
 * `npm run load`: a bounded load test on loopback against production's server, nginx
 * serving the processed out/ with deploy/nginx.conf (as `npm start` does; there is no
 * `next start` target). 50 connections for 20 s on the listing and on a project page,
 * after a warm-up. It fails when any request errs or answers other than 2xx, or when
 * nginx's memory at the end is more than 10 % above its level after the warm-up; the
 * timings are reported, never judged. Writes bench/load-results.md and the README's table.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const CONNECTIONS = 50;
const SECONDS = 20;
const WARM_UP_SECONDS = 5;
const MEMORY_TOLERANCE = 0.1;

/** One page's figures. */
interface PageLoad {
  name: string;
  path: string;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function hammer(url: string, duration: number): Promise<autocannon.Result> {
  return autocannon({ url, connections: CONNECTIONS, duration });
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function main(): Promise<number> {
  if (!existsSync(path.join(ROOT, 'out', 'index.html'))) {
    console.error('There is no build in out/: run `npm run build` first (`npm run load` does).');
    return 1;
  }
  const { projects } = await loadContent({ contentDir: activeContentDirectory(ROOT) });
  const project = projects[0];
  if (!project) throw new Error('The content has no published project to load.');
  const pages = [
    { name: 'Listing', path: '/' },
    { name: `Project page (${project.title})`, path: projectPath(project.slug) },
  ];

  const server: NginxServer = await startNginx({ projectRoot: ROOT, folder: path.join(ROOT, 'out'), host: '127.0.0.1', port: await freePort() });
  try {
    const nginxPid = server.process.pid!;
    console.log(`nginx (${nginxVersion()}) serving out/ at ${server.baseUrl}; warming up for ${WARM_UP_SECONDS} s per page.`);
    for (const page of pages) await hammer(`${server.baseUrl}${page.path}`, WARM_UP_SECONDS);
    const warm = treeResidentBytes(nginxPid);

    const results: PageLoad[] = [];
    for (const page of pages) {
      console.log(`${CONNECTIONS} connections for ${SECONDS} s on ${page.path} …`);
      const result = await hammer(`${server.baseUrl}${page.path}`, SECONDS);
      results.push({
        ...page,
        requests: result.requests.total,
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
      });
    }
    const end = treeResidentBytes(nginxPid);
    const growth = (end - warm) / warm;

    const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
    const markdown = [
      `Measured ${date} UTC on ${availableParallelism()} cores (load average ${loadavg()[0]!.toFixed(1)} at the end; autocannon shares them with nginx), Node ${process.version}, ${nginxVersion()} (1 worker, deploy/nginx.conf), ${CONNECTIONS} connections for ${SECONDS} s per page after a ${WARM_UP_SECONDS} s warm-up, on loopback.`,
      '',
      '| Page | Requests | Requests/s | p50 latency (ms) | p99 latency (ms) | Errors | Non-2xx |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...results.map((row) => `| ${row.name} | ${row.requests} | ${Math.round(row.requestsPerSecond)} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.non2xx} |`),
      '',
      `nginx's memory (resident, master and worker): ${megabytes(warm)} MB after the warm-up, ${megabytes(end)} MB at the end (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} %, limit +${MEMORY_TOLERANCE * 100} %).`,
      '',
    ].join('\n');
    console.log(`\n${markdown}`);
    await writeFile(path.join(ROOT, 'bench', 'load-results.md'), `# Load test (\`npm run load\`)\n\n${markdown}`);
    const readmePath = path.join(ROOT, 'README.md');
    const readme = await readFile(readmePath, 'utf8');
    const block = /(<!-- load:start -->\n)[\s\S]*?(<!-- load:end -->)/;
    if (block.test(readme)) await writeFile(readmePath, readme.replace(block, `$1${markdown}$2`));

    const failures = [
      ...results.filter((row) => row.errors > 0).map((row) => `${row.path}: ${row.errors} requests failed or timed out`),
      ...results.filter((row) => row.non2xx > 0).map((row) => `${row.path}: ${row.non2xx} answers were not 2xx`),
      ...(growth > MEMORY_TOLERANCE ? [`nginx's memory grew by ${(growth * 100).toFixed(1)} % under load, more than ${MEMORY_TOLERANCE * 100} %`] : []),
    ];
    for (const failure of failures) console.error(`FAIL: ${failure}`);
    if (failures.length === 0) console.log('OK: no errors, no non-2xx answers, memory steady. Written to bench/load-results.md and the README.');
    return failures.length > 0 ? 1 : 0;
  } finally {
    await server.stop();
  }
}

function nginxVersion(): string {
  const run = spawnSync(nginxBinary(), ['-v'], { encoding: 'utf8' });
  return /nginx\/[\d.]+/.exec(`${run.stderr}${run.stdout}`)?.[0] ?? 'nginx';
}

process.exitCode = await main();
