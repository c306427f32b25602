import { copyAndAnnounce } from './clipboard';

// Progressive enhancement: without JavaScript (or without the Clipboard API) readers keep
// the "#" links and the visible permanent link; the copy buttons only appear when they work.
const root = document.querySelector<HTMLElement>('[data-article-share]');
if (root && navigator.clipboard) {
	const { url = '', linkDone = '', replyDone = '', failed = '' } = root.dataset;
	const status = root.querySelector<HTMLElement>('[data-copy-status]')!;
	const button = root.querySelector('template')!.content.firstElementChild!;
	for (const anchor of document.querySelectorAll<HTMLAnchorElement>('.prose .heading-anchor')) {
		const copy = button.cloneNode(true) as HTMLElement;
		const heading = anchor.parentElement?.querySelector('h2,h3')?.textContent ?? '';
		copy.setAttribute(
			'aria-label',
			copy.getAttribute('aria-label')!.replace('{heading}', () => heading.trim()),
		);
		copy.dataset.copy = url + anchor.hash;
		anchor.after(copy);
	}
	document.addEventListener('click', (event) => {
		const target = (event.target as Element).closest<HTMLElement>('[data-copy]');
		if (!target) return;
		const done = target.dataset.kind === 'reply' ? replyDone : linkDone;
		void copyAndAnnounce(target.dataset.copy!, status, done, failed).then((ok) => {
			status.toggleAttribute('data-failed', !ok);
			confirmOn(target, ok ? done : failed, ok);
		});
	});
	root.querySelector<HTMLElement>('[data-share-actions]')!.hidden = false;
}

const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/** Shows `text` as a bubble on the button for a moment (a failure stays longer: it asks the reader to act). */
function confirmOn(button: HTMLElement, text: string, ok: boolean): void {
	clearTimeout(timers.get(button));
	button.dataset.copyState = ok ? 'done' : 'failed';
	button.dataset.copyLabel = text;
	timers.set(
		button,
		setTimeout(
			() => {
				delete button.dataset.copyState;
				delete button.dataset.copyLabel;
			},
			ok ? 2500 : 8000,
		),
	);
}
