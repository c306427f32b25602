/**
 * Time limits for what the admin waits on: a worker's answer (body-check-client.ts) and a read
 * of the Git host (browser/workflow-entries.ts). A request that never answers must end in a
 * message the editor can act on, not in a spinner that turns until the browser gives up.
 */

/** The promise's value, or undefined once `ms` have passed. */
export function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<undefined>((settle) => {
		timer = setTimeout(() => settle(undefined), ms);
	});
	return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** A read that did not answer within its limit. */
export class TimedOut extends Error {
	override name = 'TimedOut';
}

/** The promise's value, or a `TimedOut` rejection naming `what` once `ms` have passed. */
export async function withTimeLimit<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	// Wrapped, so a read whose value is undefined is not taken for a late one.
	const outcome = await within(
		promise.then((value) => ({ value })),
		ms,
	);
	if (outcome === undefined) throw new TimedOut(`${what} did not answer within ${ms} ms`);
	return outcome.value;
}
