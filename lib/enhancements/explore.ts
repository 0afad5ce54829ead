import { foldText, plural } from '../text';
import { filterQuery, isUnfiltered, matchesFilter, readFilterState, type FilterState, type FilterableProject } from '../explore/filter';
import { rowStatusDates, type SearchIndex, type SearchIndexRow } from '../explore/search-index';
import { localDay } from '../day';
import { STATUS_LABELS, statusOn } from '../status-of-day';
import { projectPath, themePath } from '../routes';

/**
 * Filter and search on the listing (components/ProjectFilter.tsx). Without this module the
 * listing shows every project, page by page, and the theme pages filter. With it:
 * - the form (shown by the stylesheet wherever scripts run) takes the place of the links
 *   to theme pages, its themes and statuses folded
 *   in a disclosure that opens by itself when the address chose some, and it filters as
 *   the visitor types or ticks, over every project: the
 *   static search index is fetched on first use (focus on the form, or an address that
 *   already holds a filter), not with the page;
 * - the address's query string holds the choice, so a shared link reopens the same view
 *   and back and forward step through changes;
 * - the status region says how many projects match; an empty result offers a reset.
 */

interface Entry extends FilterableProject {
  row: SearchIndexRow;
  themeLabels: Array<[id: string, label: string]>;
}

const form = document.querySelector<HTMLFormElement>('form[data-explore]');
const list = document.querySelector<HTMLElement>('[data-explore-list]');
const results = document.querySelector<HTMLElement>('[data-explore-results]');
const announcer = document.querySelector<HTMLElement>('[data-explore-status]');
const template = document.querySelector<HTMLTemplateElement>('template[data-explore-card]');
// The links to theme pages, for visitors without this module: the form's themes replace them.
const browse = document.querySelector<HTMLElement>('[data-explore-browse]');

if (form && list && results && announcer && template) enhance(form, list, results, announcer, template);

