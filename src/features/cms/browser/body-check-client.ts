import type { CmsAdminData } from '../cms-config';
import { within } from '../time-limit';

/**
 * The page's side of the body check. The check (body-check.ts: the build's allow-list and
 * satteri's WebAssembly) runs in a dedicated worker (body-worker.ts), never on the page's
 * thread: a body built to be slow to parse would otherwise freeze the editor's tab, with no
 * way to stop it. Here the page waits for the worker's answer with a time limit; past it the
 * worker is terminated (the only way to stop WebAssembly that is running) and the save is told
 * the body was not checked in time. The save then goes on, as when the check cannot run at all:
 * the build runs the same check, refuses such a body naming file, line and column, and a slow
 * device must not keep an editor from saving a long but valid article.
 */

/** What the worker is asked: bodies of the languages that will be written, and what the messages need. */
export interface BodyCheckRequest {
	id: number;
	/** `[locale, body]` pairs (`BodyChecker` sends one body to a request, each with its own limit). */
	bodies: Array<[string, string]>;
	data: Pick<CmsAdminData, 'strings' | 'uiIntl' | 'timeZone'>;
	/** The body field's label in the form, for the messages. */
	fieldLabel: string;
}

/**
 * Why a body was not checked: the check could not load; the parser itself failed on this body
 * (trapped, out of stack or memory); the worker crashed while checking it (its script threw, or
 * it died); the worker crashed before it had loaded the parser (no body had been sent); the
 * parser did not load within `loadMs`; or the check ran out of its `checkMs`. Each is told as
 * what it is, and the three that happened on this very body refuse its publish (`uncheckedVerdict`).
 */
export type UncheckedWhy = 'unavailable' | 'failed' | 'crashed' | 'loadCrashed' | 'loadTimeout' | 'timeout';

/** What the form does with a body that was not checked: refuse the publish, or save and tell (strings' keys). */
export type UncheckedVerdict = { refuse: 'publish.bodyTimedOut' | 'publish.bodyCrashed' } | { notice: 'body.timedOut' | 'body.loadTimedOut' | 'body.crashed' | 'body.unchecked' };

/**
 * The form's answer to a body that was not checked. A save goes on whatever the reason (the
 * draft keeps the body; the build runs the same check and refuses a bad body naming file, line
 * and column). A publish is refused when no check could finish on this body: it ran out of time,
 * the parser failed on it, or the worker died checking it. Such a body is almost always one the
 * build refuses, and on the main branch it would stop every later deploy until someone fixed it.
 * When the check never reached the body (could not load, crashed or timed out while loading),
 * the publish goes on, as in a browser that cannot run the check at all: the build is the gate.
 */
export function uncheckedVerdict(why: UncheckedWhy, publishing: boolean): UncheckedVerdict {
	if (publishing && why === 'timeout') return { refuse: 'publish.bodyTimedOut' };
	if (publishing && (why === 'crashed' || why === 'failed')) return { refuse: 'publish.bodyCrashed' };
	if (why === 'timeout') return { notice: 'body.timedOut' };
	if (why === 'loadTimeout') return { notice: 'body.loadTimedOut' };
	if (why === 'crashed' || why === 'loadCrashed') return { notice: 'body.crashed' };
	return { notice: 'body.unchecked' };
}

/** A body the check refused: its language, and the message naming line, column and what is not allowed. */
export interface BodyRefusal {
	locale: string;
	message: string;
}

/** A body that was not checked: its language, and why (`UncheckedWhy`). */
export interface UncheckedBody {
	locale: string;
	why: UncheckedWhy;
}

/**
 * The outcome of one check: each refused body's message, by language, or why a body was not
 * checked. An unchecked outcome from `BodyChecker.check` lists every body not checked
 * (`unchecked`, in the order given; `why` and `locale` are the first's: the body that ran out of
 * time, or under check when the worker crashed) and keeps the refusals of every body that was
 * checked, before it or after; the worker's own answer names none of them.
 */
export type BodyCheckOutcome = { kind: 'checked'; refusals: BodyRefusal[] } | { kind: 'unchecked'; why: UncheckedWhy; locale?: string; refusals?: BodyRefusal[]; unchecked?: UncheckedBody[] };

