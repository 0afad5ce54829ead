import { z } from 'zod';
import type { Project } from '@/lib/content';
import { GRANT_AGREEMENT } from '@/lib/content/fields';
import { citySchema, createProjectSchema, SLUG_PATTERN } from '@/lib/content/schema';
import { projectsNewestFirst } from './feeds';
import { absoluteUrl, siteOrigin } from '../settings';
import { machineDate, toIsoDay } from '../day';
import { projectPath } from '../routes';

/**
 * The JSON API that partner sites embed: `/api/projects.json` (every published project)
 * and `/api/projects/<slug>.json` (one). Its shape is this zod schema, built from the
 * content model's own fields and descriptions (lib/content/schema.ts), and published as
 * JSON Schema beside the data. A change that could break a partner's code raises the version.
 */
export const API_VERSION = 1;

/** Where the API's files are. */
export const API_PATHS = {
  projects: '/api/projects.json',
  project: (slug: string) => `/api/projects/${slug}.json`,
  projectsSchema: '/api/projects.schema.json',
  projectSchema: '/api/project.schema.json',
} as const;

// The editors' fields, read as they are after loading: the plain ones as they are, those
// the loader reshapes (addresses, dates, numbers) as the text the API writes.
const fields = createProjectSchema(undefined).shape;
const described = (field: z.ZodType) => z.globalRegistry.get(field) ?? {};
const address = z.url({ protocol: /^https?$/ });
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

/** One published project, as partners receive it. */
export const publicProjectSchema = z
  .strictObject({
    slug: z.string().regex(SLUG_PATTERN).meta({ description: 'From the file name; stable, and unique among projects.' }),
    url: address.meta({ description: "The project's page on this site." }),
    title: fields.title,
    fullName: fields.fullName,
    summary: fields.summary,
    website: address.meta(described(fields.website)),
    programme: fields.programme,
    grantAgreement: z.string().regex(GRANT_AGREEMENT).optional().meta(described(fields.grantAgreement)),
    cordisUrl: address.optional().meta({ description: "The project's page on CORDIS, from its grant agreement." }),
    start: partialDate.optional().meta(described(fields.start)),
    end: partialDate.optional().meta(described(fields.end)),
    status: z.enum(['planned', 'ongoing', 'completed']).optional().meta({
      description: 'Where the project stood on the day the site was built, from its dates; absent when that cannot be known.',
    }),
    coordinator: fields.coordinator,
    cities: z
      .array(citySchema.extend({ country: z.string().regex(/^[A-Z]{2}$/), countryName: z.string().meta({ description: "The country's English name." }) }))
      .meta(described(fields.cities)),
    themes: z
      .array(z.strictObject({ id: z.string().regex(SLUG_PATTERN), label: z.string() }))
      .meta({ description: 'Themes, each with its id and the label visitors see.' }),
    logo: address.optional().meta({ description: 'The logo image.' }),
    sources: z.array(address).min(1).meta(described(fields.sources)),
    reviewed: z.iso.date().meta(described(fields.reviewed)),
    listed: z.iso.date().meta(described(fields.listed)),
  })
  .meta({ title: 'Project', description: 'One published project.' });

const version = z.literal(API_VERSION).meta({ description: 'The version of this shape; it changes only when the shape does.' });
const schemaAddress = address.meta({ description: 'The address of the JSON Schema this file follows.' });

/** `/api/projects.json`. */
export const projectListSchema = z
  .strictObject({ $schema: schemaAddress, version, projects: z.array(publicProjectSchema).meta({ description: 'Every published project, newest first by listed.' }) })
  .meta({ title: `Liaison projects, version ${API_VERSION}` });

/** `/api/projects/<slug>.json`. */
export const projectFileSchema = z
  .strictObject({ $schema: schemaAddress, version, project: publicProjectSchema })
  .meta({ title: `Liaison project, version ${API_VERSION}` });

export type PublicProject = z.output<typeof publicProjectSchema>;

/** What a project shows partners: what its page shows, as plain data with absolute addresses. */
export function publicProject(project: Project): PublicProject {
  const written = (date: Project['start']) => date && machineDate(date);
  return {
    slug: project.slug,
    url: absoluteUrl(projectPath(project.slug)),
    title: project.title,
    fullName: project.fullName,
    summary: project.summary,
    website: project.website,
    programme: project.programme,
    grantAgreement: project.grantAgreement,
    cordisUrl: project.cordisUrl,
    start: written(project.start),
    end: written(project.end),
    status: project.status,
    coordinator: project.coordinator,
    cities: project.cities.map(({ name, country, countryName, role }) => ({ name, country, countryName, role })),
    themes: project.themes.map(({ id, label }) => ({ id, label })),
    // The loader already put BASE_PATH in front of the logo's path.
    logo: project.logo && `${siteOrigin()}${project.logo}`,
    sources: project.sources,
    reviewed: toIsoDay(project.reviewed),
    listed: toIsoDay(project.listed),
  };
}

/** The list file's data: published projects only, newest first. */
export function projectList(projects: readonly Project[]): z.output<typeof projectListSchema> {
  return { $schema: absoluteUrl(API_PATHS.projectsSchema), version: API_VERSION, projects: projectsNewestFirst(projects).map(publicProject) };
}

/** One project's file. */
export function projectFile(project: Project): z.output<typeof projectFileSchema> {
  return { $schema: absoluteUrl(API_PATHS.projectSchema), version: API_VERSION, project: publicProject(project) };
}

/** A schema as the JSON Schema document published beside the data, with its own address as `$id`. */
export function apiJsonSchema(schema: z.ZodType, path: string): Record<string, unknown> {
  return { ...z.toJSONSchema(schema, { io: 'output' }), $id: absoluteUrl(path) };
}
