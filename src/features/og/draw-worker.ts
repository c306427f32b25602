/**
 * A worker thread of the Open Graph card pool (./card-pool.ts): draws the laid-out cards
 * it is sent and writes each into the cache, so PNGs never travel back through the
 * build's thread or pile up in its memory. Started by Node from this source file (type
 * stripping), hence the `.ts` import.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { drawCard, writeOgCacheFile, type CardFonts, type CardJob } from './draw.ts';

/** What the pool sends: one card to draw into `file`. */
export interface DrawRequest {
	id: number;
	job: CardJob;
	what: string;
	file: string;
}

/** What the worker answers: done, or the error (message and stack, as errors do not cross threads whole). */
export type DrawReply = { id: number; ok: true } | { id: number; ok: false; message: string; stack?: string };

const { fontFiles } = workerData as { fontFiles: { regular: string; bold: string } };
// Read once per worker: satori keeps its parsed fonts for the same byte arrays.
const fonts: CardFonts = { regular: readFileSync(fontFiles.regular), bold: readFileSync(fontFiles.bold) };
const port = parentPort;
if (!port) throw new Error('draw-worker.ts runs only as a worker thread of the Open Graph card pool.');

port.on('message', (request: DrawRequest) => {
	drawCard(request.job, fonts, request.what)
		.then((png) => writeOgCacheFile(request.file, png))
		.then(
			() => port.postMessage({ id: request.id, ok: true } satisfies DrawReply),
			(error: unknown) => {
				const failure = error instanceof Error ? error : new Error(String(error));
				const cause = failure.cause instanceof Error ? `: ${failure.cause.message}` : '';
				port.postMessage({ id: request.id, ok: false, message: failure.message + cause, stack: failure.stack } satisfies DrawReply);
			},
		);
});
