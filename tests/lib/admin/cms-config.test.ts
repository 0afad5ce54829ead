// @vitest-environment node
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assembleAdmin } from '@/lib/admin/assemble';
import { cmsConfig, cmsConfigText, type CmsField } from '@/lib/admin/cms-config';
import { FORMATS } from '@/lib/admin/formats';
import { accessibilitySchema, createProjectSchema, createHostSchema, placeSchema, themeSchema } from '@/lib/content/schema';


interface Collection {
  name: string;
  format: string;
  fields?: CmsField[];
  files?: Array<{ name: string; file: string; fields: CmsField[] }>;
}
const collections = cmsConfig('content').collections as Collection[];
const collection = (name: string) => collections.find((each) => each.name === name)!;
const file = (name: string, fileName: string) => collection(name).files!.find((each) => each.name === fileName)!.fields;

/** Every property of a schema, as `a.b` paths, from its JSON Schema. */
function schemaPaths(schema: z.ZodType): string[] {
  const walk = (json: Record<string, unknown>, prefix: string): string[] =>
    Object.entries((json.properties ?? {}) as Record<string, Record<string, unknown>>).flatMap(([name, field]) => {
      const items = (field.items ?? {}) as Record<string, unknown>;
      const nested = field.type === 'object' ? field : items.type === 'object' ? items : undefined;
      return [`${prefix}${name}`, ...(nested ? walk(nested, `${prefix}${name}.`) : [])];
    });
  return walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>, '');
}

/** Every field of the form, as `a.b` paths, with its widget. */
function formPaths(fields: readonly CmsField[], prefix = ''): Map<string, string> {
  const paths = new Map<string, string>();
  for (const field of fields) {
    paths.set(`${prefix}${field.name}`, field.widget);
    if (Array.isArray(field.fields)) for (const [name, widget] of formPaths(field.fields as CmsField[], `${prefix}${field.name}.`)) paths.set(name, widget);
  }
  return paths;
}

describe('the CMS configuration', () => {
  it.each(['content', 'content/example'])('finds every file in the content folder it is given: %s/', (folder) => {
    const files = (cmsConfig(folder).collections as Array<Collection & { folder?: string }>).flatMap((each) => [each.folder, ...(each.files ?? []).map((entry) => entry.file)]).filter(Boolean);
    expect(files.sort()).toEqual([`${folder}/accessibility.md`, `${folder}/places.yml`, `${folder}/projects`, `${folder}/site.md`, `${folder}/themes.yml`]);
  });

  it('is written by npm run admin for the folder the site is built from, the example until a copy is adopted', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'liaison-admin-'));
    const example = path.join(outDir, 'some-project', 'content', 'example');
    await assembleAdmin(outDir, example);
    expect(await readFile(path.join(outDir, 'config.yml'), 'utf8')).toBe(cmsConfigText('content/example'));
    await rm(outDir, { recursive: true, force: true });
    // Bundling the entry and copying Decap's files: seconds on a busy machine.
  }, 60_000);

  it.each([
    ['a project', createProjectSchema(['any']), collection('projects').fields!],
    ['the host', createHostSchema(['any']), file('pages', 'site')],
    ['the accessibility statement', accessibilitySchema, file('pages', 'accessibility')],
  ])('gives every field of %s a widget, and no field the schema lacks but the body', (_, schema, fields) => {
    const form = formPaths(fields);
    expect(new Set([...form.keys()].filter((name) => name !== 'body'))).toEqual(new Set(schemaPaths(schema)));
    expect(form.get('body')).toBe('markdown');
    for (const widget of form.values()) expect(widget).toMatch(/^(string|text|markdown|boolean|number|select|relation|image|list|object)$/);
  });

  it('gives every field of a theme and of a place a widget', () => {
    expect([...formPaths(file('themes', 'themes')).keys()]).toEqual(['themes', 'themes.id', ...schemaPaths(themeSchema).map((name) => `themes.${name}`)]);
    expect([...formPaths(file('places', 'places')).keys()]).toEqual(['places', ...schemaPaths(placeSchema).map((name) => `places.${name}`)]);
  });

  it('uses the right widget and the schema rules for each kind of field', () => {
    const fields = new Map(collection('projects').fields!.map((field) => [field.name, field]));
    // Dates stay text with the schema's pattern: a date picker would write timestamps.
    expect(fields.get('start')).toMatchObject({ widget: 'string', required: false, pattern: ['^\\d{4}(-\\d{2}(-\\d{2})?)?$', expect.stringContaining('YYYY-MM-DD')] });
    expect(fields.get('reviewed')).toMatchObject({ widget: 'string', required: true, pattern: ['^\\d{4}-\\d{2}-\\d{2}$', expect.any(String)] });
    expect(fields.get('website')).toMatchObject({ widget: 'string', required: true, pattern: ['^https://\\S+$', expect.any(String)] });
    expect(fields.get('grantAgreement')).toMatchObject({ widget: 'string', pattern: ['^\\d{6,9}$', expect.any(String)] });
    expect(fields.get('title')).toMatchObject({ pattern: ['^[\\s\\S]{0,60}$', expect.any(String)], hint: expect.stringContaining('acronym') });
    expect(fields.get('themes')).toMatchObject({ widget: 'relation', collection: 'themes', multiple: true, value_field: 'themes.*.id' });
    expect(fields.get('logo')).toMatchObject({ widget: 'image', media_folder: '/public/logos', public_folder: '/logos' });
    expect(fields.get('sources')).toMatchObject({ widget: 'list', min: 1, field: { widget: 'string', pattern: ['^https://\\S+$', expect.any(String)] } });
    expect(fields.get('draft')).toMatchObject({ widget: 'boolean', default: true });
    expect(fields.get('order')).toMatchObject({ widget: 'number', value_type: 'int' });
    const cities = fields.get('cities')!.fields as CmsField[];
    const country = cities.find((field) => field.name === 'country')!;
    expect(country.widget).toBe('select');
    expect(country.options).toContainEqual({ label: 'ES — Spain', value: 'ES' });
    expect(cities.map((field) => field.name)).toEqual(['name', 'country', 'role']);
  });

  it('names only formats the admin registers, and the repository is left to the build', () => {
    for (const each of collections) expect(Object.keys(FORMATS)).toContain(each.format);
    expect(cmsConfig('content')).toMatchObject({ publish_mode: 'editorial_workflow', backend: { name: 'github' } });
  });
});
