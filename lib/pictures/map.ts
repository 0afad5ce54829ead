import { geoAzimuthalEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry, MultiPoint } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { MAP_BOUNDS } from '@/lib/content/schema';
import type { GeoPosition } from '@/lib/content/types';

/**
 * The map of Europe, as SVG geometry computed at build time: Natural Earth's 1:50m
 * countries (the world-atlas package), simplified to what a page-wide map can show,
 * projected, clipped to the frame and rounded to whole units of the viewBox.
 */

/** The viewBox width; the height follows from the frame's shape. */
export const MAP_WIDTH = 640;

/**
 * Lambert azimuthal equal-area centred on 52° N 10° E: the projection of the EU's own
 * statistical maps (ETRS89-LAEA), so areas compare fairly from Lisbon to Tallinn.
 */
const CENTRE: [number, number] = [10, 52];

/**
 * Corners whose triangle is smaller than this (in square degrees, topojson-simplify's
 * planar measure; about a square viewBox unit here) are dropped from coasts and borders:
 * detail too small to see, which would only add bytes. Measured: the base map is then
 * about 6 KB gzipped (12 KB at a quarter of this weight, 26 KB unsimplified): coasts
 * keep their shape at the widths the map is drawn, and the listing stays light on phones.
 */
const SIMPLIFY_WEIGHT = 4e-2;

/** The countries as TopoJSON, with the single object world-atlas names `countries`. */
type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** The frame every valid place of content/places.yml falls inside: its bounds' outline. */
function frameOutline(): MultiPoint {
  const [south, north] = MAP_BOUNDS.latitude;
  const [west, east] = MAP_BOUNDS.longitude;
  const coordinates: [number, number][] = [];
  // Parallels are curves in this projection, so the outline is sampled along them.
  for (let step = 0; step <= 10; step++) {
    const longitude = west + ((east - west) * step) / 10;
    coordinates.push([longitude, south], [longitude, north]);
  }
  return { type: 'MultiPoint', coordinates };
}

/** The projection of the map: fitted to the frame and clipped to the viewBox. */
export function mapProjection(): GeoProjection {
  const frame = frameOutline();
  const projection = geoAzimuthalEqualArea().rotate([-CENTRE[0], -CENTRE[1]]).fitWidth(MAP_WIDTH, frame);
  const height = Math.ceil(geoPath(projection).bounds(frame)[1][1]);
  return projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, height],
  ]);
}

/** The drawn map without its dots: the land as one shape and the borders between countries. */
export interface BaseMap {
  width: number;
  height: number;
  /** SVG path data of all land. */
  land: string;
  /** SVG path data of the borders between countries (coasts are the land's edge). */
  borders: string;
}

let baseMap: BaseMap | undefined;

/** The base map, computed once per build: every page shows the same one. */
export function europeBaseMap(): BaseMap {
  if (baseMap) return baseMap;
  const topology = simplify(presimplify(countries50m as unknown as Countries), SIMPLIFY_WEIGHT) as Countries;
  const projection = mapProjection();
  const [, [width, height]] = projection.clipExtent() ?? [[0, 0], [MAP_WIDTH, 0]];
  const path = geoPath(projection).digits(0);
  const countries = topology.objects.countries;
  baseMap = {
    width,
    height,
    // world-atlas countries are all polygons; the type allows any geometry.
    land: path(merge(topology, countries.geometries as Array<Polygon | MultiPolygon>)) ?? '',
    borders: path(mesh(topology, countries, (a, b) => a !== b)) ?? '',
  };
  return baseMap;
}

/**
 * Where the base map is published: one file every page's map draws through `<use href>`,
 * fetched once and cached, rather than 6 KB of coasts and borders inside each page's HTML,
 * which kept the pages with a map from painting after one round trip (issue 20).
 */
export const BASE_MAP_PATH = '/pictures/europe.svg';

/** The ids of the base map's two shapes in that file. */
export const BASE_MAP_IDS = { land: 'land', borders: 'borders' } as const;

/**
 * The base map as a standalone SVG document. Its shapes carry no colours: they inherit
 * them from the `<use>` element that draws them, so the page's light, dark and print
 * styles still apply.
 */
export function europeBaseMapSvg(): string {
  const { width, height, land, borders } = europeBaseMap();
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"><path id="${BASE_MAP_IDS.land}" d="${land}"/><path id="${BASE_MAP_IDS.borders}" d="${borders}"/></svg>\n`;
}

/** Every country's shape, unsimplified, for checking where places land. */
export function countryShapes(): Feature<Geometry, { name: string }>[] {
  const topology = countries50m as unknown as Countries;
  return feature(topology, topology.objects.countries).features;
}

/** Where a point of the globe lands in the viewBox, to a tenth of a unit. */
export function projectPosition(position: GeoPosition, projection: GeoProjection = sharedProjection()): [number, number] {
  const point = projection([position.longitude, position.latitude]);
  if (!point) throw new Error(`${position.latitude}, ${position.longitude} cannot be projected on the map`);
  return [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10];
}

let projection: GeoProjection | undefined;
function sharedProjection(): GeoProjection {
  projection ??= mapProjection();
  return projection;
}
