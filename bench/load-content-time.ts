import { loadContent } from '../lib/content/load';

/**
 * Prints how long the content loader alone takes on a folder, in milliseconds, in a fresh
 * process (so nothing is cached): `tsx bench/load-content-time.ts <content folder>`.
 */
const contentDir = process.argv[2];
if (!contentDir) throw new Error('Usage: tsx bench/load-content-time.ts <content folder>');
const started = process.hrtime.bigint();
const { projects } = await loadContent({ contentDir });
const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
console.log(JSON.stringify({ projects: projects.length, milliseconds }));
