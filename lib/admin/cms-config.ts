import { stringify } from 'yaml';
import { z } from 'zod';
import { countryName, GRANT_AGREEMENT } from '../content/fields';
import { accessibilitySchema, createProjectSchema, createHostSchema, MAP_BOUNDS, placeSchema, SUMMARY_MAX_LENGTH, themeSchema, THEME_DESCRIPTION_MAX_LENGTH } from '../content/schema';
import { PLACEHOLDER_START } from '../content/template';
import { CMS_FORMATS } from './formats';

/**
 * The CMS's configuration (Decap CMS, served at /admin/), generated from the content schema
 * so the form can never disagree with `npm run check`: every field's widget, label, hint,
 * required flag, pattern and list bounds come from lib/content/schema.ts. What a form
 * cannot express (plain text without HTML, a logo file that exists, a city on the map)
 * stays with the check, which runs on every pull request.
 *
 * `npm run admin` writes it to public/admin/config.yml whenever the admin is put together
 * (dev, edit and build), for the content folder the site is built from: `content/example`
 * until a copy is adopted, `content` after (lib/content/layout.ts). It is never committed,
 * so an adopted copy's form and the upstream's never collide in a merge. It names no theme:
 * themes are chosen from themes.yml as the CMS reads it, so an editor who adds a theme never
 * has to regenerate anything.
 */

/**
 * Where the CMS reaches its local backend (decap-server) during `npm run edit`: the
 * editing server forwards this same-origin path to it, so the admin's
 * Content-Security-Policy never has to allow another origin. Decap tries it only when the
 * admin is opened on localhost; lib/admin/entry.ts gives it to Decap as a full address.
 */
export const LOCAL_BACKEND_PATH = '/admin/local-backend/api/v1';

/** Where uploaded logos go, and the address the check accepts for them. */
export const LOGO_FOLDER = { media: 'public/logos', public: '/logos' } as const;

/** A Decap field, as written to config.yml. */
export type CmsField = Record<string, unknown> & { name: string; widget: string };

interface JsonField {
  type?: string;
  format?: string;
  pattern?: string;
  description?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  anyOf?: JsonField[];
  items?: JsonField;
  properties?: Record<string, JsonField>;
  required?: string[];
}

/** The check's own wording, for each rule the form can also apply. */
const MESSAGES = {
  date: 'is not a date in the form YYYY-MM-DD; write for example 2023-01-01 (or 2023-01, or 2023, when only that is known)',
  day: 'is not a full date; write the day too, in the form YYYY-MM-DD, such as 2026-11-29',
  url: 'should be a full web address that starts with https://',
  grantAgreement: 'should be the grant agreement number: 6 to 9 digits, such as 101095904',
  length: (max: number) => `is too long; write at most ${max} characters`,
};

/** English label for a field name: `fullName` → `Full name`. */
export function labelFor(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

let countries: Array<{ label: string; value: string }> | undefined;

/** Every country code the check accepts, as select options ("ES — Spain"). */
export function countryOptions(): Array<{ label: string; value: string }> {
  if (countries) return countries;
  const options: Array<{ label: string; value: string }> = [];
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      const name = countryName(code);
      if (name) options.push({ label: `${code} — ${name}`, value: code });
    }
  }
  countries = options;
  return options;
}

function jsonSchemaOf(schema: z.ZodType): JsonField {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonField;
}

/** A string field's pattern, as Decap takes it: the expression and the message. */
function patternFor(name: string, field: JsonField): [string, string] | undefined {
  const alternatives = [field, ...(field.anyOf ?? [])];
  const pattern = alternatives.map((alternative) => alternative.pattern).find(Boolean);
  if (pattern === '^\\d{4}-\\d{2}-\\d{2}$') return [pattern, MESSAGES.day];
  if (pattern?.startsWith('^\\d{4}')) return [pattern, MESSAGES.date];
  if (alternatives.some((alternative) => alternative.format === 'uri')) return ['^https://\\S+$', MESSAGES.url];
  if (name === 'grantAgreement') return [GRANT_AGREEMENT.source, MESSAGES.grantAgreement];
  const max = alternatives.map((alternative) => alternative.maxLength).find((length) => length !== undefined);
  if (max !== undefined) return [`^[\\s\\S]{0,${max}}$`, MESSAGES.length(max)];
  return undefined;
}

