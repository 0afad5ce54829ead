// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, themeIds, withFieldTable } from '@/lib/cli/content-docs';
import { createProjectSchema } from '@/lib/content/schema';

const CONTENT = path.resolve(import.meta.dirname, '..', '..', '..', 'content');

describe('generated editor documentation', () => {
  it('the field table in content/README.md matches the schema (run npm run docs:content)', async () => {
    const guide = await readFile(path.join(CONTENT, 'README.md'), 'utf8');
    expect(withFieldTable(guide, await themeIds(CONTENT))).toBe(guide);
  });

  it('content/project.schema.json matches the schema and the themes (run npm run docs:content)', async () => {
    const published = await readFile(path.join(CONTENT, 'project.schema.json'), 'utf8');
    expect(published).toBe(jsonSchemaText(await themeIds(CONTENT)));
  });

  it('documents every field, with the known themes offered', async () => {
    const ids = await themeIds(CONTENT);
    const json = JSON.parse(jsonSchemaText(ids)) as {
      properties: Record<string, { items?: { enum?: string[] } }>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(Object.keys(json.properties)).toEqual(Object.keys(createProjectSchema(ids).shape));
    expect(json.required).toEqual(['title', 'summary', 'website', 'sources']);
    expect(json.additionalProperties).toBe(false);
    expect(json.properties.themes?.items?.enum).toEqual(ids);
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
