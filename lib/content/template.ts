import { projectFields, yamlLine } from './fields-doc';

/** How the template's description starts; the check refuses to publish it unchanged. */
export const PLACEHOLDER_START = 'Describe';
/** Matches the template's description, so a forgotten placeholder is caught. */
export const PLACEHOLDER_PATTERN = new RegExp(`^${PLACEHOLDER_START} .+ here in your own words:`, 'm');

/** What a tool already knows about a new project, such as the facts imported from CORDIS. */
export interface TemplateValues {
  /** Field values to write in place of an empty field or a commented example. */
  values?: Partial<Record<string, string | readonly string[]>>;
  /** Comment lines (without the `# `) to write in place of a field's commented example. */
  suggestions?: Partial<Record<string, readonly string[]>>;
  /** The JSON Schema's address from the projects folder, for editors' tools. */
  schemaPath?: string;
}

/**
 * A new project file with every field: the required ones to fill in, the optional ones
 * commented out with an example. Fields a tool already knows are written filled in. It
 * starts as a draft, so nothing half-written is published.
 */
export function projectTemplate(name: string, ids: readonly string[], { values = {}, suggestions = {}, schemaPath = '../project.schema.json' }: TemplateValues = {}): string {
  const fields = projectFields(ids);
  const lines = [
    '---',
    `# yaml-language-server: $schema=${schemaPath}`,
    '# Fill in the required fields, then run: npm run check',
    '# Every field is explained in content/README.md.',
  ];
  const field = (fieldName: string, value: string | readonly string[] | undefined) => {
    if (value === undefined) return [];
    if (typeof value === 'string') return [yamlLine(fieldName, value)];
    return [`${fieldName}:`, ...value.map((item) => `  - ${item}`)];
  };
  for (const { name: fieldName, description, type } of fields.filter((entry) => entry.required)) {
    lines.push('', `# ${description}`);
    const value = fieldName === 'title' ? (values.title ?? name) : values[fieldName];
    if (value !== undefined) lines.push(...field(fieldName, value));
    else if (type.startsWith('list')) lines.push(`${fieldName}:`, '  -');
    else lines.push(`${fieldName}:`);
  }
  const optional = fields.filter((entry) => !entry.required && entry.name !== 'draft');
  const known = optional.filter((entry) => values[entry.name] !== undefined);
  if (known.length > 0) lines.push('');
  for (const entry of known) lines.push(`# ${entry.description}`, ...field(entry.name, values[entry.name]));
  lines.push('', '# Optional: to use one, remove the # at the start of its line and change the example.');
  for (const entry of optional.filter((candidate) => values[candidate.name] === undefined)) {
    const suggestion = suggestions[entry.name];
    if (suggestion) lines.push(...suggestion.map((line) => `# ${line}`.trimEnd()));
    else lines.push(`# ${entry.example ?? `${entry.name}:`}`);
  }
  lines.push(
    '',
    'draft: true # shown in npm run dev only; delete this line to publish the project',
    '---',
    `${PLACEHOLDER_START} ${name} here in your own words: what it does, with whom, and how it`,
    'works with the host project. Use ## for headings.',
    '',
  );
  return lines.join('\n');
}