/** The widget for one schema field; the few fields whose meaning the schema alone cannot give are named. */
function fieldFor(name: string, field: JsonField, required: boolean): CmsField {
  const common: Record<string, unknown> & { name: string } = { label: labelFor(name), name, required };
  if (field.description) common.hint = field.description;
  if (name === 'themes') {
    // Chosen from content/themes.yml as it is now, so a new theme needs no regeneration.
    return {
      ...common,
      widget: 'relation',
      collection: 'themes',
      file: 'themes',
      search_fields: ['themes.*.id', 'themes.*.label'],
      value_field: 'themes.*.id',
      display_fields: ['themes.*.label'],
      multiple: true,
      options_length: 100,
    };
  }
  if (name === 'logo') {
    return { ...common, widget: 'image', media_folder: `/${LOGO_FOLDER.media}`, public_folder: LOGO_FOLDER.public, choose_url: false };
  }
  if (name === 'country' && field.pattern === '^[A-Z]{2}$') {
    return { ...common, widget: 'select', options: countryOptions() };
  }
  if (field.type === 'boolean') return { ...common, widget: 'boolean' };
  if (field.type === 'integer') return { ...common, widget: 'number', value_type: 'int' };
  if (field.type === 'number') {
    // The map's bounds, which the check applies to places (lib/content/schema.ts).
    const bounds = name === 'latitude' || name === 'longitude' ? { min: MAP_BOUNDS[name][0], max: MAP_BOUNDS[name][1] } : {};
    return { ...common, widget: 'number', value_type: 'float', ...bounds };
  }
  if (field.type === 'array') {
    const bounds: Record<string, unknown> = {};
    if (field.minItems !== undefined) bounds.min = field.minItems;
    if (field.maxItems !== undefined) bounds.max = field.maxItems;
    const items = field.items ?? {};
    if (items.type === 'object') {
      const fields = fieldsFor(items);
      return { ...common, widget: 'list', ...bounds, summary: `{{fields.${fields[0]?.name ?? 'name'}}}`, fields };
    }
    return { ...common, widget: 'list', ...bounds, field: { ...fieldFor(name, items, true), label: labelFor(name).replace(/s$/, ''), name: 'item', hint: undefined } };
  }
  if (field.type === 'object') return { ...common, widget: 'object', fields: fieldsFor(field) };
  const pattern = patternFor(name, field);
  // Sentences (summaries, descriptions) get a box of several lines; they are still one paragraph.
  const widget = (field.maxLength ?? 0) >= 200 ? 'text' : 'string';
  return { ...common, widget, ...(pattern ? { pattern } : {}) };
}

/** The fields of an object schema, in the schema's order (the order files conventionally use). */
function fieldsFor(schema: JsonField): CmsField[] {
  return Object.entries(schema.properties ?? {}).map(([name, field]) => {
    const made = fieldFor(name, field, schema.required?.includes(name) ?? false);
    return Object.fromEntries(Object.entries(made).filter(([, value]) => value !== undefined)) as CmsField;
  });
}

/** The markdown body of a content file. */
function bodyField(hint: string, defaultText?: string): CmsField {
  // The preview shows markdown sanitised, as the site does: raw HTML never runs in the admin.
  return { label: 'Description', name: 'body', widget: 'markdown', hint, sanitize_preview: true, ...(defaultText ? { default: defaultText } : {}) };
}

/** The form's fields for project files, the host and the rest: one list per file type. */
export function cmsFields() {
  const project = fieldsFor(jsonSchemaOf(createProjectSchema(undefined)));
  const host = fieldsFor(jsonSchemaOf(createHostSchema(undefined)));
  const accessibility = fieldsFor(jsonSchemaOf(accessibilitySchema));
  const theme = fieldsFor(jsonSchemaOf(themeSchema));
  const place = fieldsFor(jsonSchemaOf(placeSchema));
  // New projects start as the template of `npm run new` does: a draft, with a placeholder
  // description the check refuses to publish unchanged.
  const draft = project.find((field) => field.name === 'draft');
  if (draft) draft.default = true;
  return { project, host, accessibility, theme, place };
}

