import { isMap, isScalar, isSeq, stringify, type LineCounter } from 'yaml';

/**
 * `[public-transport]`: a value on one line, as YAML, the way an editor would write it.
 * Safe for any value the frontmatter can hold, so messages can quote objects and lists
 * that arrived where text was expected.
 */
export function inlineYaml(value: unknown): string {
  return stringify(value, { collectionStyle: 'flow', flowCollectionPadding: false }).trim();
}

/**
 * The line a path of fields and entries points at in a parsed YAML document: a field's
 * line, or an entry's; as far as the path goes when it leads nowhere. One rule for every
 * YAML file (project frontmatter, themes.yml, places.yml), so messages point alike.
 * `lineOffset` is how many lines of the file come before the YAML text (the frontmatter's `---`).
 */
export function yamlLineOf(contents: unknown, lineCounter: LineCounter, lineOffset = 0) {
  return (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = contents;
    let offset: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) break;
        offset = (pair.key as { range?: [number, number, number] }).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        offset = (node as { range?: [number, number, number] } | undefined)?.range?.[0] ?? offset;
      } else {
        break;
      }
    }
    return offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset;
  };
}
