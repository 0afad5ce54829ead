// @vitest-environment node
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Content } from '@/lib/content';
import { loadContent } from '@/lib/content/load';
import { API_PATHS, apiJsonSchema, projectFile, projectFileSchema, projectList, projectListSchema } from '@/lib/discovery/public-api';
import { makeContentFixtureWithDraft } from '../../helpers/content-fixture';

let content: Content;
beforeAll(async () => {
  const fixture = await makeContentFixtureWithDraft();
  content = await loadContent({ contentDir: fixture.contentDir, includeDrafts: true, today: new Date('2025-06-15T00:00:00Z') });
});
beforeEach(() => vi.stubEnv('SITE_URL', 'https://example.org'));
afterEach(() => vi.unstubAllEnvs());

/** A JSON Schema validator of its own (ajv, with formats), not the zod schema the data came from. */
function validator(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('the JSON API', () => {
  it('lists every published project, newest first, and validates against its published JSON Schema', () => {
    const list = projectList(content.projects);
    expect(list.projects.map((project) => project.slug)).toEqual(['beta', 'alpha']);
    const validate = validator(apiJsonSchema(projectListSchema, API_PATHS.projectsSchema));
    expect(validate(JSON.parse(JSON.stringify(list))), JSON.stringify(validate.errors)).toBe(true);
    expect(list.projects[1]).toMatchObject({
      url: 'https://example.org/projects/alpha/',
      grantAgreement: '101000001',
      start: '2023-01-01',
      status: 'ongoing',
      logo: 'https://example.org/logos/alpha.svg',
      cities: [{ name: 'Valencia', country: 'ES', countryName: 'Spain', role: 'Living Lab' }, expect.anything(), expect.anything()],
      reviewed: '2025-06-01',
      listed: '2025-05-01',
    });
    // A date known to the month stays a month.
    expect(list.projects[0]!.start).toBe('2021-10');
  });

  it('writes one file per project that validates against its own schema', () => {
    const validate = validator(apiJsonSchema(projectFileSchema, API_PATHS.projectSchema));
    const alpha = content.projects.find((project) => project.slug === 'alpha')!;
    expect(validate(JSON.parse(JSON.stringify(projectFile(alpha))))).toBe(true);
  });

  it('has a schema that refuses what is not the shape: a missing field, an unknown one, a wrong version', () => {
    const validate = validator(apiJsonSchema(projectListSchema, API_PATHS.projectsSchema));
    const list = JSON.parse(JSON.stringify(projectList(content.projects)));
    expect(validate({ ...list, version: 2 })).toBe(false);
    const withoutSummary = { ...list.projects[0], summary: undefined };
    expect(validate({ ...list, projects: [withoutSummary] })).toBe(false);
    expect(validate({ ...list, projects: [{ ...list.projects[0], descriptionHtml: '<p>x</p>' }] })).toBe(false);
    expect(validate({ ...list, projects: [{ ...list.projects[0], listed: '1 June 2025' }] })).toBe(false);
  });

  it('publishes its schema at its own address, versioned', () => {
    const schema = apiJsonSchema(projectListSchema, API_PATHS.projectsSchema);
    expect(schema).toMatchObject({ $id: 'https://example.org/api/projects.schema.json', title: 'Liaison projects, version 1' });
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});
