import { cp, mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');

/** A throw-away copy of a fixture site (`content/` and `public/`) that a test may change. */
export interface ContentFixture {
  root: string;
  contentDir: string;
  publicDir: string;
  /** Writes a file relative to the fixture's root, e.g. `content/projects/new.md`. */
  write(relative: string, text: string | Uint8Array): Promise<void>;
}

/** Copies `tests/fixtures/site`, then each overlay folder on top of it, into a temp folder. */
export async function makeContentFixture(...overlays: string[]): Promise<ContentFixture> {
  const root = await mkdtemp(path.join(tmpdir(), 'liaison-content-'));
  await cp(path.join(FIXTURES, 'site'), root, { recursive: true });
  for (const overlay of overlays) {
    await cp(overlay, root, { recursive: true, filter: (source) => path.basename(source) !== 'expected.txt' });
  }
  return {
    root,
    contentDir: path.join(root, 'content'),
    publicDir: path.join(root, 'public'),
    async write(relative, text) {
      const target = path.join(root, relative);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    },
  };
}

/** A draft project for the fixture site: in `next dev` it shows, and it is public nowhere. */
export const DRAFT_PROJECT = {
  file: 'content/projects/delta.md',
  text: '---\ntitle: DELTA\nsummary: Not yet.\nwebsite: https://delta.example.org/\nsources: [https://delta.example.org/]\nreviewed: 2025-06-01\nlisted: 2025-06-10\ndraft: true\n---\nSoon.\n',
};

/** The fixture site with DRAFT_PROJECT added. */
export async function makeContentFixtureWithDraft(): Promise<ContentFixture> {
  const fixture = await makeContentFixture();
  await fixture.write(DRAFT_PROJECT.file, DRAFT_PROJECT.text);
  return fixture;
}
