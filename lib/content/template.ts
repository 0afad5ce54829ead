import { projectFields, yamlLine } from './fields-doc';

/** How the template's description starts; the check refuses to publish it unchanged. */
export const PLACEHOLDER_START = 'Describe';
/** Matches the template's description, so a forgotten placeholder is caught. */
export const PLACEHOLDER_PATTERN = new RegExp(`^${PLACEHOLDER_START} .+ here in your own words:`, 'm');

/**
 * A new project file with every field: the required ones to fill in, the optional ones
 * commented out with an example. It starts as a draft, so nothing half-written is published.
 * `schemaPath` is the JSON Schema's address from the projects folder, for editors' tools.
 */
export function projectTemplate(name: string, ids: readonly string[], schemaPath = '../project.schema.json'): string {
  const fields = projectFields(ids);
  const lines = [
    '---',
    `# yaml-language-server: $schema=${schemaPath}`,
    '# Fill in the required fields, then run: npm run check',
    '# Every field is explained in content/README.md.',
  ];
  for (const field of fields.filter((field) => field.required)) {
    lines.push('', `# ${field.description}`);
    if (field.name === 'title') lines.push(yamlLine('title', name));
    else if (field.type.startsWith('list')) lines.push(`${field.name}:`, '  -');
    else lines.push(`${field.name}:`);
  }
  lines.push('', '# Optional: to use one, remove the # at the start of its line and change the example.');
  for (const field of fields.filter((field) => !field.required && field.name !== 'draft')) {
    lines.push(`# ${field.example ?? `${field.name}:`}`);
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

