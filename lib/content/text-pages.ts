import { rawDate, type ContentReader } from './reader';
import { checkReviewed, REVIEW_OF_STATEMENT } from './review';
import { accessibilitySchema } from './schema';
import type { TextPage } from './types';

/** The accessibility statement: its review date goes stale like a project's facts. */
export async function readTextPage(reader: ContentReader, relative: string, reviewDay: Date): Promise<TextPage | undefined> {
  const read = await reader.readMarkdown(relative, accessibilitySchema);
  if (!read) return undefined;
  const reviewed = rawDate(read.source.data.reviewed);
  if (reviewed) checkReviewed(reader, read.file, reviewed, read.source.lineOf(['reviewed']), reviewDay, REVIEW_OF_STATEMENT);
  const textHtml = await reader.render(read.file, read.source, 'text');
  if (!read.data || !reviewed) return undefined;
  return { ...read.data, reviewed: reviewed.first, textHtml };
}
