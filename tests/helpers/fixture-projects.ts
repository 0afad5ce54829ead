import path from 'node:path';
import { loadContent } from '@/lib/content/load';
import type { Content } from '@/lib/content';
import { FIXTURES } from './content-fixture';

/** The fixture site's content, loaded as pages get it, for component tests. */
export function loadFixtureSite(): Promise<Content> {
  return loadContent({ contentDir: path.join(FIXTURES, 'site', 'content'), today: new Date('2025-06-15') });
}
