import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { ContentReader } from './reader';
import { themesSchema } from './schema';
import type { Theme } from './types';

/** Reads the theme vocabulary, `content/themes.yml`: theme id → label and description. */
export async function readThemes(reader: ContentReader, relative: string): Promise<Theme[] | undefined> {
  const { file, bytes } = await reader.read(relative);
  if (!bytes) return undefined;
  let raw: unknown;
  try {
    raw = parseYaml(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    reader.report({
      file,
      line: error instanceof YAMLParseError ? error.linePos?.[0].line : undefined,
      message: 'cannot be read; each line should be a theme id, a colon and its label, such as: public-transport: Public transport',
    });
    return undefined;
  }
  const result = themesSchema.safeParse(raw ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      // A bad id arrives wrapped as "invalid key"; the inner issue has the useful words.
      const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
      reader.report({ file, field: issue.path.map(String).join(', ') || undefined, message });
    }
    return undefined;
  }
  return Object.entries(result.data).map(([id, label]) => ({ id, label }));
}
