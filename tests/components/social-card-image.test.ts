// @vitest-environment node
import { describe, expect, it } from 'vitest';
// The card drawn from hostile, very long text is checked by building it: tests/e2e/hostile-content.e2e.test.ts.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { clampText, socialCardImage } from '@/components/social-card-image';
import { BuildCache } from '@/lib/build-cache';
import { loadContent } from '@/lib/content/load';
import { PNG_SIGNATURE } from '@/lib/static-export/social-card-files';
import { FIXTURES } from '../helpers/content-fixture';

describe('clampText', () => {
  it('keeps text within the limit as it is', () => {
    expect(clampText('  Public transport  ', 20)).toBe('Public transport');
  });

  it('cuts longer text at a word, within the limit, and marks the cut', () => {
    const cut = clampText('Unleashing the Potential of Public Transport in Europe', 30);
    expect(cut).toBe('Unleashing the Potential of…');
    expect([...cut].length).toBeLessThanOrEqual(30);
  });

  it('never splits a grapheme, such as a flag or an accented letter written in two code points', () => {
    const flags = '🇪🇺'.repeat(10);
    expect(clampText(flags, 5)).toBe(`${'🇪🇺'.repeat(4)}…`);
    expect(clampText('e\u0301'.repeat(10), 3)).toBe('e\u0301e\u0301…');
  });
});

describe('socialCardImage with a build cache', () => {
  it('serves a card kept for the same text as a PNG without drawing it again, and keeps cards apart by what they show', async () => {
    const { host } = await loadContent({ contentDir: path.join(FIXTURES, 'site', 'content') });
    const cache = new BuildCache(await mkdtemp(path.join(tmpdir(), 'liaison-card-cache-')));
    const text = { host, eyebrow: 'Theme', title: 'Public transport', subtitle: 'Buses, trams and trains' };
    // Kept under the text the card shows once clamped: here, the text as written.
    await cache.put('social-card', [JSON.stringify(text)], PNG_SIGNATURE);
    const response = await socialCardImage(text, cache);
    expect(response.headers.get('Content-Type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PNG_SIGNATURE);
    expect(await cache.get('social-card', [JSON.stringify({ ...text, title: 'Active mobility' })])).toBeUndefined();
  });
});
