import { z } from 'zod';
import { createProjectSchema } from './schema';
import { inlineYaml } from './yaml-text';

/** One frontmatter field as the editors' guide and the template describe it. */
export interface FieldDoc {
  name: string;
  required: boolean;
  type: string;
  description: string;
  /** The first example, as a YAML line such as `title: UPPER`. */
  example?: string;
}

/**
 * The project fields, read from the schema itself, so the guide, the template and the JSON
 * Schema cannot disagree with what the check accepts.
 */
export function projectFields(themeIds: readonly string[]): FieldDoc[] {
  const json = projectJsonSchema(themeIds) as { properties: Record<string, JsonField>; required?: string[] };
  return Object.entries(json.properties).map(([name, field]) => ({
    name,
    required: json.required?.includes(name) ?? false,
    type: typeName(field),
    description: field.description ?? '',
    example: field.examples?.[0] === undefined ? undefined : yamlLine(name, field.examples[0]),
  }));
}

/**
 * The project frontmatter as JSON Schema, for editors' tools (autocomplete, inline errors).
 * It describes what editors write (`io: 'input'`), before dates and numbers are read.
 * Without theme ids, themes are any text (the check still knows them).
 */
export function projectJsonSchema(themeIds?: readonly string[]): Record<string, unknown> {
  return z.toJSONSchema(createProjectSchema(themeIds), {
    io: 'input',
    // zod leaves out the examples of fields that transform their value; put them back.
    override: (context) => {
      const examples = z.globalRegistry.get(context.zodSchema)?.examples;
      if (examples) context.jsonSchema.examples = examples as unknown[];
    },
  });
}

interface JsonField {
  pattern?: string;
  format?: string;
  type?: string;
  description?: string;
  examples?: unknown[];
  anyOf?: JsonField[];
  items?: JsonField;
  enum?: unknown[];
}

function typeName(field: JsonField): string {
  if (field.pattern?.startsWith('^\\d{4}')) return 'date';
  if (field.format === 'uri') return 'https:// address';
  if (field.pattern === '^[A-Z]{2}$') return 'country code';
  if (field.description?.includes('grant agreement')) return 'digits';
  if (field.anyOf) return [...new Set(field.anyOf.map(typeName))].join(' or ');
  switch (field.type) {
    case 'string': return field.enum ? 'theme id' : 'text';
    case 'integer': return 'whole number';
    case 'number': return 'number';
    case 'boolean': return 'true or false';
    case 'array': {
      const item = field.items?.type === 'object' ? 'entrie' : typeName(field.items ?? {});
      return `list of ${item}${item.endsWith('s') ? 'es' : 's'}`;
    }
    default: return field.type ?? 'any';
  }
}


/** `themes: [public-transport]`: a field and value on one line, as YAML. */
export function yamlLine(name: string, value: unknown): string {
  return `${name}: ${inlineYaml(value)}`;
}

/** The field table in the editors' guide, as markdown. */
export function fieldTable(fields: readonly FieldDoc[]): string {
  const escape = (text: string) => text.replaceAll('|', '\\|');
  return [
    '| Field | Required | Type | Meaning | Example |',
    '| --- | --- | --- | --- | --- |',
    ...fields.map(
      (field) =>
        `| \`${field.name}\` | ${field.required ? 'yes' : 'no'} | ${field.type} | ${escape(field.description)} | ${
          field.example ? `\`${escape(field.example)}\`` : ''
        } |`,
    ),
  ].join('\n');
}
