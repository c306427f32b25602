import { rowMatches } from '../console-filter';
import { copyAndAnnounce } from './clipboard';
import { formatMessage, type PluralMessage } from '../../../core/message-format';

// The table is complete without JavaScript; this adds the filter, the keyboard
// (/ filter, ↑ ↓ Home End rows, Enter reply, Shift+Enter short link) and copying.
const root = document.querySelector<HTMLElement>('[data-agent-console]');
if (root) {
	const data = root.dataset;
	const filter = root.querySelector<HTMLInputElement>('[data-console-filter]')!;
	const rows = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-row]')];
	const status = root.querySelector<HTMLElement>('[data-copy-status]')!;
	const count = root.querySelector<HTMLElement>('[data-console-count]')!;
	const messages = JSON.parse(data.count!) as PluralMessage;
	const numbers = { bcp47: data.bcp47 ?? document.documentElement.lang, numberingSystem: data.digits };
	let current = rows[0];
	let timer: ReturnType<typeof setTimeout> | undefined;

	const visible = () => rows.filter((row) => !row.hidden);
	const rove = (row: HTMLTableRowElement | undefined) => {
		if (current) current.tabIndex = -1;
		current = row;
		if (row) row.tabIndex = 0;
	};
	const copy = (button: HTMLElement) => copyAndAnnounce(button.dataset.copy!, status, button.dataset.kind === 'reply' ? data.replyDone! : data.linkDone!, data.failed!);
	// The chosen language, else the same fallback as /go/: default locale, then site order.
	const copyFrom = (row: HTMLTableRowElement, kind: string) => {
		const lang = root.querySelector<HTMLInputElement>('[name="reply-lang"]:checked')?.value;
		const button = [lang, data.defaultLocale, ''].map((l) => row.querySelector<HTMLElement>(`[data-kind="${kind}"]${l ? `[data-lang="${l}"]` : ''}`)).find(Boolean);
		if (button) void copy(button);
	};

	filter.addEventListener('input', () => {
		let shown = 0;
		for (const row of rows) {
			row.hidden = !rowMatches(row.dataset.search!, filter.value);
			if (!row.hidden) shown++;
		}
		if (!current || current.hidden) rove(visible()[0]);
		// Announced once typing pauses, not on every key.
		clearTimeout(timer);
		timer = setTimeout(() => {
			count.textContent = formatMessage(messages, { count: shown }, numbers);
		}, 500);
	});

	root.addEventListener('keydown', (event) => {
		const { key, target } = event;
		if (target === filter) {
			if (key === 'ArrowDown' || key === 'Enter') {
				event.preventDefault();
				const first = visible()[0];
				rove(first);
				first?.focus();
			} else if (key === 'Escape' && filter.value) {
				filter.value = '';
				filter.dispatchEvent(new Event('input'));
			}
			return;
		}
		const row = target as HTMLTableRowElement;
		if (!rows.includes(row)) return; // buttons and links inside a row keep their own keys
		const list = visible();
		const at = list.indexOf(row);
		const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: list.length - 1, PageDown: at + 10, PageUp: at - 10 };
		if (key in moves) {
			event.preventDefault();
			if (key === 'ArrowUp' && at === 0) return filter.focus();
			const next = list[Math.max(0, Math.min(list.length - 1, moves[key]!))];
			rove(next);
			next?.focus();
		} else if (key === 'Enter') {
			event.preventDefault();
			copyFrom(row, event.shiftKey ? 'link' : 'reply');
		} else if (key === 'Escape') {
			filter.focus();
		}
	});

	root.addEventListener('focusin', ({ target }) => {
		if (rows.includes(target as HTMLTableRowElement)) rove(target as HTMLTableRowElement);
	});

	root.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLElement>('button[data-copy]');
		if (button) void copy(button);
	});

	document.addEventListener('keydown', (event) => {
		if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
		if ((event.target as Element).closest('input, textarea, select, [contenteditable]')) return;
		event.preventDefault();
		filter.focus();
		filter.select();
	});

	rove(current);
	root.querySelector<HTMLElement>('[data-console-tools]')!.hidden = false;
	root.toggleAttribute('data-ready', true);
}
