import { BuildCache } from '../lib/build-cache';
import { loadContent } from '../lib/content/load';

/**
 * Prints how long the content loader alone takes on a folder, in milliseconds, in a fresh
 * process: `tsx bench/load-content-time.ts <content folder> [<project folder>]`. With a
 * project folder, through that project's build cache (as a build loads), else with none.
 */
const [contentDir, project] = process.argv.slice(2);
if (!contentDir) throw new Error('Usage: tsx bench/load-content-time.ts <content folder> [<project folder>]');
const cache = project ? BuildCache.forProject(project) : undefined;
const started = process.hrtime.bigint();
const { projects } = await loadContent({ contentDir, cache });
const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
console.log(JSON.stringify({ projects: projects.length, milliseconds }));
