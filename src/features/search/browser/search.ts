/**
 * The search module, loaded on first interaction by loader.ts. It enhances the search
 * page (results, filters, count, keyboard navigation, shareable URL) and the contact
 * page's live suggestions. All wording comes from the server-rendered page (data
 * attributes and hidden blocks), so no dictionary ships with the code.
 */
import { emit } from '../../sharing/browser/events';
import { excerpt, highlight, queryTokens, type Segment } from '../search-highlight';
import { FIRST_PAGE, runSearch, type Hit, type SearchFilters, type SearchOutcome } from './engine';
import { formatMessage, type PluralMessage } from '../../../core/message-format';

let started = false;

/** Wires every search area on the page; safe to call more than once. */
export function start(): void {
	if (started) return;
	started = true;
	const panel = document.querySelector<HTMLElement>('[data-search-panel]');
	if (panel) searchPage(panel);
	const answers = document.querySelector<HTMLElement>('[data-contact-answers]');
	if (answers) contactSuggestions(answers);
}

const lang = () => document.documentElement.lang;

/** Renders marked segments as text nodes and <mark>s (never as HTML: the text is the author's). */
function renderSegments(target: HTMLElement, segments: readonly Segment[]): void {
	target.replaceChildren(
		...segments.map((segment) => {
			if (!segment.hit) return document.createTextNode(segment.text);
			const mark = document.createElement('mark');
			mark.textContent = segment.text;
			return mark;
		}),
	);
}

/**
 * What to highlight: the typed words and every indexed form the search used for them
 * (written forms, stems, synonyms, corrections), so a reader sees why a result matched.
 */
function matchedTokens(query: string, outcome: SearchOutcome): string[] {
	const forms = outcome.understood?.units.flatMap((unit) => (unit.optional ? [] : unit.alternatives).flatMap((alternative) => alternative.term.split(' '))) ?? [];
	return [...new Set([...queryTokens(query, { lang: lang() }), ...forms])];
}

function debounce(run: () => void, ms: number): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	return () => {
		clearTimeout(timer);
		timer = setTimeout(run, ms);
	};
}

/** A result link: highlighted title, type and category, highlighted excerpt. */
function resultItem(hit: Hit, tokens: string[], labels: Record<string, string>, position: number, withExcerpt: boolean): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = hit.url;
	link.dataset.resultLink = String(position);
	const title = document.createElement('span');
	title.className = 'result-title';
	renderSegments(title, highlight(hit.title, tokens));
	link.append(title);
	item.append(link);
	if (withExcerpt) {
		const meta = document.createElement('p');
		meta.className = 'result-meta';
		meta.textContent = [labels[hit.type], hit.category].filter(Boolean).join(' · ');
		const text = document.createElement('p');
		text.className = 'result-excerpt';
		// The summary when it holds a hit, otherwise the passage of the body that does.
		const summary = highlight(hit.summary, tokens);
		renderSegments(text, summary.some((s) => s.hit) || !hit.text ? summary : excerpt(hit.text, tokens));
		item.append(meta, text);
	}
	return item;
}

/** Arrow keys move between an input and a list of links (Home/End jump to the ends). */
function arrowNavigation(input: HTMLInputElement, list: HTMLElement): void {
	const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')];
	input.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown') return;
		const first = links()[0];
		if (!first) return;
		event.preventDefault();
		first.focus();
	});
	list.addEventListener('keydown', (event) => {
		const all = links();
		const index = all.indexOf(document.activeElement as HTMLAnchorElement);
		if (index < 0) return;
		const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: all.length - 1 }[event.key];
		if (next === undefined) return;
		event.preventDefault();
		if (next < 0) input.focus();
		else all[Math.min(next, all.length - 1)]?.focus();
	});
}

function countText(panel: HTMLElement, count: number, query: string): string {
	const messages = JSON.parse(panel.dataset.countMessages ?? '{"other":""}') as PluralMessage;
	const bcp47 = panel.dataset.bcp47 ?? lang();
	return formatMessage(messages, { count, query }, { bcp47, numberingSystem: panel.dataset.numbering });
}

// Each shown result costs a fragment request: the first search shows the re-ranked first
// page only (its bytes are budgeted), "show more" loads ten at a time.
const MORE_LIMIT = 10;

