import { stringify } from 'yaml';

/**
 * `[public-transport]`: a value on one line, as YAML, the way an editor would write it.
 * Safe for any value the frontmatter can hold, so messages can quote objects and lists
 * that arrived where text was expected.
 */
export function inlineYaml(value: unknown): string {
  return stringify(value, { collectionStyle: 'flow', flowCollectionPadding: false }).trim();
}
