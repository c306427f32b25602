/**
 * A pool of worker threads that draw Open Graph cards (./draw-worker.ts), one card per
 * worker at a time, so a build uses every core for the part of a cold build that costs
 * the most. Jobs wait in one queue; the build's thread lays a card out only when a
 * worker is free to draw it, and a card the build is waiting for jumps the queue.
 */
import { Worker } from 'node:worker_threads';
import type { DrawReply, DrawRequest } from './draw-worker';
import type { CardJob } from './draw';

/** One card to draw: how to lay it out (called just before it is sent), what to call it in errors, where it goes. */
export interface PoolJob {
	job: () => CardJob;
	what: string;
	file: string;
}

interface Queued extends PoolJob {
	resolve: () => void;
	reject: (error: Error) => void;
}

interface Slot {
	worker: Worker;
	job?: Queued;
}

const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 };

/** Options of `OgCardPool`. */
export interface OgCardPoolOptions {
	/** The worker's source file (draw-worker.ts). */
	workerFile: string | URL;
	/** Number of worker threads; at least one. */
	size: number;
	/** Font files each worker reads once. */
	fontFiles: { regular: string; bold: string };
}

/** Worker threads drawing cards into their cache files. */
export class OgCardPool {
	private readonly slots: Slot[] = [];
	private readonly queue: Queued[] = [];
	private nextId = 0;
	private closed = false;

	constructor(private readonly options: OgCardPoolOptions) {
		if (!(options.size >= 1)) throw new RangeError(`An Open Graph card pool needs at least one worker, not ${options.size}.`);
	}

	/** Draws a card into `job.file`; resolves when the file is written. */
	draw(job: PoolJob): Promise<void> {
		if (this.closed) return Promise.reject(new Error(`The Open Graph card pool is closed; cannot draw "${job.what}".`));
		return new Promise<void>((resolve, reject) => {
			this.queue.push({ ...job, resolve, reject });
			this.pump();
		});
	}

	/** Moves the queued job for `file` to the front: the build is waiting for it. */
	hurry(file: string): void {
		const index = this.queue.findIndex((job) => job.file === file);
		if (index > 0) this.queue.unshift(...this.queue.splice(index, 1));
	}

	/** Jobs not yet finished (queued or being drawn). */
	get pending(): number {
		return this.queue.length + this.slots.filter((slot) => slot.job).length;
	}

	/** Stops every worker; queued jobs are rejected. */
	async close(): Promise<void> {
		this.closed = true;
		for (const job of this.queue.splice(0)) job.reject(new Error(`The Open Graph card pool closed before "${job.what}" was drawn.`));
		await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
	}

	private pump(): void {
		while (this.queue.length > 0) {
			let slot = this.slots.find((candidate) => !candidate.job);
			if (!slot && this.slots.length < this.options.size) slot = this.spawn();
			if (!slot) return;
			const job = this.queue.shift();
			if (!job) return;
			this.send(slot, job);
		}
	}

	private send(slot: Slot, job: Queued): void {
		let card: CardJob;
		try {
			card = job.job();
		} catch (error) {
			job.reject(new Error(`Cannot lay out the Open Graph image for "${job.what}".`, { cause: error }));
			return;
		}
		slot.job = job;
		// A busy worker keeps the process alive; an idle one must not hold the build open.
		slot.worker.ref();
		slot.worker.postMessage({ id: this.nextId++, job: card, what: job.what, file: job.file } satisfies DrawRequest);
	}

	private spawn(): Slot {
		// A worker needs little heap (one satori layout at a time; canvases are native), and
		// V8's defaults let each grow to ~200 MB before collecting: with these limits two
		// workers drawing 150 corpus cards peaked at 273 MB for the process instead of 437 MB,
		// at no measurable CPU cost.
		const worker = new Worker(this.options.workerFile, { workerData: { fontFiles: this.options.fontFiles }, resourceLimits: WORKER_LIMITS });
		const slot: Slot = { worker };
		worker.unref();
		worker.on('message', (reply: DrawReply) => {
			const job = slot.job;
			slot.job = undefined;
			worker.unref();
			if (job) {
				if (reply.ok) job.resolve();
				else job.reject(new Error(reply.message, { cause: reply.stack }));
			}
			this.pump();
		});
		// A worker that dies (it cannot start, or crashes) fails its card with the reason;
		// the next card gets a fresh worker.
		const fail = (error: Error): void => {
			const index = this.slots.indexOf(slot);
			if (index >= 0) this.slots.splice(index, 1);
			const job = slot.job;
			slot.job = undefined;
			job?.reject(new Error(`The Open Graph worker failed while drawing "${job.what}".`, { cause: error }));
			if (!this.closed) this.pump();
		};
		worker.on('error', fail);
		worker.on('exit', (code) => {
			if (slot.job) fail(new Error(`the worker exited with code ${code}`));
		});
		this.slots.push(slot);
		return slot;
	}
}
