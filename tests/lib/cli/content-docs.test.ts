// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { jsonSchemaText, themeIds, withFieldTable, writeContentDocs } from '@/lib/cli/content-docs';
import { makeContentFixture } from '../../helpers/content-fixture';
import { createProjectSchema } from '@/lib/content/schema';
import { activeContentDirectory } from '@/lib/content/layout';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
/** The editors' guide and the JSON Schema, shared by a site's own content and the example. */
const CONTENT = path.join(ROOT, 'content');
/** The themes the site is built with. */
const THEMES = activeContentDirectory(ROOT);

describe('generated editor documentation', () => {
  it('the field table in content/README.md matches the schema (run npm run docs:content)', async () => {
    const guide = await readFile(path.join(CONTENT, 'README.md'), 'utf8');
    expect(withFieldTable(guide, await themeIds(THEMES))).toBe(guide);
  });

  it('content/project.schema.json matches the schema and the themes (run npm run docs:content)', async () => {
    const published = await readFile(path.join(CONTENT, 'project.schema.json'), 'utf8');
    expect(published).toBe(jsonSchemaText());
  });

  it('documents every field, with the known themes offered', async () => {
    const ids = await themeIds(THEMES);
    const json = JSON.parse(jsonSchemaText()) as {
      properties: Record<string, { items?: { enum?: string[]; type?: string } }>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(Object.keys(json.properties)).toEqual(Object.keys(createProjectSchema(ids).shape));
    expect(json.required).toEqual(['title', 'summary', 'website', 'sources', 'reviewed', 'listed']);
    expect(json.additionalProperties).toBe(false);
    // Theme ids are the editors' to add: the published schema must not need regenerating.
    expect(json.properties.themes?.items).toEqual({ type: 'string' });
    const guide = await readFile(path.join(CONTENT, 'README.md'), 'utf8');
    for (const field of Object.keys(json.properties)) expect(guide).toContain(`| \`${field}\` |`);
  });
});

describe('the editors guide explains every message', () => {
  it('has a row in "What the messages mean" for each message in the broken-file corpus', async () => {
    const guide = await readFile(path.join(CONTENT, 'README.md'), 'utf8');
    const table = guide.slice(guide.indexOf('## What the messages mean'));
    const phrases = [...table.matchAll(/^\| (.+?) \|/gm)]
      .flatMap((row) => [...(row[1] ?? '').matchAll(/`([^`]+)`/g)].map((match) => longestPart(match[1]!)))
      .filter((phrase) => phrase.length > 3);
    const corpus = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'check');
    const { readdir } = await import('node:fs/promises');
    const unexplained: string[] = [];
    for (const name of await readdir(corpus)) {
      const lines = (await readFile(path.join(corpus, name, 'expected.txt'), 'utf8')).trim().split('\n');
      for (const line of lines.filter((text) => text.includes(' — '))) {
        const message = line.slice(line.indexOf(' — ') + 3);
        if (!phrases.some((phrase) => message.includes(phrase))) unexplained.push(`${name}: ${message}`);
      }
    }
    expect(unexplained).toEqual([]);
  });
});

/** `… characters long; shorten it` → `characters long; shorten it`: the words around a gap. */
function longestPart(phrase: string): string {
  return phrase
    .split('…')
    .map((part) => part.trim())
    .reduce((longest, part) => (part.length > longest.length ? part : longest), '');
}

describe('npm run docs:content', () => {
  const exec = promisify(execFile);
  const root = path.resolve(import.meta.dirname, '..', '..', '..');

  it('writes the schema into the folder LIAISON_CONTENT_DIR names', async () => {
    const fixture = await makeContentFixture();
    await exec('npm', ['run', '--silent', 'docs:content'], { cwd: root, env: { ...process.env, LIAISON_CONTENT_DIR: fixture.contentDir } });
    // The fixture folder has no schema until the command writes one there.
    const written: unknown = JSON.parse(await readFile(path.join(fixture.contentDir, 'project.schema.json'), 'utf8'));
    expect(written).toEqual(JSON.parse(jsonSchemaText()));
    // Starting npm and tsx takes seconds on a busy machine.
  }, 30_000);

  it('reports a broken themes.yml as the check does, not as a stack trace', async () => {
    const fixture = await makeContentFixture();
    await fixture.write('content/themes.yml', 'Public Transport: Public transport\n');
    await expect(writeContentDocs(fixture.contentDir)).rejects.toThrow(
      'content/themes.yml:1: Public Transport — theme ids are lowercase words joined by hyphens, such as public-transport',
    );
    const run = exec('npm', ['run', '--silent', 'docs:content'], { cwd: root, env: { ...process.env, LIAISON_CONTENT_DIR: fixture.contentDir } });
    const failure = (await run.catch((error: unknown) => error)) as { code: number; stdout: string; stderr: string };
    expect(failure.code).toBe(1);
    expect(failure.stdout.trim().split('\n')).toEqual([
      'content/themes.yml:1: Public Transport — theme ids are lowercase words joined by hyphens, such as public-transport',
      '1 problem in 1 file',
    ]);
  }, 30_000);
});

