// @vitest-environment node
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAdopt } from '@/lib/cli/adopt';
import { ADOPTER_FLAGS, asArgs } from '../helpers/adopter';
import { activeContentDirectory } from '@/lib/content/layout';
import { parseMarkdownFile } from '@/lib/content/frontmatter';
import type { SocialCardText } from '@/components/SocialCard';
import * as listingCard from '@/app/opengraph-image';
import * as accessibilityCard from '@/app/accessibility/opengraph-image';
import * as projectCard from '@/app/projects/[slug]/opengraph-image';
import * as themeCard from '@/app/themes/[id]/opengraph-image';
import * as themesCard from '@/app/themes/opengraph-image';

// Social cards are pictures: what they say is the text each card route hands to
// socialCardImage, recorded here instead of drawn.
const drawn: SocialCardText[] = [];
vi.mock('@/components/social-card-image', async (original) => ({
  ...(await original<typeof import('@/components/social-card-image')>()),
  socialCardImage: (text: SocialCardText) => {
    drawn.push(text);
    return new Response('');
  },
}));

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ADOPTER = { name: ADOPTER_FLAGS.name, fullName: ADOPTER_FLAGS['full-name'] };

/** What would betray the example host: its name, grant number and website, from its own site.md. */
async function exampleHostTraces(): Promise<string[]> {
  const parsed = parseMarkdownFile(await readFile(path.join(ROOT, 'content', 'example', 'site.md')), 'site.md');
  if (!parsed.ok) throw new Error('content/example/site.md cannot be read');
  const { name, grantAgreement, website } = parsed.file.data as Record<string, string>;
  return [String(name), String(grantAgreement), new URL(String(website)).host.replace(/^www\./, '')];
}

describe('the social cards of a site adopted from the example', () => {
  let contentDir: string;
  beforeAll(async () => {
    // A copy of the example as an adopter gets it, adopted with flags, with one project of its own.
    const root = await mkdtemp(path.join(tmpdir(), 'liaison-adopted-cards-'));
    await mkdir(path.join(root, 'content'));
    await cp(path.join(ROOT, 'content', 'example'), path.join(root, 'content', 'example'), { recursive: true });
    await mkdir(path.join(root, 'public'));
    const code = await runAdopt({
      root,
      argv: asArgs(ADOPTER_FLAGS),
      interactive: false,
      log: () => {},
    });
    expect(code).toBe(0);
    await writeFile(
      path.join(root, 'content', 'projects', 'rail-bridge.md'),
      '---\ntitle: RAILBRIDGE\nfullName: Rail Bridges for Regions\nsummary: A partner project of the adopter.\nwebsite: https://railbridge.example.eu/\nthemes: [public-transport]\nsources: [https://railbridge.example.eu/]\nreviewed: 2026-11-01\nlisted: 2026-11-01\n---\nIt works with the adopter.\n',
    );
    contentDir = activeContentDirectory(root);
  });
  beforeEach(() => {
    vi.stubEnv('LIAISON_CONTENT_DIR', contentDir);
    vi.stubEnv('SITE_URL', 'https://tramlink.example.eu');
    drawn.length = 0;
  });
  afterEach(() => vi.unstubAllEnvs());

  it('say nothing of the example host on any card: not its name, grant or website', async () => {
    await listingCard.default();
    await themesCard.default();
    await accessibilityCard.default();
    for (const params of await projectCard.generateStaticParams()) await projectCard.default({ params: Promise.resolve(params) });
    for (const params of await themeCard.generateStaticParams()) await themeCard.default({ params: Promise.resolve(params) });
    const text = JSON.stringify(drawn);
    // The cards were drawn, for the adopter, with its one published project.
    expect(drawn.filter((card) => card.title === 'RAILBRIDGE')).toHaveLength(1);
    expect(drawn.every((card) => card.host.name === ADOPTER.name && card.host.fullName === ADOPTER.fullName)).toBe(true);
    for (const trace of await exampleHostTraces()) expect(text).not.toContain(trace);
  });
});
