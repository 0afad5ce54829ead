import { cityKey } from '@/lib/content/places';
import type { City, GeoPosition } from '@/lib/content/types';
import { projectPosition } from './map';
import { labelWidth } from './text';

/**
 * The dots of a map: one per city, whoever takes part there, with the label placed
 * beside it only where it fits. Pure functions of the content, so every build draws the
 * same picture.
 */

/** Whose city a dot is: a project's, the host's, or both (shared). */
export type PlaceKind = 'project' | 'host' | 'shared';

/** A project's or the host's part in a place. */
export interface PlaceRole {
  /** The project's title, or the host's name. */
  who: string;
  role: string;
}

/** One city on the map, with everyone who takes part there. */
export interface MapPlace {
  name: string;
  countryName: string;
  position: GeoPosition;
  kind: PlaceKind;
  /** The host first, then the projects, as the content lists them. */
  roles: PlaceRole[];
}

/** Anything with a name and cities: a project, or the host. */
interface HasCities {
  cities: readonly City[];
}

/**
 * The places of the host and the given projects, one per city (its `cityKey`), named as
 * first written (the host's spelling first), in alphabetical order. A city of both the host and a project is shared.
 */
export function mapPlaces(host: HasCities & { name: string }, projects: ReadonlyArray<HasCities & { title: string }>): MapPlace[] {
  const places = new Map<string, MapPlace & { host: boolean; project: boolean }>();
  const add = (city: City, who: string, isHost: boolean) => {
    if (!city.position) throw new Error(`${city.name}, ${city.country} has no position; the content check should have refused it`);
    const key = cityKey(city);
    const place = places.get(key) ?? { name: city.name, countryName: city.countryName, position: city.position, kind: 'project', roles: [], host: false, project: false };
    place.roles.push({ who, role: city.role });
    if (isHost) place.host = true;
    else place.project = true;
    places.set(key, place);
  };
  for (const city of host.cities) add(city, host.name, true);
  for (const project of projects) for (const city of project.cities) add(city, project.title, false);
  return [...places.values()]
    .map(({ host: isHost, project, ...place }) => ({ ...place, kind: isHost && project ? 'shared' : isHost ? 'host' : 'project' }) satisfies MapPlace)
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.countryName.localeCompare(b.countryName, 'en'));
}

/**
 * At most this many are named in one place; the rest are counted. With hundreds of
 * projects in one city a full list would outweigh the map, and each project's own page
 * and card name its cities anyway.
 */
export const MAX_NAMED = 5;

/** Who is in a place and in which role: `UPPER (Living Lab), Alpha (Twinning city) and 3 more`. */
export function rolesText(roles: readonly PlaceRole[], namesWho = true): string {
  const named = roles.slice(0, MAX_NAMED).map(({ who, role }) => (namesWho ? `${who} (${role})` : role));
  const more = roles.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}

/** What a dot says to someone who cannot see it: the city, its country and who is there in which role. */
export function placeDescription(place: MapPlace): string {
  return `${place.name}, ${place.countryName}: ${rolesText(place.roles)}`;
}

/** A label beside its dot, in viewBox units; `x` is where the text is anchored. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

/** A place drawn on the map: its dot, and its label if one fits. */
export type MapDot = MapPlace & { x: number; y: number; label?: PlacedLabel };

/** Sizes in viewBox units, shared by the layout and the drawing. */
export const DOT_SIZE = { radius: 6, sharedRadius: 8, labelSize: 13 } as const;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Who gets a label first: shared cities, then the host's, then the busiest; then by name. */
function labelPriority(a: MapDot, b: MapDot): number {
  const rank = { shared: 0, host: 1, project: 2 } as const;
  return rank[a.kind] - rank[b.kind] || b.roles.length - a.roles.length || a.name.localeCompare(b.name, 'en');
}

/**
 * Projects each place and places labels greedily, in priority order: each label takes the
 * first spot (right, left, above, below its dot) that stays inside the map and clear of
 * every dot and every label placed before it; a label with no such spot is left out (the
 * list beside the map names every city).
 */
export function layoutDots(places: readonly MapPlace[], size: { width: number; height: number }): MapDot[] {
  const dots: MapDot[] = places.map((place) => {
    const [x, y] = projectPosition(place.position);
    return { ...place, x, y };
  });
  const font = DOT_SIZE.labelSize;
  const gap = DOT_SIZE.sharedRadius + 2;
  const taken: Box[] = dots.map(({ x, y }) => ({ left: x - gap + 2, top: y - gap + 2, right: x + gap - 2, bottom: y + gap - 2 }));
  for (const dot of [...dots].sort(labelPriority)) {
    const width = labelWidth(dot.name, font);
    const half = font * 0.7;
    const candidates: Array<{ box: Box; label: PlacedLabel }> = [
      { box: { left: dot.x + gap, top: dot.y - half, right: dot.x + gap + width, bottom: dot.y + half }, label: { x: dot.x + gap, y: dot.y, anchor: 'start' } },
      { box: { left: dot.x - gap - width, top: dot.y - half, right: dot.x - gap, bottom: dot.y + half }, label: { x: dot.x - gap, y: dot.y, anchor: 'end' } },
      { box: { left: dot.x - width / 2, top: dot.y - gap - 2 * half, right: dot.x + width / 2, bottom: dot.y - gap }, label: { x: dot.x, y: dot.y - gap - half, anchor: 'middle' } },
      { box: { left: dot.x - width / 2, top: dot.y + gap, right: dot.x + width / 2, bottom: dot.y + gap + 2 * half }, label: { x: dot.x, y: dot.y + gap + half, anchor: 'middle' } },
    ];
    const inside = (box: Box) => box.left >= 0 && box.top >= 0 && box.right <= size.width && box.bottom <= size.height;
    const own = dots.indexOf(dot);
    const free = candidates.find(({ box }) => inside(box) && taken.every((other, index) => index === own || !overlaps(box, other)));
    if (!free) continue;
    dot.label = { x: Math.round(free.label.x * 10) / 10, y: Math.round(free.label.y * 10) / 10, anchor: free.label.anchor };
    taken.push(free.box);
  }
  return dots;
}
