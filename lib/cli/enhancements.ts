import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleEnhancements } from '../static-export/bundle-enhancements';

/** The site's enhancement modules, and where their bundles go to be served. */
export const ENHANCEMENTS_SOURCE = path.join('lib', 'enhancements');
export const ENHANCEMENTS_OUTPUT = path.join('public', 'enhancements');

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const bundled = await bundleEnhancements(path.resolve(ENHANCEMENTS_SOURCE), path.resolve(ENHANCEMENTS_OUTPUT));
  console.log(
    bundled.length === 0
      ? `No enhancement modules in ${ENHANCEMENTS_SOURCE}/: pages ship no JavaScript.`
      : `Bundled ${bundled.map((module) => module.name).join(', ')} into ${ENHANCEMENTS_OUTPUT}/.`,
  );
}