function enhance(form: HTMLFormElement, list: HTMLElement, results: HTMLElement, announcer: HTMLElement, template: HTMLTemplateElement) {
  const basePath = form.dataset.basePath ?? '';
  const resultList = results.querySelector('ul')!;
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const text = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const knownThemes = new Set(checkboxes.filter((box) => box.name === 'theme').map((box) => box.value));
  let index: Promise<Entry[]> | undefined;
  let typing = false;
  // Each run renders only if no later one started, so fast typing never shows stale results.
  let run = 0;

  const load = () =>
    (index ??= fetch(form.dataset.explore!)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return response.json() as Promise<SearchIndex>;
      })
      .then(toEntries));

  const controlsState = (): FilterState => readFilterState(new URLSearchParams(new FormData(form) as unknown as string), knownThemes);

  const setControls = (state: FilterState) => {
    text.value = state.text;
    for (const box of checkboxes) box.checked = (box.name === 'theme' ? state.themes : state.statuses).includes(box.value as never);
  };

  const remember = (state: FilterState, push: boolean) => {
    const address = `${location.pathname}${filterQuery(state)}${location.hash}`;
    if (address === `${location.pathname}${location.search}${location.hash}`) return;
    history[push ? 'pushState' : 'replaceState'](null, '', address);
  };

  async function show(state: FilterState) {
    const current = ++run;
    if (isUnfiltered(state)) {
      results.hidden = true;
      list.hidden = false;
      resultList.replaceChildren();
      if (announcer.textContent) announcer.textContent = 'Filters cleared: all projects are shown.';
      return;
    }
    let entries: Entry[];
    try {
      entries = await load();
    } catch {
      index = undefined;
      if (current === run) announcer.textContent = 'The search could not be loaded; the projects are listed below and by theme.';
      return;
    }
    if (current !== run) return;
    const today = localDay(new Date());
    const matching = entries.filter((entry) => matchesFilter({ ...entry, status: statusOn(rowStatusDates(entry.row), today) }, state));
    resultList.replaceChildren(...matching.map((entry) => card(entry, today)));
    if (matching.length === 0) resultList.append(emptyResult());
    list.hidden = true;
    results.hidden = false;
    announcer.textContent =
      matching.length === 0 ? 'No project matches these filters.' : `${plural(matching.length, 'project matches', 'projects match')} these filters.`;
  }

  function emptyResult(): HTMLElement {
    const item = document.createElement('li');
    const reset = document.createElement('button');
    reset.type = 'button';
    reset.className = 'rounded border border-accent px-4 py-2 font-semibold text-accent';
    reset.textContent = 'Clear filters and show all projects';
    reset.addEventListener('click', () => {
      form.reset();
      text.focus();
    });
    item.append(reset);
    return item;
  }

  function card({ row, themeLabels }: Entry, today: number): HTMLElement {
    const [slug, title, fullName, summary, programme, website] = row;
    const article = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    const part = (name: string) => article.querySelector<HTMLElement>(`[data-field="${name}"]`)!;
    const headingId = `result-${slug}`;
    article.setAttribute('aria-labelledby', headingId);
    const link = part('title') as HTMLAnchorElement;
    link.parentElement!.id = headingId;
    link.href = `${basePath}${projectPath(slug)}`;
    link.textContent = title;
    fill(part('fullName'), fullName);
    part('summary').textContent = summary;
    fill(part('programme').querySelector('dd'), programme, part('programme'));
    const status = statusOn(rowStatusDates(row), today);
    fill(part('status').querySelector('dd'), status && STATUS_LABELS[status], part('status'));
    const themes = part('themes');
    const themesValue = themes.querySelector('dd')!;
    themesValue.replaceChildren();
    themeLabels.forEach(([id, label], position) => {
      const themeLink = document.createElement('a');
      themeLink.href = `${basePath}${themePath(id)}`;
      themeLink.textContent = label;
      themesValue.append(...(position > 0 ? [', ', themeLink] : [themeLink]));
    });
    if (themeLabels.length === 0) themes.remove();
    const external = part('website').querySelector('a')!;
    external.href = website;
    external.children[1]!.textContent = `about ${title}`;
    const item = document.createElement('li');
    item.className = 'grid';
    item.append(article);
    return item;
  }

  function update(push: boolean) {
    const state = controlsState();
    remember(state, push);
    void show(state);
  }

  // The stylesheet shows the form and hides the links wherever scripts run; a browser too
  // old for its `scripting` media query showed both until now.
  if (browse) browse.hidden = true;
  // Themes and statuses are folded away; an address that chose some opens them, so the
  // visitor sees what filters the list.
  const filters = form.querySelector<HTMLDetailsElement>('details[data-explore-filters]');
  form.addEventListener('focusin', () => void load().catch(() => (index = undefined)), { once: true });
  text.addEventListener('input', () => {
    update(!typing);
    typing = true;
  });
  form.addEventListener('change', (event) => {
    if (event.target === text) return;
    typing = false;
    update(true);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    typing = false;
    update(true);
  });
  // The reset event comes before the controls are cleared; read them after.
  form.addEventListener('reset', () =>
    setTimeout(() => {
      typing = false;
      update(true);
    }),
  );
  const fromAddress = () => {
    const state = readFilterState(new URLSearchParams(location.search), knownThemes);
    setControls(state);
    if (filters && (state.themes.length > 0 || state.statuses.length > 0)) filters.open = true;
    typing = false;
    void show(state);
  };
  addEventListener('popstate', fromAddress);
  fromAddress();
}

/** Sets an element's text, or removes `container` (the element itself by default) when there is none. */
function fill(element: Element | null, value: string | undefined, container: Element | null = element) {
  if (value && element) element.textContent = value;
  else container?.remove();
}

/** Index rows with what filtering reads: the folded text, theme ids and labels. */
function toEntries(index: SearchIndex): Entry[] {
  return index.projects.map((row) => {
    const themeLabels = row[7].map((position) => index.themes[position]).filter((theme) => theme !== undefined);
    return {
      row,
      themeLabels,
      themes: themeLabels.map(([id]) => id),
      foldedText: foldText([row[1], row[2], row[3], row[6], ...themeLabels.map(([, label]) => label)].join(' ')),
    };
  });
}
