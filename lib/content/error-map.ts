import { z } from 'zod';
import { yamlLine } from './fields-doc';
import { inlineYaml } from './yaml-text';
import type { ContentProblem } from './problems';
import { closest } from './suggest';

/** What `explainIssues` needs to point at the right line and quote the editor's value. */
export interface IssueContext {
  file: string;
  data: Record<string, unknown>;
  schema: z.ZodType;
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /**
   * The schema words every message itself (themes.yml: each field has its own `error`), so
   * zod's message is the editor's message as it stands.
   */
  messagesFromSchema?: boolean;
}

/**
 * The one error map of the content check, as Starlight has one (its utils/error-map.ts):
 * every zod issue of every content file becomes a problem an editor can act on here, with
 * the field by name, the line it is on, what is wrong with the value and an example of
 * what to write.
 */
export function explainIssues(issues: readonly z.core.$ZodIssue[], context: IssueContext): ContentProblem[] {
  if (context.messagesFromSchema) return issues.map((issue) => schemaWordedProblem(issue, context));
  const suggestions = new Map<string, string | undefined>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = Object.keys(shapeAt(context.schema, issue.path) ?? {});
    for (const key of issue.keys) suggestions.set(fieldLabel([...issue.path, key]), closest(key, known));
  }
  // A misspelt field also leaves the real one missing; the "did you mean" hint covers both.
  const suggested = new Set([...suggestions.values()]);
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const suggestion = suggestions.get(fieldLabel([...issue.path, key]));
        return problemAt(context, [...issue.path, key], suggestion
          ? `is not a known field; did you mean "${suggestion}"?`
          : 'is not a known field; the fields you can use are listed in content/README.md');
      });
    }
    const missing = issue.code === 'invalid_type' && valueAt(context.data, issue.path) === undefined;
    if (missing && issue.path.length === 1 && suggested.has(String(issue.path[0]))) return [];
    return [problemAt(context, issue.path, describeIssue(issue, context))];
  });
}

function schemaWordedProblem(issue: z.core.$ZodIssue, context: IssueContext): ContentProblem {
  // A bad record key arrives wrapped as "invalid key"; the inner issue has the useful words.
  const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
  return { file: context.file, line: context.lineOf(issue.path), field: fieldLabel(issue.path) || undefined, message };
}

function problemAt(context: IssueContext, path: readonly PropertyKey[], message: string): ContentProblem {
  return { file: context.file, line: context.lineOf(path), field: fieldLabel(path), message };
}

/** `cities, entry 3, role`: positions counted from 1, as people count. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'number' ? `entry ${key + 1}` : String(key)))
    .join(', ');
}

function describeIssue(issue: z.core.$ZodIssue, context: IssueContext): string {
  const value = valueAt(context.data, issue.path);
  const example = exampleLine(context.schema, issue.path);
  const forExample = example ? `, for example: ${example}` : '';
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return `is required but missing; add it${forExample}`;
      if (value === null) return describeEmpty(context.schema, issue.path);
      const expected = describeExpected(issue.expected);
      const actual = describeValue(value);
      if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
        return `should be text, but it is ${actual}; wrap it in quotes: ${String(issue.path.at(-1))}: "${String(value)}"`;
      }
      if (Array.isArray(value)) {
        return `should be ${expected} on one line, not a list${forExample}`;
      }
      if (issue.expected === 'array') {
        return `should be a list, but it is ${actual}; put each entry on its own line below "${String(issue.path.at(-1))}:", starting with "  - "`;
      }
      return `should be ${expected}, but it is ${actual}${forExample}`;
    }
    case 'too_big':
      if (issue.origin === 'string' && typeof value === 'string') {
        return `is ${value.trim().length} characters long; shorten it to ${issue.maximum} characters or fewer`;
      }
      return `is too large; the most allowed is ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${issue.minimum} entry${forExample}`;
      if (issue.origin === 'string') return describeEmpty(context.schema, issue.path);
      return `is too small; the least allowed is ${issue.minimum}`;
    case 'invalid_union':
      // A required date or number that is missing arrives as "no alternative matched".
      if (value === undefined) return `is required but missing; add it${forExample}`;
      if (value === null) return describeEmpty(context.schema, issue.path);
      return `is not valid here; write it like this${forExample.replace(/^, for example/, '')}`;
    default:
      // Custom checks (addresses, dates, themes, countries) already speak to editors.
      return issue.message;
  }
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'string': return 'text';
    case 'int':
    case 'number': return 'a whole number';
    case 'boolean': return 'true or false';
    case 'object': return 'a group of fields';
    default: return expected;
  }
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return 'a group of fields';
  return typeof value;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** The schema of the field at `path`, looking through optional, array and transform layers. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (current instanceof z.ZodObject) current = unwrap((current.shape as Record<string, z.ZodType>)[String(key)]);
    else if (current instanceof z.ZodArray) current = unwrap(current.element as z.ZodType);
    else return undefined;
  }
  return current;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
    else return current;
  }
}

function shapeAt(schema: z.ZodType, path: readonly PropertyKey[]): Record<string, z.ZodType> | undefined {
  const found = schemaAt(schema, path);
  return found instanceof z.ZodObject ? (found.shape as Record<string, z.ZodType>) : undefined;
}

/** An empty field (`summary:` with nothing after it), as the template leaves them. */
function describeEmpty(schema: z.ZodType, path: readonly PropertyKey[]): string {
  const key = path.at(-1);
  if (typeof key === 'number') {
    const listExample = exampleValue(schema, path.slice(0, -1));
    const item = Array.isArray(listExample) ? listExample[0] : undefined;
    const shown = item === undefined ? '' : `, for example: - ${inlineYaml(item)}`;
    return `is empty; write it after the "- "${shown}`;
  }
  const example = exampleLine(schema, path);
  const parent = shapeAt(schema, path.slice(0, -1));
  const optional = parent?.[String(key)]?.type === 'optional';
  return `is empty; fill it in after the colon${optional ? ', or remove the line' : ''}${example ? `, for example: ${example}` : ''}`;
}

function exampleValue(schema: z.ZodType, path: readonly PropertyKey[]): unknown {
  const key = path.at(-1);
  if (typeof key !== 'string') return undefined;
  const field = shapeAt(schema, path.slice(0, -1))?.[key];
  const examples = (field?.meta()?.examples ?? unwrap(field)?.meta()?.examples) as unknown[] | undefined;
  return examples?.[0];
}

/** `title: UPPER`, from the first example in the field's description. */
function exampleLine(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  const key = path.at(-1);
  const example = exampleValue(schema, path);
  if (typeof key !== 'string' || example === undefined) return undefined;
  return yamlLine(key, example);
}
