/**
 * The only search code every page loads (keep it tiny): keyboard shortcuts that focus
 * the page's one search box (the header's, or the page's own), and the first interaction with any search box, which loads the
 * real search module. Pages stay free of search code until someone reaches for search.
 */

// Bundled as a standalone file rather than through import(): Vite wraps every dynamic
// import in a preload helper that alone is larger than this whole loader.
import searchModule from './entry?worker&url';

const INPUT = '[data-search-input]';
let loaded = false;

/** Loads the search module once; it wires up whatever search areas the page has. */
function load(): void {
	if (loaded) return;
	loaded = true;
	const script = document.createElement('script');
	script.src = searchModule;
	document.head.append(script);
}

function isSearchInput(target: EventTarget | null): boolean {
	return target instanceof Element && target.matches(INPUT);
}

// Shortcuts must not steal "/" or Ctrl+K from someone typing in a field.
function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

for (const type of ['focusin', 'input', 'pointerdown'] as const) {
	document.addEventListener(type, (event) => {
		if (isSearchInput(event.target)) load();
	});
}

document.addEventListener('keydown', (event) => {
	if (isSearchInput(event.target)) load();
	const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
	const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
	if (!(slash && !isTyping(event.target)) && !commandK) return;
	// The box that declares the shortcuts (SearchBox.astro): the header's, or the page's own where the header has none.
	const box = document.querySelector<HTMLInputElement>(`${INPUT}[aria-keyshortcuts]`) ?? document.querySelector<HTMLInputElement>(INPUT);
	if (!box) return;
	event.preventDefault();
	box.focus();
	box.select();
});

// The search page itself reads ?q= on arrival: there the search is the page's purpose.
if (document.querySelector('[data-search-panel]') && new URLSearchParams(location.search).get('q')) load();