/** The whole configuration, as an object. */
export function cmsConfig(folder: string): Record<string, unknown> {
  const fields = cmsFields();
  const summaryHint = `Headings start at ##. Plain markdown: links may use https:, mailto: and tel: only.`;
  return {
    // The GitHub repository and the sign-in address are set per site when it is built
    // (CMS_GITHUB_REPO, CMS_AUTH_URL; see the README), not here.
    backend: { name: 'github', repo: 'OWNER/REPOSITORY', branch: 'main' },
    // On GitHub every edit becomes a pull request, so `npm run check` runs before it is public.
    publish_mode: 'editorial_workflow',
    media_folder: 'public/images',
    public_folder: '/images',
    // File names the check accepts: lowercase letters, digits and hyphens.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'projects',
        label: 'Projects',
        label_singular: 'Project',
        description: `One file per project in ${folder}/projects/; the file name becomes its address.`,
        folder: `${folder}/projects`,
        extension: 'md',
        format: CMS_FORMATS.frontmatter,
        create: true,
        slug: '{{slug}}',
        identifier_field: 'title',
        summary: '{{title}}',
        sortable_fields: ['title', 'listed', 'reviewed'],
        fields: [
          ...fields.project,
          bodyField(summaryHint, `${PLACEHOLDER_START} the project here in your own words: what it does, with whom, and how it works with the host project. Use ## for headings.`),
        ],
      },
      {
        name: 'pages',
        label: 'Host and statement',
        description: `The host project (${folder}/site.md) and the accessibility statement (${folder}/accessibility.md).`,
        format: CMS_FORMATS.frontmatter,
        extension: 'md',
        files: [
          { name: 'site', label: 'Host project', file: `${folder}/site.md`, fields: [...fields.host, bodyField('Not shown on the site; notes for editors.')] },
          {
            name: 'accessibility',
            label: 'Accessibility statement',
            file: `${folder}/accessibility.md`,
            fields: [...fields.accessibility.map(withPageHints), bodyField(summaryHint)],
          },
        ],
      },
      {
        name: 'themes',
        label: 'Themes',
        format: CMS_FORMATS.themes,
        extension: 'yml',
        files: [
          {
            name: 'themes',
            label: 'Themes',
            file: `${folder}/themes.yml`,
            fields: [
              {
                label: 'Themes',
                name: 'themes',
                widget: 'list',
                summary: '{{fields.label}}',
                hint: 'A project names its themes by id. Changing an id leaves the projects that use it with an unknown theme: the check will name them.',
                fields: [
                  {
                    label: 'Id',
                    name: 'id',
                    widget: 'string',
                    hint: 'Lowercase words joined by hyphens, such as public-transport.',
                    pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*$', 'theme ids are lowercase words joined by hyphens, such as public-transport'],
                  },
                  ...fields.theme.map((field) => (field.name === 'description' ? { ...field, hint: `One plain sentence (at most ${THEME_DESCRIPTION_MAX_LENGTH} characters) about the theme, for its page.` } : field)),
                ],
              },
            ],
          },
        ],
      },
      {
        name: 'places',
        label: 'Places on the map',
        format: CMS_FORMATS.places,
        extension: 'yml',
        files: [
          {
            name: 'places',
            label: 'Places',
            file: `${folder}/places.yml`,
            fields: [{ label: 'Places', name: 'places', widget: 'list', summary: '{{fields.name}} ({{fields.country}})', fields: fields.place }],
          },
        ],
      },
    ],
  };
}

/** The accessibility statement's fields carry no descriptions in the schema; say what they are for. */
function withPageHints(field: CmsField): CmsField {
  const hints: Record<string, string> = {
    title: 'The heading of the page.',
    description: `One sentence (at most ${SUMMARY_MAX_LENGTH} characters) for search engines and link previews.`,
  };
  return field.hint || !hints[field.name] ? field : { ...field, hint: hints[field.name] };
}

/**
 * config.yml's text, for the content in `folder` (the content folder's path in the
 * repository, such as `content` or `content/example`, with forward slashes).
 */
export function cmsConfigText(folder: string): string {
  return [
    `# Generated from lib/content/schema.ts by \`npm run admin\` (lib/admin/cms-config.ts) for ${folder}/: do not edit.`,
    '# The build sets backend.repo and backend.base_url from CMS_GITHUB_REPO and CMS_AUTH_URL.',
    // The country list appears thrice: written out each time, so the file reads plainly.
    stringify(cmsConfig(folder), { lineWidth: 0, aliasDuplicateObjects: false }),
  ].join('\n');
}
