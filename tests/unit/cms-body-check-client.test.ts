import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	type BodyCheckAnswer,
	BodyChecker,
	type BodyCheckRequest,
	bodyCheckLimits,
	defaultBodyCheckLimits,
	uncheckedVerdict,
	type WorkerLike,
	type WorkerNews,
} from '../../src/features/cms/browser/body-check-client';

/**
 * The page's side of the body check (browser/body-check-client.ts): the check runs in a worker,
 * and the page stops waiting — and stops the worker — when it takes too long. A fake worker
 * stands in for body-worker.ts; the real one, and a body that would freeze the tab, are in
 * tests/e2e/cms-workflow.spec.ts.
 */

/** A worker that loads (or not) and answers (or never) as told. */
class FakeWorker implements WorkerLike {
	terminated = false;
	posted: BodyCheckRequest[] = [];
	#listeners: { message: Array<(event: { data: BodyCheckAnswer | WorkerNews }) => void>; error: Array<(event: unknown) => void> } = { message: [], error: [] };
	constructor(private readonly behaviour: { loads: boolean | 'never' | 'crashes'; answer?: (request: BodyCheckRequest) => BodyCheckAnswer['outcome'] | 'crash' | undefined }) {
		queueMicrotask(() => {
			if (behaviour.loads === 'crashes') for (const listener of this.#listeners.error) listener(new Error('script failed'));
			else if (behaviour.loads !== 'never') this.#send({ type: behaviour.loads ? 'ready' : 'unavailable' });
		});
	}
	#send(data: BodyCheckAnswer | WorkerNews): void {
		if (this.terminated) return;
		for (const listener of this.#listeners.message) listener({ data });
	}
	addEventListener(type: 'message' | 'error', listener: (event: never) => void): void {
		this.#listeners[type].push(listener as never);
	}
	postMessage(message: BodyCheckRequest): void {
		this.posted.push(message);
		const outcome = this.behaviour.answer?.(message);
		if (outcome === 'crash') setTimeout(() => this.crash(), 1);
		else if (outcome) setTimeout(() => this.#send({ type: 'answer', id: message.id, outcome }), 1);
	}
	terminate(): void {
		this.terminated = true;
	}
	/** Answers request `id` now (a test's own timing). */
	answerNow(id: number, outcome: BodyCheckAnswer['outcome']): void {
		this.#send({ type: 'answer', id, outcome });
	}
	/** The worker's script throws (as a worker that runs out of memory or hits a bug). */
	crash(): void {
		for (const listener of this.#listeners.error) listener(new Error('worker crashed'));
	}
}

const data: BodyCheckRequest['data'] = { strings: {}, uiIntl: { locale: 'fa', bcp47: 'fa-IR', calendar: 'persian', numberingSystem: 'arabext' }, timeZone: 'Asia/Tehran' };
const limits = { loadMs: 200, checkMs: 50 };

/** A checker over fake workers, and every worker it started. */
function checker(behaviour: ConstructorParameters<typeof FakeWorker>[0]) {
	const started: FakeWorker[] = [];
	return {
		started,
		checker: new BodyChecker(() => {
			const worker = new FakeWorker(behaviour);
			started.push(worker);
			return worker;
		}, limits),
	};
}

describe('the body check in a worker, with a time limit', () => {
	it('passes the worker’s refusals on, by language, and keeps the worker for the next save', async () => {
		const { checker: check, started } = checker({ loads: true, answer: (request) => ({ kind: 'checked', refusals: request.bodies.map(([locale]) => ({ locale, message: `refused ${locale}` })) }) });
		expect(await check.check([['fa', '<iframe>']], data, 'متن')).toEqual({ kind: 'checked', refusals: [{ locale: 'fa', message: 'refused fa' }] });
		expect(await check.check([['ar', '<iframe>']], data, 'متن')).toEqual({ kind: 'checked', refusals: [{ locale: 'ar', message: 'refused ar' }] });
		expect(started).toHaveLength(1);
		expect(started[0]!.posted.map((request) => request.fieldLabel)).toEqual(['متن', 'متن']);
	});

	it('stops waiting after the limit, terminates the worker, and starts a fresh one for the next save', async () => {
		let slow = true;
		const { checker: check, started } = checker({ loads: true, answer: () => (slow ? undefined : { kind: 'checked', refusals: [] }) });
		expect(await check.check([['fa', '> '.repeat(10)]], data, 'متن')).toEqual({ kind: 'unchecked', why: 'timeout', locale: 'fa', refusals: [], unchecked: [{ locale: 'fa', why: 'timeout' }] });
		expect(started[0]!.terminated, 'the running check is stopped').toBe(true);
		slow = false;
		expect(await check.check([['fa', 'متن']], data, 'متن')).toEqual({ kind: 'checked', refusals: [] });
		expect(started).toHaveLength(2);
		expect(started[1]!.terminated).toBe(false);
	});

	it('says the body was not checked when the parser cannot load, fails, never loads, or the worker crashes', async () => {
		expect(await checker({ loads: false }).checker.check([['fa', 'x']], data, 'متن')).toEqual({
			kind: 'unchecked',
			why: 'unavailable',
			locale: 'fa',
			refusals: [],
			unchecked: [{ locale: 'fa', why: 'unavailable' }],
		});
		// Crashed before the parser loaded: no body had been sent, so it is told apart from a crash on a body.
		expect(await checker({ loads: 'crashes' }).checker.check([['fa', 'x']], data, 'متن')).toEqual({
			kind: 'unchecked',
			why: 'loadCrashed',
			locale: 'fa',
			refusals: [],
			unchecked: [{ locale: 'fa', why: 'loadCrashed' }],
		});
		// Not loaded in time is told as the load's limit, not the check's (the notice names the real limit).
		const never = checker({ loads: 'never' });
		expect(await never.checker.check([['fa', 'x']], data, 'متن')).toEqual({ kind: 'unchecked', why: 'loadTimeout', locale: 'fa', refusals: [], unchecked: [{ locale: 'fa', why: 'loadTimeout' }] });
		expect(never.started[0]!.terminated).toBe(true);
		const failing = checker({ loads: true, answer: () => ({ kind: 'unchecked', why: 'failed' }) });
		expect(await failing.checker.check([['fa', 'x']], data, 'متن')).toEqual({ kind: 'unchecked', why: 'failed', locale: 'fa', refusals: [], unchecked: [{ locale: 'fa', why: 'failed' }] });
		expect(failing.started[0]!.terminated, 'a parser that failed is not reused').toBe(true);
	});

	it('a worker that crashes during a check is told as a crash, at once, and the next save starts a fresh worker (not a timeout)', async () => {
		let crash = true;
		const started: FakeWorker[] = [];
		// A limit no run of this test reaches: had the crash been left to the limit, the outcome
		// would be "timeout" (checked above), not "crashed".
		const check = new BodyChecker(
			() => {
				const worker = new FakeWorker({ loads: true, answer: () => (crash ? 'crash' : { kind: 'checked', refusals: [] }) });
				started.push(worker);
				return worker;
			},
			{ ...limits, checkMs: 30_000 },
		);
		expect(await check.check([['fa', 'x']], data, 'متن'), 'told when it crashed, not after the check’s limit').toEqual({
			kind: 'unchecked',
			why: 'crashed',
			locale: 'fa',
			refusals: [],
			unchecked: [{ locale: 'fa', why: 'crashed' }],
		});
		expect(started[0]!.terminated).toBe(true);
		crash = false;
		// The crashed worker is not asked again: it would never answer, and the save would be told "not in time".
		expect(await check.check([['fa', 'x']], data, 'متن')).toEqual({ kind: 'checked', refusals: [] });
		expect(started).toHaveLength(2);
		expect(started[0]!.posted).toHaveLength(1);
	});

	it('a check waiting behind one that timed out runs on a fresh worker with its own limit, and is told only its own outcome', async () => {
		// Bodies named "slow" are never answered; the others at once.
		const started: FakeWorker[] = [];
		const start = () => {
			const worker = new FakeWorker({ loads: true, answer: (request) => (request.bodies[0]![1] === 'slow' ? undefined : { kind: 'checked', refusals: [] }) });
			started.push(worker);
			return worker;
		};
		const check = new BodyChecker(start, { loadMs: 200, checkMs: 40 });
		const [a, b] = await Promise.all([check.check([['fa', 'slow']], data, 'متن'), check.check([['fa', 'fine']], data, 'متن')]);
		expect(a).toEqual({ kind: 'unchecked', why: 'timeout', locale: 'fa', refusals: [], unchecked: [{ locale: 'fa', why: 'timeout' }] });
		expect(b, 'B never ran out of time: A did').toEqual({ kind: 'checked', refusals: [] });
		expect(started).toHaveLength(2);
		expect(started[0]!.terminated).toBe(true);
		expect(
			started[0]!.posted.map((request) => request.bodies[0]![1]),
			'one body at a time in a worker',
		).toEqual(['slow']);
		expect(started[1]!.terminated).toBe(false);
	});

	it('a crash is told only to the body under check when the worker died; a body waiting behind it is checked on a fresh worker', async () => {
		const { checker: check, started } = checker({ loads: true, answer: (request) => (request.bodies[0]![1] === 'A' ? 'crash' : { kind: 'checked', refusals: [] }) });
		const [a, b] = await Promise.all([check.check([['fa', 'A']], data, 'متن'), check.check([['fa', 'B']], data, 'متن')]);
		expect(a).toEqual({ kind: 'unchecked', why: 'crashed', locale: 'fa', refusals: [], unchecked: [{ locale: 'fa', why: 'crashed' }] });
		expect(b, 'B was never the body that crashed').toEqual({ kind: 'checked', refusals: [] });
		expect(started).toHaveLength(2);
	});

	it('says so when no worker can be started at all', async () => {
		const check = new BodyChecker(() => {
			throw new Error('workers refused');
		}, limits);
		expect(await check.check([['fa', 'x']], data, 'متن')).toEqual({ kind: 'unchecked', why: 'unavailable', locale: 'fa', refusals: [], unchecked: [{ locale: 'fa', why: 'unavailable' }] });
	});
});

describe('each body of an entry checked alone, with its own limit', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('gives every language its whole limit: two bodies of 60 ms each pass a 100 ms limit (together they would not)', async () => {
		vi.useFakeTimers();
		const started: FakeWorker[] = [];
		const check = new BodyChecker(
			() => {
				const worker = new FakeWorker({ loads: true });
				// 60 ms (fake time) for each body a request holds.
				worker.postMessage = (message) => {
					worker.posted.push(message);
					const refusals = message.bodies.filter(([, body]) => body.includes('<iframe>')).map(([locale]) => ({ locale, message: `refused ${locale}` }));
					setTimeout(() => worker.answerNow(message.id, { kind: 'checked', refusals }), 60 * message.bodies.length);
				};
				started.push(worker);
				return worker;
			},
			{ loadMs: 1_000, checkMs: 100 },
		);
		const outcome = check.check(
			[
				['fa', 'متن'],
				['ar', '<iframe>'],
			],
			data,
			'متن',
		);
		await vi.advanceTimersByTimeAsync(130);
		expect(await outcome, 'neither body ran out of its 100 ms').toEqual({ kind: 'checked', refusals: [{ locale: 'ar', message: 'refused ar' }] });
		expect(
			started[0]!.posted.map((request) => request.bodies.map(([locale]) => locale)),
			'one body to a request',
		).toEqual([['fa'], ['ar']]);
		expect(started).toHaveLength(1);
	});

	it('blames the body that ran out of time, by its language, and keeps the refusals found before it', async () => {
		vi.useFakeTimers();
		const check = new BodyChecker(
			() => {
				const worker = new FakeWorker({ loads: true });
				worker.postMessage = (message) => {
					worker.posted.push(message);
					// A request holding the English body never answers; the others at once.
					if (message.bodies.some(([locale]) => locale === 'en')) return;
					const refusals = message.bodies.filter(([, body]) => body.includes('<iframe>')).map(([locale]) => ({ locale, message: `refused ${locale}` }));
					setTimeout(() => worker.answerNow(message.id, { kind: 'checked', refusals }), 1);
				};
				return worker;
			},
			{ loadMs: 1_000, checkMs: 100 },
		);
		const outcome = check.check(
			[
				['fa', 'متن'],
				['ar', '<iframe>'],
				['en', '> > > slow'],
			],
			data,
			'متن',
		);
		await vi.advanceTimersByTimeAsync(200);
		expect(await outcome).toEqual({ kind: 'unchecked', why: 'timeout', locale: 'en', refusals: [{ locale: 'ar', message: 'refused ar' }], unchecked: [{ locale: 'en', why: 'timeout' }] });
	});

	it('blames the body under check when the worker crashed, not the first one', async () => {
		const { checker: check } = checker({ loads: true, answer: (request) => (request.bodies.some(([locale]) => locale === 'ar') ? 'crash' : { kind: 'checked', refusals: [] }) });
		expect(
			await check.check(
				[
					['fa', 'x'],
					['ar', 'y'],
				],
				data,
				'متن',
			),
		).toEqual({ kind: 'unchecked', why: 'crashed', locale: 'ar', refusals: [], unchecked: [{ locale: 'ar', why: 'crashed' }] });
	});
});

describe('the bodies after one that was not checked', () => {
	/** A checker whose worker never answers for the bodies `slow` names, crashes on those `crash` names, and refuses an `<iframe>`. */
	function behaving({ slow = [] as string[], crash = [] as string[] }) {
		return checker({
			loads: true,
			answer: (request) => {
				const [locale] = request.bodies[0]!;
				if (slow.includes(locale)) return undefined;
				if (crash.includes(locale)) return 'crash';
				return { kind: 'checked', refusals: request.bodies.filter(([, body]) => body.includes('<iframe>')).map(([where]) => ({ locale: where, message: `refused ${where}` })) };
			},
		});
	}

	it('are still checked, on a fresh worker each with its own limit, after one timed out: a refusal in another language is found', async () => {
		const { checker: check, started } = behaving({ slow: ['fa'] });
		const outcome = await check.check(
			[
				['fa', '> > > slow'],
				['ar', '<iframe>'],
				['en', 'fine'],
			],
			data,
			'متن',
		);
		expect(started.flatMap((worker) => worker.posted.map((request) => request.bodies[0]![0]))).toEqual(['fa', 'ar', 'en']);
		expect(started).toHaveLength(2);
		expect(outcome).toEqual({ kind: 'unchecked', why: 'timeout', locale: 'fa', refusals: [{ locale: 'ar', message: 'refused ar' }], unchecked: [{ locale: 'fa', why: 'timeout' }] });
	});

	it('are still checked after a crash, and every body not checked is named', async () => {
		const { checker: check } = behaving({ crash: ['fa'], slow: ['en'] });
		const outcome = await check.check(
			[
				['fa', 'x'],
				['ar', '<iframe>'],
				['en', 'y'],
			],
			data,
			'متن',
		);
		expect(outcome).toEqual({
			kind: 'unchecked',
			why: 'crashed',
			locale: 'fa',
			refusals: [{ locale: 'ar', message: 'refused ar' }],
			unchecked: [
				{ locale: 'fa', why: 'crashed' },
				{ locale: 'en', why: 'timeout' },
			],
		});
	});

	it('are told as not checked for the same reason, without another wait, when the checker could not load', async () => {
		const never = checker({ loads: 'never' });
		const outcome = await never.checker.check(
			[
				['fa', 'x'],
				['ar', '<iframe>'],
			],
			data,
			'متن',
		);
		expect(outcome).toEqual({
			kind: 'unchecked',
			why: 'loadTimeout',
			locale: 'fa',
			refusals: [],
			unchecked: [
				{ locale: 'fa', why: 'loadTimeout' },
				{ locale: 'ar', why: 'loadTimeout' },
			],
		});
		expect(never.started, 'one load waited for, not one per language').toHaveLength(1);
	});
});

describe('a body no check could finish is saved but not published', () => {
	it('refuses the publish when the worker crashed checking the body, as when the check ran out of time or the parser failed on it', async () => {
		const { checker: check } = checker({ loads: true, answer: () => 'crash' });
		const outcome = await check.check([['fa', '> '.repeat(100_000)]], data, 'متن');
		expect(outcome).toEqual({ kind: 'unchecked', why: 'crashed', locale: 'fa', refusals: [], unchecked: [{ locale: 'fa', why: 'crashed' }] });
		if (outcome.kind !== 'unchecked') throw new Error('checked');
		expect(uncheckedVerdict(outcome.why, true)).toEqual({ refuse: 'publish.bodyCrashed' });
		expect(uncheckedVerdict('failed', true)).toEqual({ refuse: 'publish.bodyCrashed' });
		expect(uncheckedVerdict('timeout', true)).toEqual({ refuse: 'publish.bodyTimedOut' });
	});

	it('lets a save of that body go on, telling the editor why it was not checked', () => {
		expect(uncheckedVerdict('crashed', false)).toEqual({ notice: 'body.crashed' });
		expect(uncheckedVerdict('failed', false)).toEqual({ notice: 'body.unchecked' });
		expect(uncheckedVerdict('timeout', false)).toEqual({ notice: 'body.timedOut' });
	});

	it('does not refuse a publish when the check never reached the body (it could not load, or crashed or timed out loading)', async () => {
		const outcome = await checker({ loads: 'crashes' }).checker.check([['fa', 'x']], data, 'متن');
		if (outcome.kind !== 'unchecked') throw new Error('checked');
		expect(uncheckedVerdict(outcome.why, true)).toEqual({ notice: 'body.crashed' });
		expect(uncheckedVerdict('loadTimeout', true)).toEqual({ notice: 'body.loadTimedOut' });
		expect(uncheckedVerdict('unavailable', true)).toEqual({ notice: 'body.unchecked' });
	});
});

describe('the limits a page was given (a browser test shortens them to prove the timeout in seconds)', () => {
	it('takes positive numbers of milliseconds, each on its own', () => {
		expect(bodyCheckLimits({ checkMs: 2000 })).toEqual({ loadMs: defaultBodyCheckLimits.loadMs, checkMs: 2000 });
		expect(bodyCheckLimits({ loadMs: 5000, checkMs: 1500 })).toEqual({ loadMs: 5000, checkMs: 1500 });
	});
	it('keeps the defaults for nothing given or anything else', () => {
		for (const given of [undefined, null, 'fast', 3, { checkMs: 0 }, { checkMs: -1 }, { checkMs: Number.POSITIVE_INFINITY }, { checkMs: '2000' }]) {
			expect(bodyCheckLimits(given), JSON.stringify(given) ?? String(given)).toEqual(defaultBodyCheckLimits);
		}
	});
});
