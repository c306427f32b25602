import type { BodyCheckAnswer, BodyCheckRequest, WorkerNews } from './body-check-client';
import { issueMessages } from './validation';

/**
 * The body check's own thread (a module worker, bundled as `/admin/cms/body-worker.js` by
 * decap-integration.ts): satteri's WebAssembly parses the body here, so a body that takes long
 * to parse (thousands of nested quotes, a huge table) cannot freeze the editor's tab, and the
 * form can stop waiting (body-check-client.ts terminates this worker when it runs out of time).
 * The parser is imported only now, when the first body is saved: the admin's load fetches no WebAssembly.
 */

const scope = globalThis as unknown as { postMessage(message: WorkerNews | BodyCheckAnswer): void; addEventListener(type: 'message', listener: (event: MessageEvent<BodyCheckRequest>) => void): void };

const check = import('./body-check').then(
	(module) => {
		scope.postMessage({ type: 'ready' });
		return module;
	},
	(error: unknown) => {
		// The WebAssembly could not be fetched or started (a build without it, a browser that refuses shared memory).
		console.warn('The body check could not load; bodies are checked when the site builds.', error);
		scope.postMessage({ type: 'unavailable' });
		return undefined;
	},
);

scope.addEventListener('message', (event) => {
	void check.then((module) => answer(event.data, module));
});

/**
 * Checks one request's bodies and answers it, whatever happens: an error thrown here would only
 * reject the promise (an unhandled rejection in the worker, never the page's `error` event), and
 * the page would wait out its limit and tell a crash as a timeout.
 */
function answer({ id, bodies, data, fieldLabel }: BodyCheckRequest, module: typeof import('./body-check') | undefined): void {
	if (!module) {
		scope.postMessage({ type: 'answer', id, outcome: { kind: 'unchecked', why: 'unavailable' } });
		return;
	}
	try {
		const messages = issueMessages(data);
		const refusals = bodies.flatMap(([locale, body]) => {
			const message = module.bodyRefusal(body, messages, fieldLabel);
			return message === undefined ? [] : [{ locale, message }];
		});
		scope.postMessage({ type: 'answer', id, outcome: { kind: 'checked', refusals } });
	} catch (error) {
		// The parser failed ('failed'), or the check's own code threw on this body ('crashed'): the
		// page is told so at once, and starts a fresh worker next time.
		const parser = error instanceof module.BodyCheckFailed;
		console.warn(parser ? 'The body check failed; bodies are checked when the site builds.' : 'The body check crashed; bodies are checked when the site builds.', error);
		scope.postMessage({ type: 'answer', id, outcome: { kind: 'unchecked', why: parser ? 'failed' : 'crashed' } });
	}
}
