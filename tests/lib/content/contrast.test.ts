import { describe, expect, it } from 'vitest';
import { contrastRatio, describeContrastProblem, failingPairings } from '@/lib/content/contrast';

describe('the host colour contrast rule', () => {
  it("computes WCAG 2.1's contrast ratio", () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBe(contrastRatio('#777777', '#ffffff'));
  });

  it('accepts a mid-tone that reaches 3:1 on every background of both schemes', () => {
    expect(failingPairings('#1a7f37')).toEqual([]);
    expect(describeContrastProblem('#1a7f37')).toBeUndefined();
  });

  it('names the failing pairings, worst first, with the way out', () => {
    expect(failingPairings('#f5c400').map((pairing) => `${pairing.scheme} ${pairing.name}`)).toEqual(['light header background', 'light page background']);
    expect(describeContrastProblem('#f5c400')).toMatch(/choose a darker shade$/);
    expect(failingPairings('#1d2b4f').every((pairing) => pairing.scheme === 'dark')).toBe(true);
    expect(describeContrastProblem('#1d2b4f')).toMatch(/choose a lighter shade$/);
  });
});
