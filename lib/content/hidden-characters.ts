/**
 * Characters that cannot be seen but change what text is or how it reads: control
 * characters (which also make feeds invalid XML), the bidirectional overrides and isolates
 * that reorder text as displayed ("Trojan Source"), and zero-width spaces that split a
 * word invisibly. Editors never mean to type them; they arrive by copy and paste. The
 * zero-width joiner and non-joiner stay allowed: emoji and several scripts need them.
 */
const HIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/u;

const NAMES: Record<string, string> = {
  '\u200B': 'a zero-width space',
  '\u2060': 'a word joiner',
  '\uFEFF': 'a zero-width no-break space',
  '\u202A': 'a left-to-right embedding',
  '\u202B': 'a right-to-left embedding',
  '\u202C': 'a pop directional formatting',
  '\u202D': 'a left-to-right override',
  '\u202E': 'a right-to-left override',
  '\u2066': 'a left-to-right isolate',
  '\u2067': 'a right-to-left isolate',
  '\u2068': 'a first strong isolate',
  '\u2069': 'a pop directional isolate',
};

/** What an invisible character in `text` is, in words with its code (`a right-to-left override, U+202E`), or undefined. */
export function describeHiddenCharacter(text: string): string | undefined {
  const found = HIDDEN_CHARACTER.exec(text)?.[0];
  if (found === undefined) return undefined;
  const code = `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${NAMES[found] ?? 'a control character'}, ${code}`;
}

/** The message for a field or line that holds one. */
export function hiddenCharacterMessage(description: string): string {
  return `holds an invisible character (${description}) that can hide or reorder what readers see; delete it, or retype the text by hand`;
}

/** Every string in parsed data that holds a hidden character, with its path and what it is. */
export function findHiddenCharacters(data: unknown, path: PropertyKey[] = []): Array<{ path: PropertyKey[]; description: string }> {
  if (typeof data === 'string') {
    const description = describeHiddenCharacter(data);
    return description ? [{ path, description }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, index) => findHiddenCharacters(item, [...path, index]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => [
      ...(describeHiddenCharacter(key) ? [{ path: [...path, key], description: describeHiddenCharacter(key)! }] : []),
      ...findHiddenCharacters(value, [...path, key]),
    ]);
  }
  return [];
}
