import { describe, expect, it } from 'vitest';
import { filterQuery, isUnfiltered, matchesFilter, readFilterState } from '@/lib/explore/filter';
import { foldText } from '@/lib/text';

const known = new Set(['public-transport', 'living-labs']);
const project = (text: string, themes: string[], status?: 'planned' | 'ongoing' | 'completed') => ({ foldedText: foldText(text), themes, status });

describe('the filter state in the address', () => {
  it('reads text, several themes and statuses, and drops what it does not know', () => {
    const state = readFilterState(new URLSearchParams('q=%20tram%20&theme=living-labs&theme=nope&theme=living-labs&status=ongoing&status=soon'), known);
    expect(state).toEqual({ text: 'tram', themes: ['living-labs'], statuses: ['ongoing'] });
  });

  it('writes the same state back, and nothing when nothing is chosen', () => {
    const state = { text: 'Île', themes: ['public-transport', 'living-labs'], statuses: ['completed' as const] };
    expect(filterQuery(state)).toBe('?q=%C3%8Ele&theme=public-transport&theme=living-labs&status=completed');
    expect(readFilterState(new URLSearchParams(filterQuery(state)), known)).toEqual(state);
    expect(filterQuery({ text: ' ', themes: [], statuses: [] })).toBe('');
    expect(isUnfiltered({ text: ' ', themes: [], statuses: [] })).toBe(true);
  });
});

describe('matchesFilter', () => {
  it('ignores case and accents, and needs every word', () => {
    const upper = project('UPPER Versailles Grand Parc (Île-de-France) Žilina', []);
    expect(matchesFilter(upper, { text: 'ile', themes: [], statuses: [] })).toBe(true);
    expect(matchesFilter(upper, { text: 'ZILINA  versailles', themes: [], statuses: [] })).toBe(true);
    expect(matchesFilter(upper, { text: 'ile oslo', themes: [], statuses: [] })).toBe(false);
  });

  it('keeps a project with any chosen theme and any chosen status', () => {
    const lab = project('x', ['living-labs'], 'ongoing');
    expect(matchesFilter(lab, { text: '', themes: ['public-transport', 'living-labs'], statuses: [] })).toBe(true);
    expect(matchesFilter(lab, { text: '', themes: ['public-transport'], statuses: [] })).toBe(false);
    expect(matchesFilter(lab, { text: '', themes: [], statuses: ['completed', 'ongoing'] })).toBe(true);
    expect(matchesFilter(project('x', []), { text: '', themes: [], statuses: ['ongoing'] })).toBe(false);
  });
});