/** Whether the check got as far as the body: a worker that could not load (or start) reaches no body, so names none. */
export function reachedBody(why: UncheckedWhy): boolean {
	return why === 'timeout' || why === 'crashed' || why === 'failed';
}

/** The worker's answer to one request. */
export interface BodyCheckAnswer {
	type: 'answer';
	id: number;
	outcome: BodyCheckOutcome;
}

/** What the worker says once, after it has tried to load the parser. */
export interface WorkerNews {
	type: 'ready' | 'unavailable';
}

/** The part of a `Worker` used here (a fake one in unit tests). */
export interface WorkerLike {
	postMessage(message: BodyCheckRequest): void;
	terminate(): void;
	addEventListener(type: 'message', listener: (event: { data: BodyCheckAnswer | WorkerNews }) => void): void;
	addEventListener(type: 'error', listener: (event: unknown) => void): void;
}

/** How long the page waits: for the parser to load (3 MB of WebAssembly on the first save), and for one check. */
export interface BodyCheckLimits {
	loadMs: number;
	checkMs: number;
}

/**
 * Defaults: a minute to fetch and start the WebAssembly on a slow connection; ten seconds for
 * the check, where a valid body of the largest size allowed (256 KB) takes about a second in
 * Chromium on a two-core machine.
 */
export const defaultBodyCheckLimits: BodyCheckLimits = { loadMs: 60_000, checkMs: 10_000 };

/**
 * The limits in force: the defaults, or a shorter or longer value the page was given before the
 * admin loaded (`globalThis.bayanBodyCheckLimits`, set only by a browser test through an init
 * script, so it proves the timeout in seconds rather than waiting the real ten). Anything that
 * is not a positive finite number of milliseconds is ignored: the default stays.
 */
export function bodyCheckLimits(given: unknown, defaults: BodyCheckLimits = defaultBodyCheckLimits): BodyCheckLimits {
	const asked = typeof given === 'object' && given !== null ? (given as Partial<Record<keyof BodyCheckLimits, unknown>>) : {};
	const valid = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;
	return { loadMs: valid(asked.loadMs) ? asked.loadMs : defaults.loadMs, checkMs: valid(asked.checkMs) ? asked.checkMs : defaults.checkMs };
}

/** A started worker: whether it loaded the parser (or crashed first), and the checks waiting for its answer. */
interface RunningWorker {
	worker: WorkerLike;
	ready: Promise<'ready' | 'unavailable' | 'crashed'>;
	answers: Map<number, (outcome: BodyCheckOutcome) => void>;
}

/**
 * One worker at a time, started on the first check and again after one was terminated; one body
 * at a time in it, each with its own `checkMs` (an entry's languages are checked one after another,
 * so a long Persian body does not eat the Arabic one's time, and the body that ran out is the one
 * named). The worker checks one body after another, so a check posted behind another
 * would spend part of its time limit waiting, and when the worker died or was stopped there would
 * be no telling which body did it: each waiting body would be told "crashed" or "not in time", and
 * its publish refused. Checked one at a time, only the body under check when the worker died is
 * told so; the next starts on a fresh worker with its whole limit.
 */
export class BodyChecker {
	#worker: RunningWorker | undefined;
	#nextId = 1;
	/** The check under way (or none): the next waits for it. */
	#queue: Promise<unknown> = Promise.resolve();

	/**
	 * @param start creates the worker (`new Worker(…, { type: 'module' })` in the admin).
	 * @param limits how long to wait (defaults above).
	 */
	constructor(
		private readonly start: () => WorkerLike,
		private readonly limits: BodyCheckLimits = defaultBodyCheckLimits,
	) {}

