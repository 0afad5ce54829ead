// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCordisProject } from '@/lib/facts/cordis-record';
import { FIXTURES } from '../../helpers/content-fixture';

const record = (id: string) => readFile(path.join(FIXTURES, 'cordis', `${id}.xml`), 'utf8');

describe('parseCordisProject', () => {
  it("reads UPPER's facts, with cities in readable capitals and Greece's EU code as GR", async () => {
    const project = parseCordisProject(await record('101095904'));
    expect(project).toMatchObject({
      id: '101095904',
      acronym: 'UPPER',
      title: 'Unleashing the Potential of Public Transport in Europe',
      startDate: '2023-01-01',
      endDate: '2026-12-31',
      frameworkProgrammes: ['HORIZON'],
      programme: 'Horizon Europe',
      updated: '2025-05-14',
      coordinator: { role: 'coordinator', name: 'Union Internationale des Transports Publics', shortName: 'UITP', city: 'Brussels', country: 'BE' },
    });
    expect(project?.partners.map((partner) => `${partner.city}, ${partner.country}`)).toEqual([
      'Valencia, ES',
      'Roma, IT',
      'Roma, IT',
      'Oslo, NO',
      'Paris, FR',
      'Thessaloniki, GR',
    ]);
  });

  it('reads a Horizon 2020 record whose programme only one of several entries names, with a third party and a British partner', async () => {
    const project = parseCordisProject(await record('101036519'));
    expect(project?.frameworkProgrammes).toEqual(['H2020']);
    expect(project?.programme).toBe('Horizon 2020');
    expect(project?.partners).toEqual([
      { role: 'participant', name: 'Universidad Politecnica de Madrid', shortName: 'UPM', city: 'Madrid', country: 'ES' },
      { role: 'participant', name: 'Bankers Without Boundaries', shortName: undefined, city: 'London', country: 'GB' },
      { role: 'participant', name: 'Iclei European Secretariat GmbH (Iclei Europasekretariat GmbH)', shortName: 'ICLEI', city: 'Freiburg im Breisgau', country: 'DE' },
      { role: 'thirdParty', name: 'Climate-Kic GmbH', shortName: undefined, city: 'Berlin', country: 'DE' },
    ]);
  });

  it('reads a single organisation, which CORDIS writes without a list around it', async () => {
    const project = parseCordisProject(await record('101000001'));
    expect(project?.coordinator).toEqual({ role: 'coordinator', name: 'Technische Universitaet Wien', shortName: 'TU WIEN', city: 'Wien', country: 'AT' });
    expect(project?.partners).toEqual([]);
    expect(project?.programme).toBe('Horizon Europe');
  });

  it('leaves out what a record does not give', async () => {
    const project = parseCordisProject(await record('101000002'));
    expect(project).toMatchObject({ id: '101000002', acronym: 'FRESH', startDate: '2027-01-01', frameworkProgrammes: [], partners: [] });
    expect(project?.endDate).toBeUndefined();
    expect(project?.programme).toBeUndefined();
    expect(project?.coordinator).toBeUndefined();
  });

  it('reads nothing from an error page or broken XML', () => {
    expect(parseCordisProject('<html><body>Page not found</body></html>')).toBeUndefined();
    expect(parseCordisProject('<project><id>1</id>')).toBeUndefined();
    expect(parseCordisProject('')).toBeUndefined();
  });
});