/** "Show more results": loads the next page of results into the list, then moves focus to the first new one. */
function moreButton(list: HTMLOListElement, query: string, filters: SearchFilters, tokens: string[], total: number): HTMLButtonElement {
	const panel = document.querySelector<HTMLElement>('[data-search-panel]')!;
	const labels = JSON.parse(panel.dataset.typeLabels ?? '{}') as Record<string, string>;
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'button search-more';
	button.textContent = panel.dataset.more ?? '';
	button.addEventListener('click', async () => {
		const shown = list.children.length;
		button.disabled = true;
		const outcome = await runSearch(query, filters, MORE_LIMIT, shown);
		list.append(...outcome.hits.map((hit, index) => resultItem(hit, tokens, labels, shown + index + 1, true)));
		list.querySelector<HTMLAnchorElement>(`a[data-result-link="${shown + 1}"]`)?.focus();
		button.disabled = false;
		if (list.children.length >= total) button.remove();
	});
	return button;
}

/**
 * «منظورتان … بود؟» / "Showing results for …": names the corrected words and links to the
 * words as typed (`&exact=1`, no correction).
 */
function showCorrection(panel: HTMLElement, target: HTMLElement, corrected: string, query: string, address: URL): void {
	const [before = '', after = ''] = (panel.dataset.correctedTo ?? '{corrected}').split('{corrected}');
	const strong = document.createElement('strong');
	strong.textContent = corrected;
	const link = document.createElement('a');
	const url = new URL(address);
	url.searchParams.set('q', query);
	url.searchParams.set('exact', '1');
	link.href = url.href;
	link.dataset.searchExact = '';
	link.textContent = (panel.dataset.searchInstead ?? '{query}').replace('{query}', () => query);
	target.replaceChildren(before, strong, after, ' ', link);
	target.hidden = false;
}

/** The search page: `/<locale>/search/?q=…&type=…&category=…`. */
function searchPage(panel: HTMLElement): void {
	const input = document.getElementById(panel.dataset.input ?? '') as HTMLInputElement | null;
	const form = input?.form;
	const results = document.querySelector<HTMLElement>('[data-search-results]');
	const status = panel.querySelector<HTMLElement>('[data-search-status]');
	const empty = document.querySelector<HTMLElement>('[data-search-empty]');
	const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
	const filters = panel.querySelector<HTMLFormElement>('[data-search-filters]');
	if (!form || !input || !results || !status || !empty || !filters) return;
	const labels = JSON.parse(panel.dataset.typeLabels ?? '{}') as Record<string, string>;
	panel.hidden = false;
	for (const note of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) note.hidden = true;

	const params = new URLSearchParams(location.search);
	if (params.has('q')) input.value = params.get('q') ?? '';
	const typeField = filters.elements.namedItem('type') as RadioNodeList | null;
	const categoryField = filters.elements.namedItem('category') as HTMLSelectElement | null;
	if (typeField && params.get('type')) typeField.value = params.get('type')!;
	if (categoryField && params.get('category')) categoryField.value = params.get('category')!;

	const correction = panel.querySelector<HTMLElement>('[data-search-correction]');
	// Set by "search instead for …": the words as typed, until the query changes.
	let exact = params.get('exact') === '1';
	let sequence = 0;
	let lastReported = '';
	const current = (): SearchFilters => ({ type: typeField?.value || undefined, category: categoryField?.value || undefined });

	const update = async () => {
		const query = input.value.trim();
		const chosen = current();
		const url = new URL(location.href);
		for (const [key, value] of [
			['q', query],
			['type', chosen.type],
			['category', chosen.category],
			['exact', exact ? '1' : undefined],
		] as const) {
			if (value) url.searchParams.set(key, value);
			else url.searchParams.delete(key);
		}
		// The address follows the query (shareable), but once the results are shown: under a
		// slow CPU replaceState costs several milliseconds of each keystroke.
		const syncAddress = () => history.replaceState(history.state, '', url);
		const mine = ++sequence;
		if (correction) correction.hidden = true;
		if (!query) {
			syncAddress();
			results.replaceChildren();
			status.textContent = '';
			empty.hidden = true;
			if (fallback) fallback.hidden = false;
			return;
		}
		status.textContent = panel.dataset.searching ?? '';
		let outcome;
		try {
			outcome = await runSearch(query, chosen, FIRST_PAGE, 0, exact);
		} catch (cause) {
			if (mine !== sequence) return;
			syncAddress();
			status.textContent = panel.dataset.error ?? '';
			if (fallback) fallback.hidden = false;
			console.error(new Error('Search failed', { cause }));
			return;
		}
		if (mine !== sequence) return; // a newer query is already on its way
		const tokens = matchedTokens(query, outcome);
		const list = document.createElement('ol');
		list.className = 'search-results';
		list.setAttribute('aria-label', panel.dataset.resultsLabel ?? '');
		list.append(...outcome.hits.map((hit, index) => resultItem(hit, tokens, labels, index + 1, true)));
		results.replaceChildren(...(outcome.hits.length ? [list] : []));
		if (outcome.total > outcome.hits.length) results.append(moreButton(list, query, chosen, tokens, outcome.total));
		status.textContent = countText(panel, outcome.total, query);
		if (correction && outcome.understood?.corrected) showCorrection(panel, correction, outcome.understood.corrected, query, url);
		empty.hidden = outcome.total > 0;
		if (fallback) fallback.hidden = true;
		// One event per settled query, not per keystroke.
		const key = `${query}|${chosen.type ?? ''}|${chosen.category ?? ''}`;
		if (key !== lastReported) {
			lastReported = key;
			const props = { query, results: outcome.total, locale: lang(), ...(chosen.type ? { type: chosen.type } : {}), ...(chosen.category ? { category: chosen.category } : {}) };
			emit('search', props);
			if (outcome.total === 0) emit('search_no_results', props);
		}
		syncAddress();
	};
	const later = debounce(() => void update(), 180);

	input.addEventListener('input', () => {
		exact = false;
		later();
	});
	correction?.addEventListener('click', (event) => {
		const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-search-exact]');
		if (!link) return;
		event.preventDefault();
		exact = true;
		void update();
		input.focus();
	});
	filters.addEventListener('change', () => void update());
	filters.addEventListener('submit', (event) => event.preventDefault());
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void update();
		// On a touch screen the on-screen keyboard would cover the results it just asked for.
		if (touchScreen()) input.blur();
	});
	results.addEventListener('click', (event) => {
		const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-result-link]');
		if (link) emit('result_click', { query: input.value.trim(), url: link.pathname, position: Number(link.dataset.resultLink), locale: lang() });
	});
	arrowNavigation(input, results);
	if (input.value.trim()) {
		void update();
		// Arriving from another page's search box: keep the keyboard where the reader left it, so
		// ↓ reaches the first result at once. Not on touch screens, where focus opens the keyboard.
		if (!touchScreen() && document.activeElement === document.body) input.focus({ preventScroll: true });
	}
}