	/** The running worker, or a new one: `ready` says whether it has loaded the parser, cannot, or crashed. */
	#current() {
		if (this.#worker) return this.#worker;
		let worker: WorkerLike;
		try {
			worker = this.start();
		} catch (error) {
			console.warn('The body check’s worker could not start; bodies are checked when the site builds.', error);
			return undefined;
		}
		const answers = new Map<number, (outcome: BodyCheckOutcome) => void>();
		let running: RunningWorker | undefined;
		const ready = new Promise<'ready' | 'unavailable' | 'crashed'>((settle) => {
			worker.addEventListener('message', ({ data }) => {
				if (data.type === 'ready') settle('ready');
				else if (data.type === 'unavailable') settle('unavailable');
				else if (data.type === 'answer') {
					answers.get(data.id)?.(data.outcome);
					answers.delete(data.id);
				}
			});
			// The worker's script failed to load or threw: nothing more will come from it. It is
			// dropped at once, so the next save starts a fresh worker instead of posting to this one
			// and waiting out the check's limit (a crash told as a timeout, and a publish refused).
			worker.addEventListener('error', (event) => {
				console.warn('The body check’s worker crashed; bodies are checked when the site builds.', event);
				settle('crashed');
				if (running && this.#worker === running) this.#worker = undefined;
				worker.terminate();
				for (const answer of answers.values()) answer({ kind: 'unchecked', why: 'crashed' });
				answers.clear();
			});
		});
		running = { worker, ready, answers };
		this.#worker = running;
		return running;
	}

	/**
	 * Stops `which` (and the check it is running), if it is still the current worker; the next
	 * check starts a fresh one. A check still waiting on it (none while checks run one at a time,
	 * `check`) would be answered "not checked in time" at once: it will never answer. A check that
	 * gave up on an older worker must not stop the one another check has started since.
	 */
	#stop(which: RunningWorker): void {
		if (this.#worker !== which) return;
		this.#worker = undefined;
		which.worker.terminate();
		for (const answer of which.answers.values()) answer({ kind: 'unchecked', why: 'timeout' });
		which.answers.clear();
	}

	/**
	 * Checks the bodies in the worker, one after another, each within the limits, after any check
	 * under way; never throws. A body that ran out of time, or on which the parser failed or the
	 * worker died, does not end the check: the bodies after it are checked on a fresh worker, each
	 * with its own limit, so a refusal in another language is still found, and every body not
	 * checked is named (`unchecked`). A checker that could not load reaches no body: the rest are
	 * told as not checked for the same reason, without waiting for another load.
	 */
	check(bodies: Array<[string, string]>, data: BodyCheckRequest['data'], fieldLabel: string): Promise<BodyCheckOutcome> {
		const outcome = this.#queue.then(() => this.#checkEach(bodies, data, fieldLabel));
		this.#queue = outcome.catch(() => undefined);
		return outcome;
	}

	/** Each body alone (`check`). */
	async #checkEach(bodies: Array<[string, string]>, data: BodyCheckRequest['data'], fieldLabel: string): Promise<BodyCheckOutcome> {
		const refusals: BodyRefusal[] = [];
		const unchecked: UncheckedBody[] = [];
		for (const [locale, body] of bodies) {
			const unreached = unchecked.find((earlier) => !reachedBody(earlier.why));
			if (unreached) {
				unchecked.push({ locale, why: unreached.why });
				continue;
			}
			const outcome = await this.#checkNow([[locale, body]], data, fieldLabel);
			if (outcome.kind === 'unchecked') unchecked.push({ locale, why: outcome.why });
			else refusals.push(...outcome.refusals);
		}
		const [first] = unchecked;
		return first ? { kind: 'unchecked', why: first.why, locale: first.locale, refusals, unchecked } : { kind: 'checked', refusals };
	}

	/** One body's check, alone in the worker, within its own limit (`check`). */
	async #checkNow(bodies: Array<[string, string]>, data: BodyCheckRequest['data'], fieldLabel: string): Promise<BodyCheckOutcome> {
		const current = this.#current();
		if (!current) return { kind: 'unchecked', why: 'unavailable' };
		const loaded = await within(current.ready, this.limits.loadMs);
		if (loaded !== 'ready') {
			// Not loaded in time, could not load, or crashed: a worker that cannot check is of no further use.
			this.#stop(current);
			// A crash before the parser loaded happened before this body was sent: not the body's doing.
			return { kind: 'unchecked', why: loaded === undefined ? 'loadTimeout' : loaded === 'crashed' ? 'loadCrashed' : loaded };
		}
		const id = this.#nextId++;
		const answer = new Promise<BodyCheckOutcome>((settle) => current.answers.set(id, settle));
		current.worker.postMessage({ id, bodies, data, fieldLabel });
		const outcome = await within(answer, this.limits.checkMs);
		if (outcome === undefined) {
			this.#stop(current);
			return { kind: 'unchecked', why: 'timeout' };
		}
		if (outcome.kind === 'unchecked') this.#stop(current);
		return outcome;
	}
}
