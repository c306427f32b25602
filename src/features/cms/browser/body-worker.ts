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
	void check.then((module) => {
		const { id, bodies, data, fieldLabel } = event.data;
		if (!module) return scope.postMessage({ type: 'answer', id, outcome: { kind: 'unchecked', why: 'unavailable' } });
		const messages = issueMessages(data);
		try {
			const refusals = bodies.flatMap(([locale, body]) => {
				const message = module.bodyRefusal(body, messages, fieldLabel);
				return message === undefined ? [] : [{ locale, message }];
			});
			scope.postMessage({ type: 'answer', id, outcome: { kind: 'checked', refusals } });
		} catch (error) {
			if (!(error instanceof module.BodyCheckFailed)) throw error;
			// The parser failed, not the body: the page is told so and starts a fresh worker next time.
			console.warn('The body check failed; bodies are checked when the site builds.', error);
			scope.postMessage({ type: 'answer', id, outcome: { kind: 'unchecked', why: 'failed' } });
		}
	});
});
