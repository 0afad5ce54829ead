import { describe, expect, it } from 'vitest';
import type { CordisProject } from '@/lib/facts/cordis-record';
import { differencesFromCordis, type ComparedFacts } from '@/lib/facts/drift';

const record: CordisProject = {
  id: '101095904',
  acronym: 'UPPER',
  title: 'Unleashing the Potential of Public Transport in Europe',
  startDate: '2023-01-01',
  endDate: '2026-12-31',
  frameworkProgrammes: ['HORIZON'],
  programme: 'Horizon Europe',
  coordinator: { role: 'coordinator', name: 'Union Internationale des Transports Publics', shortName: 'UITP', city: 'Brussels', country: 'BE' },
  partners: [],
  updated: '2025-05-14',
};

const day = (iso: string, precision: 'day' | 'month' | 'year' = 'day') => ({ date: new Date(`${iso}T00:00:00Z`), precision });

describe('differencesFromCordis', () => {
  it('finds none where the file says the same in its own way', () => {
    const facts: ComparedFacts = {
      title: 'Upper',
      fullName: 'Unleashing the potential of public transport in Europe',
      programme: 'Horizon Europe (Climate, Energy and Mobility)',
      start: day('2023-01-01', 'month'),
      end: day('2026-01-01', 'year'),
      coordinator: 'UITP (International Association of Public Transport)',
    };
    expect(differencesFromCordis(facts, record)).toEqual([]);
  });

  it('names each fact that differs, with what CORDIS says', () => {
    const facts: ComparedFacts = {
      title: 'UPPR',
      fullName: 'Urban Policies for Sustainable Mobility and Energy Resources',
      programme: 'Horizon 2020',
      start: day('2023-02-01'),
      end: day('2025-12-31'),
      coordinator: 'Eurocities',
    };
    expect(differencesFromCordis(facts, record)).toEqual([
      { field: 'title', cordisSays: 'UPPER' },
      { field: 'fullName', cordisSays: 'Unleashing the Potential of Public Transport in Europe' },
      { field: 'programme', cordisSays: 'Horizon Europe' },
      { field: 'start', cordisSays: '2023-01-01' },
      { field: 'end', cordisSays: '2026-12-31' },
      { field: 'coordinator', cordisSays: 'UITP (Union Internationale des Transports Publics)' },
    ]);
  });

  it('compares only what the file writes', () => {
    expect(differencesFromCordis({ title: 'UPPER' }, record)).toEqual([]);
  });
});
