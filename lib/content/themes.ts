import { LineCounter, parseDocument, type Document } from 'yaml';
import { explainIssues, fieldLabel } from './error-map';
import { findHiddenCharacters, hiddenCharacterMessage } from './hidden-characters';
import type { ContentReader } from './reader';
import { themesSchema } from './schema';
import type { Theme } from './types';
import { yamlLineOf } from './yaml-text';

/** Reads the theme vocabulary, `content/themes.yml`: theme id → label and description. */
export async function readThemes(reader: ContentReader, relative: string): Promise<Theme[] | undefined> {
  const { file, bytes } = await reader.read(relative);
  if (!bytes) return undefined;
  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  try {
    document = parseDocument(new TextDecoder('utf-8', { fatal: true }).decode(bytes), { lineCounter });
    if (document.errors[0]) throw document.errors[0];
  } catch (error) {
    reader.report({
      file,
      line: error instanceof Error && 'linePos' in error ? (error.linePos as Array<{ line: number }> | undefined)?.[0]?.line : undefined,
      message: 'cannot be read; each theme is an id and a colon, then its label and description on two indented lines, such as: public-transport: / label: Public transport / description: …',
    });
    return undefined;
  }
  const raw: unknown = document.toJS() ?? {};
  const lines = yamlLineOf(document.contents, lineCounter);
  const hidden = findHiddenCharacters(raw);
  for (const { path, description } of hidden) {
    reader.report({ file, line: lines(path), field: fieldLabel(path), message: hiddenCharacterMessage(description) });
  }
  const result = themesSchema.safeParse(raw);
  if (!result.success) {
    const context = { file, data: raw as Record<string, unknown>, schema: themesSchema, lineOf: lines, messagesFromSchema: true };
    explainIssues(result.error.issues, context).forEach((problem) => reader.report(problem));
    return undefined;
  }
  if (hidden.length > 0) return undefined;
  return Object.entries(result.data).map(([id, { label, description }]) => ({ id, label, description }));
}