/** A phone or tablet without a mouse: no hover, a coarse pointer (the same test the CSS uses to hide the shortcut hint). */
function touchScreen(): boolean {
	return matchMedia('(hover: none) and (pointer: coarse)').matches;
}

const SUGGESTIONS = 5;

/** The contact page: suggestions from search while the customer describes the problem. */
function contactSuggestions(answers: HTMLElement): void {
	const input = answers.querySelector<HTMLInputElement>('[data-search-input]');
	const box = answers.querySelector<HTMLElement>('[data-contact-suggestions]');
	const list = box?.querySelector<HTMLElement>('[data-contact-suggestions-list]');
	const none = box?.querySelector<HTMLElement>('[data-contact-suggestions-none]');
	if (!input || !box || !list || !none) return;
	let sequence = 0;
	const update = async () => {
		const query = input.value.trim();
		const mine = ++sequence;
		if (!query) {
			box.hidden = true;
			return;
		}
		let outcome;
		try {
			outcome = await runSearch(query, {}, SUGGESTIONS);
		} catch (cause) {
			console.error(new Error('Contact suggestions failed', { cause }));
			return;
		}
		if (mine !== sequence) return;
		const tokens = matchedTokens(query, outcome);
		list.replaceChildren(...outcome.hits.map((hit, index) => resultItem(hit, tokens, {}, index + 1, false)));
		none.hidden = outcome.hits.length > 0;
		box.hidden = false;
		emit('search', { query, results: outcome.total, locale: lang(), source: 'contact' });
		if (outcome.total === 0) emit('search_no_results', { query, locale: lang(), source: 'contact' });
	};
	input.addEventListener(
		'input',
		debounce(() => void update(), 250),
	);
	list.addEventListener('click', (event) => {
		const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-result-link]');
		if (link) emit('result_click', { query: input.value.trim(), url: link.pathname, position: Number(link.dataset.resultLink), locale: lang(), source: 'contact' });
	});
	arrowNavigation(input, list);
	if (input.value.trim()) void update();
}
