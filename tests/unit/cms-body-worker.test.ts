import { afterEach, expect, it, vi } from 'vitest';
import type { BodyCheckAnswer, BodyCheckRequest, WorkerNews } from '../../src/features/cms/browser/body-check-client';

/**
 * The worker's own side of the body check (browser/body-worker.ts), run in this thread over a
 * stand-in for its global scope: whatever happens while checking a body, the page gets an answer.
 */

class BodyCheckFailed extends Error {}
const bodyRefusal = vi.fn((_body: string): string | undefined => undefined);
vi.mock('../../src/features/cms/browser/body-check', () => ({ BodyCheckFailed, bodyRefusal: (body: string) => bodyRefusal(body) }));

const posted: Array<WorkerNews | BodyCheckAnswer> = [];
let onMessage: ((event: { data: BodyCheckRequest }) => void) | undefined;
Object.assign(globalThis, {
	postMessage: (message: WorkerNews | BodyCheckAnswer) => posted.push(message),
	addEventListener: (type: string, listener: (event: { data: BodyCheckRequest }) => void) => {
		if (type === 'message') onMessage = listener;
	},
});
await import('../../src/features/cms/browser/body-worker');

const data: BodyCheckRequest['data'] = { strings: {}, uiIntl: { locale: 'fa', bcp47: 'fa-IR', calendar: 'persian', numberingSystem: 'arabext' }, timeZone: 'Asia/Tehran' };

/** Sends one request and waits for its answer. */
async function ask(id: number, body: string): Promise<BodyCheckAnswer['outcome'] | undefined> {
	onMessage?.({ data: { id, bodies: [['fa', body]], data, fieldLabel: 'متن' } });
	await vi.waitFor(() => expect(posted.some((message) => message.type === 'answer' && message.id === id)).toBe(true));
	return posted.find((message): message is BodyCheckAnswer => message.type === 'answer' && message.id === id)?.outcome;
}

afterEach(() => {
	bodyRefusal.mockReset();
	vi.restoreAllMocks();
});

it('says it is ready, and answers a body it checked', async () => {
	await vi.waitFor(() => expect(posted).toContainEqual({ type: 'ready' }));
	bodyRefusal.mockReturnValue('refused');
	expect(await ask(1, '<iframe>')).toEqual({ kind: 'checked', refusals: [{ locale: 'fa', message: 'refused' }] });
});

it('answers "failed" when the parser failed, and "crashed" when the check’s own code threw: never no answer', async () => {
	vi.spyOn(console, 'warn').mockImplementation(() => undefined);
	bodyRefusal.mockImplementation(() => {
		throw new BodyCheckFailed('out of stack');
	});
	expect(await ask(2, 'x')).toEqual({ kind: 'unchecked', why: 'failed' });
	bodyRefusal.mockImplementation(() => {
		throw new TypeError('Cannot read properties of undefined');
	});
	expect(await ask(3, 'x')).toEqual({ kind: 'unchecked', why: 'crashed' });
});
