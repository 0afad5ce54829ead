import type { Page } from 'playwright-core';
import { loadContent } from '@/lib/content/load';
import { mapPlaces } from '@/lib/pictures/map-places';
import { timelineLayout } from '@/lib/pictures/timeline';
import { ROOT } from './servers';
import { activeContentDirectory } from '@/lib/content/layout';
import { projectPath } from '@/lib/routes';

/** A page with pictures, and what they must show: derived from the content, which editors own. */
export interface PicturedPage {
  path: string;
  places: number;
  bars: number;
}

/** The listing and every project page, each with its number of map dots and timeline bars. */
export async function picturedPages(): Promise<PicturedPage[]> {
  const { host, projects } = await loadContent({ contentDir: activeContentDirectory(ROOT) });
  // Rows do not depend on the day, only where the today marker stands does.
  const bars = (shown: typeof projects) => timelineLayout(shown, new Date()).bars.length;
  return [
    { path: '/', places: mapPlaces(host, projects).length, bars: bars(projects) },
    ...projects.map((project) => ({ path: projectPath(project.slug), places: mapPlaces(host, [project]).length, bars: bars([project]) })),
  ];
}

/**
 * What is wrong with a page's pictures in the browser: each is missing, hidden, unnamed,
 * or shows another number of dots or bars than the content has; or two of the map's
 * labels overlap, or one leaves the map, measured with the browser's own text metrics.
 */
export async function pictureProblems(page: Page, expected: PicturedPage): Promise<string[]> {
  return page.evaluate(({ places, bars }) => {
    const problems: string[] = [];
    // The timeline is an image; the map a group, as its unlabelled dots take focus.
    const named = (svg: SVGSVGElement, role: string) => {
      const title = document.getElementById(svg.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';
      const description = document.getElementById(svg.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
      return svg.getAttribute('role') === role && title.length > 0 && description.length > 0;
    };
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 200 && box.height > 50 && getComputedStyle(element).visibility === 'visible';
    };
    const map = document.querySelector<SVGSVGElement>('svg[data-picture="map"]');
    if (places > 0) {
      if (!map) problems.push('no map');
      else {
        if (!shown(map)) problems.push('the map is not shown');
        if (!named(map, 'group')) problems.push('the map has no role="group", title or description');
        const dots = map.querySelectorAll('[data-place]');
        if (dots.length !== places) problems.push(`the map has ${dots.length} dots for ${places} places`);
        // Each dot is named: by a label with its name shown on the map (wider than a
        // phone's), or by its title.
        const shownLabels = [...map.querySelectorAll('text')].filter((text) => text.getClientRects().length > 0 && getComputedStyle(text).display !== 'none').map((text) => text.textContent);
        for (const dot of dots) {
          const name = dot.getAttribute('data-place') ?? '';
          if (!dot.querySelector('title')?.textContent && !(window.innerWidth < 640 || shownLabels.includes(name))) problems.push(`a dot has no name: ${name}`);
        }
        // A dot without a label on the map is a link, named, to its line in the list.
        for (const link of map.querySelectorAll('a[data-place]')) {
          const target = document.getElementById((link.getAttribute('href') ?? '').slice(1));
          if (!link.getAttribute('aria-label')?.startsWith(`${link.getAttribute('data-place')}, `)) problems.push(`the unlabelled dot ${link.getAttribute('data-place')} has no name`);
          if (!target?.textContent?.startsWith(`${link.getAttribute('data-place')}, `)) problems.push(`the unlabelled dot ${link.getAttribute('data-place')} links to no line of the list`);
        }
        // The labels shown: an unlabelled dot's shows only while it has focus.
        const labels = [...map.querySelectorAll('text')].filter((text) => text.getClientRects().length > 0 && getComputedStyle(text).display !== 'none');
        const frame = map.getBoundingClientRect();
        const boxes = labels.map((text) => ({ name: text.textContent, box: text.getBoundingClientRect() }));
        for (const [index, { name, box }] of boxes.entries()) {
          if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1) problems.push(`the label ${name} leaves the map`);
          for (const other of boxes.slice(index + 1)) {
            const overlap = Math.min(box.right, other.box.right) - Math.max(box.left, other.box.left) > 1 && Math.min(box.bottom, other.box.bottom) - Math.max(box.top, other.box.top) > 1;
            if (overlap) problems.push(`the labels ${name} and ${other.name} overlap`);
          }
        }
      }
    }
    const timeline = document.querySelector<SVGSVGElement>('svg[data-picture="timeline"]');
    if (bars > 0) {
      if (!timeline) problems.push('no timeline');
      else {
        if (!shown(timeline)) problems.push('the timeline is not shown');
        if (!named(timeline, 'img')) problems.push('the timeline has no role="img", title or description');
        const drawn = timeline.querySelectorAll('[data-bar]').length;
        if (drawn !== bars) problems.push(`the timeline has ${drawn} bars for ${bars} rows`);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(timeline.querySelector('[data-today-marker]')?.getAttribute('data-today-marker') ?? '')) problems.push('the timeline has no dated today marker');
      }
    }
    return problems;
  }, expected);
}
