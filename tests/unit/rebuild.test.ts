import { describe, expect, it } from 'vitest';
import { deployDecision, MAX_AGE_MS } from '../../scripts/lib/deploy-decision.mjs';
import { boundaryInstants, buildState, commitFromEnv, nextBoundary } from '../../src/features/site/rebuild';

const at = (text: string) => new Date(text);
const iso = (dates: Date[]) => dates.map((date) => date.toISOString());

describe('rebuild boundaries', () => {
	const input = {
		notices: [
			{ start: at('2026-11-23T09:00:00+03:30'), end: at('2026-11-23T18:00:00+03:30') },
			// An open-ended notice has only its start (and the look-ahead before it).
			{ start: at('2026-11-20T08:00:00+03:30') },
		],
		maintenance: [{ start: at('2026-11-24T02:00:00+03:30'), end: at('2026-11-24T04:00:00+03:30') }],
		// Local dates in the site zone, inclusive: from local midnight of `from` to local midnight after `to`.
		hours: [{ from: '2026-11-26', to: '2026-11-27' }],
		lookAheadMs: 48 * 3_600_000,
		timeZone: 'Asia/Tehran',
	};

	it('lists every instant a notice, a maintenance window or an hours change opens or closes, sorted once', () => {
		expect(iso(boundaryInstants(input))).toEqual([
			'2026-11-18T04:30:00.000Z', // 48 h before the open-ended notice: it is sent along hidden from then
			'2026-11-20T04:30:00.000Z',
			'2026-11-21T05:30:00.000Z', // 48 h before the dated notice
			'2026-11-23T05:30:00.000Z',
			'2026-11-23T14:30:00.000Z',
			'2026-11-23T22:30:00.000Z', // maintenance 02:00 Tehran
			'2026-11-24T00:30:00.000Z',
			'2026-11-25T20:30:00.000Z', // 26 Nov 00:00 in Tehran
			'2026-11-27T20:30:00.000Z', // 28 Nov 00:00 in Tehran: the day after `to`
		]);
		expect(boundaryInstants({ ...input, notices: [input.notices[0]!, input.notices[0]!] }).length).toBe(boundaryInstants({ ...input, notices: [input.notices[0]!] }).length);
	});

	it('finds the next boundary strictly after the build clock, or none', () => {
		const instants = boundaryInstants(input);
		expect(nextBoundary(at('2026-11-22T10:00:00+03:30'), instants)?.toISOString()).toBe('2026-11-23T05:30:00.000Z');
		expect(nextBoundary(at('2026-11-23T09:00:00+03:30'), instants)?.toISOString()).toBe('2026-11-23T14:30:00.000Z');
		expect(nextBoundary(at('2026-12-01T00:00:00Z'), instants)).toBeUndefined();
		expect(buildState(at('2026-12-01T00:00:00Z'), 'abc1234', instants)).toEqual({ builtAt: '2026-12-01T00:00:00.000Z', commit: 'abc1234' });
		expect(buildState(at('2026-11-22T10:00:00+03:30'), undefined, instants)).toEqual({ builtAt: '2026-11-22T06:30:00.000Z', nextBoundary: '2026-11-23T05:30:00.000Z' });
	});

	it('takes the commit from the CI that builds, and nothing that is not a hash', () => {
		expect(commitFromEnv({ GITHUB_SHA: 'a'.repeat(40) })).toBe('a'.repeat(40));
		expect(commitFromEnv({ COMMIT_REF: 'abcdef1' })).toBe('abcdef1');
		expect(commitFromEnv({ CF_PAGES_COMMIT_SHA: '"><script>' })).toBeUndefined();
	});
});

describe('the scheduled deploy decision', () => {
	const head = 'b'.repeat(40);
	const now = at('2026-11-22T10:00:00Z');
	const state = { commit: head, builtAt: '2026-11-22T09:45:00Z', nextBoundary: '2026-11-22T12:00:00Z' };

	it('skips when nothing changed and no boundary has passed, saying why', () => {
		expect(deployDecision({ event: 'schedule', head, now, state })).toEqual({
			deploy: false,
			reason: 'nothing changed since 2026-11-22T09:45:00Z and the next notice or window boundary is 2026-11-22T12:00:00Z',
		});
		expect(deployDecision({ event: 'schedule', head, now, state: { commit: head, builtAt: '2026-11-22T09:45:00Z' } }).deploy).toBe(false);
	});

	it('deploys when a boundary has passed, the commit changed, the state is missing or a day old, or on push', () => {
		expect(deployDecision({ event: 'schedule', head, now: at('2026-11-22T12:00:00Z'), state })).toMatchObject({
			deploy: true,
			reason: expect.stringContaining('opened or closed at 2026-11-22T12:00:00Z'),
		});
		expect(deployDecision({ event: 'schedule', head: 'c'.repeat(40), now, state })).toMatchObject({ deploy: true, reason: expect.stringContaining('the content changed') });
		expect(deployDecision({ event: 'schedule', head, now, state: undefined }).deploy).toBe(true);
		expect(deployDecision({ event: 'schedule', head, now, state: 'not json' }).deploy).toBe(true);
		expect(deployDecision({ event: 'schedule', head, now, state: { ...state, nextBoundary: 'soon' } }).deploy).toBe(true);
		expect(deployDecision({ event: 'schedule', head, now: new Date(Date.parse(state.builtAt) + MAX_AGE_MS), state: { commit: head, builtAt: state.builtAt } })).toMatchObject({
			deploy: true,
			reason: expect.stringContaining('more than a day ago'),
		});
		expect(deployDecision({ event: 'push', head, now, state }).deploy).toBe(true);
	});
});
