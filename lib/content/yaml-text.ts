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
 * Where each field and entry of a parsed YAML document sits: a tree of lines, built once
 * per file, that plain values make (so the build cache can keep it with the fields).
 */
export interface FieldLines {
  /** The 1-based line of this field's name, or of this entry. */
  line?: number;
  /** The fields below, by name (a mapping). */
  fields?: Map<string, FieldLines>;
  /** The entries below, by position (a list). */
  entries?: Array<FieldLines | undefined>;
}

/**
 * The lines of every field and entry in a parsed YAML document (`contents`).
 * `lineOffset` is how many lines of the file come before the YAML text (the frontmatter's `---`).
 */
export function yamlFieldLines(contents: unknown, lineCounter: LineCounter, lineOffset = 0): FieldLines {
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset);
  const below = (node: unknown, line: number | undefined): FieldLines => {
    if (isMap(node)) {
      const fields = new Map<string, FieldLines>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        // A name written twice is refused by the parser; the first would be the one meant.
        if (fields.has(name)) continue;
        fields.set(name, below(pair.value, lineAt(pair.key.range?.[0]) ?? line));
      }
      return { line, fields };
    }
    if (isSeq(node)) {
      const entries = node.items.map((item) =>
        item == null ? undefined : below(item, lineAt((item as { range?: [number, number, number] }).range?.[0]) ?? line),
      );
      return { line, entries };
    }
    return { line };
  };
  return below(contents, undefined);
}

/**
 * The line a path of fields and entries points at: a field's line, or an entry's; as far
 * as the path goes when it leads nowhere. One rule for every YAML file (project
 * frontmatter, themes.yml, places.yml), so messages point alike.
 */
export function lineOfField(lines: FieldLines) {
  return (path: readonly PropertyKey[]): number | undefined => {
    let node: FieldLines | undefined = lines;
    let line: number | undefined;
    for (const key of path) {
      node = node.fields ? node.fields.get(String(key)) : node.entries && typeof key === 'number' ? node.entries[key] : undefined;
      if (!node) break;
      line = node.line;
    }
    return line;
  };
}

/** The line a path points at in a parsed YAML document (see `yamlFieldLines` and `lineOfField`). */
export function yamlLineOf(contents: unknown, lineCounter: LineCounter, lineOffset = 0) {
  return lineOfField(yamlFieldLines(contents, lineCounter, lineOffset));
}
