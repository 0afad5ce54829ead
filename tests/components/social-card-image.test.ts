// @vitest-environment node
import { describe, expect, it } from 'vitest';
// The card drawn from hostile, very long text is checked by building it: tests/e2e/hostile-content.e2e.test.ts.
import { clampText } from '@/components/social-card-image';

describe('clampText', () => {
  it('keeps text within the limit as it is', () => {
    expect(clampText('  Public transport  ', 20)).toBe('Public transport');
  });

  it('cuts longer text at a word, within the limit, and marks the cut', () => {
    const cut = clampText('Unleashing the Potential of Public Transport in Europe', 30);
    expect(cut).toBe('Unleashing the Potential of…');
    expect([...cut].length).toBeLessThanOrEqual(30);
  });

  it('never splits a grapheme, such as a flag or an accented letter written in two code points', () => {
    const flags = '🇪🇺'.repeat(10);
    expect(clampText(flags, 5)).toBe(`${'🇪🇺'.repeat(4)}…`);
    expect(clampText('e\u0301'.repeat(10), 3)).toBe('e\u0301e\u0301…');
  });
});
