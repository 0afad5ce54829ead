import { basePath } from '@/lib/settings';
import { ENHANCEMENTS_URL_FOLDER } from '@/lib/static-export/enhancement-marker';

/**
 * Loads one progressive enhancement, `lib/enhancements/<name>.ts`, bundled at build time
 * (`npm run enhancements`). The page must be complete without it: the module only finds
 * its elements by a data attribute and improves them. The `data-enhancement` marker is
 * what lets this script through the build's processing, which removes every other script.
 */
export function Enhancement({ name }: { name: string }) {
  const src = `${basePath()}/${ENHANCEMENTS_URL_FOLDER}/${name}.js`;
  // Module scripts are deferred by definition: this one never blocks rendering, which is
  // what the lint rule against synchronous scripts protects.
  // eslint-disable-next-line @next/next/no-sync-scripts
  return <script type="module" src={src} data-enhancement={name} />;
}
