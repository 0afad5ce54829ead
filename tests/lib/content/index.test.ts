// @vitest-environment node
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import { FIXTURES } from '../../helpers/content-fixture';

describe('getContent', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('reads the content once per build process, however many pages ask', async () => {
    process.env.LIAISON_CONTENT_DIR = path.join(FIXTURES, 'site', 'content');
    delete process.env.LIAISON_TODAY;
    const first = getContent();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(getContent()).toBe(first);
  });

  it('reads again for other options, such as another day', async () => {
    process.env.LIAISON_CONTENT_DIR = path.join(FIXTURES, 'site', 'content');
    process.env.LIAISON_TODAY = '2020-01-01';
    const before = await getContent();
    process.env.LIAISON_TODAY = '2030-01-01';
    const after = await getContent();
    expect(before.projects[0]?.status).toBe('planned');
    expect(after.projects[0]?.status).toBe('completed');
  });
});
