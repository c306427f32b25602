import { copyFileSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PolicyRecord } from '../../src/features/site/policy-record';

const scratch = mkdtempSync(join(tmpdir(), 'bayan-policy-record-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const known = { scripts: ['sha256-a', 'sha256-b'], policy: '<meta policy>', digest: 'd1' };

/** Astro's cached copy of a page, the page as published (a copy of it, as Astro restores it) and a record file. */
function files(name: string) {
	const copy = join(scratch, `${name}-copy.html`);
	const published = join(scratch, `${name}-published.html`);
	writeFileSync(copy, '<!DOCTYPE html><p>page</p>');
	copyFileSync(copy, published);
	return { copy, published, record: join(scratch, `${name}.json`) };
}

describe('the header step’s record of the pages it handled', () => {
	it('gives what it recorded for a page whose copy is unchanged and published as it is', () => {
		const { copy, published, record } = files('same');
		const first = PolicyRecord.load(record, 'code-a');
		expect(first.unchanged('en/index.html', copy, published)).toBeUndefined();
		first.remember('en/index.html', copy, known);
		first.save();

		const next = PolicyRecord.load(record, 'code-a');
		expect(next.unchanged('en/index.html', copy, published)).toEqual(known);
		expect(next.unchanged('ar/index.html', copy, published)).toBeUndefined();
		// A page not remembered again is gone from the record after.
		next.save();
		expect(PolicyRecord.load(record, 'code-a').unchanged('en/index.html', copy, published)).toBeUndefined();
	});

	it('knows nothing of a page whose copy was written since, or whose published file is another', () => {
		const { copy, published, record } = files('changed');
		const first = PolicyRecord.load(record, 'code-a');
		first.remember('en/index.html', copy, known);
		first.save();
		// Astro rendered the page again: same bytes or not, the copy was written.
		writeFileSync(copy, '<!DOCTYPE html><p>page</p>');
		expect(PolicyRecord.load(record, 'code-a').unchanged('en/index.html', copy, published)).toBeUndefined();

		const again = PolicyRecord.load(record, 'code-a');
		again.remember('en/index.html', copy, known);
		again.save();
		expect(PolicyRecord.load(record, 'code-a').unchanged('en/index.html', copy, published)).toEqual(known);
		// Its time put back after a write of the same size: the time to the nanosecond differs.
		utimesSync(copy, new Date(2020, 0, 1), new Date(2020, 0, 1));
		expect(PolicyRecord.load(record, 'code-a').unchanged('en/index.html', copy, published)).toBeUndefined();

		const third = PolicyRecord.load(record, 'code-a');
		third.remember('en/index.html', copy, known);
		third.save();
		writeFileSync(published, '<!DOCTYPE html><p>another page</p>');
		expect(PolicyRecord.load(record, 'code-a').unchanged('en/index.html', copy, published)).toBeUndefined();
		rmSync(copy);
		expect(PolicyRecord.load(record, 'code-a').unchanged('en/index.html', copy, published)).toBeUndefined();
	});

	it('is no record when made by other code of the header step (a fix to the script reader must reach restored pages)', () => {
		const { copy, published, record } = files('code');
		const first = PolicyRecord.load(record, 'code-a');
		first.remember('en/index.html', copy, known);
		first.save();
		expect(PolicyRecord.load(record, 'code-a').unchanged('en/index.html', copy, published)).toEqual(known);
		expect(PolicyRecord.load(record, 'code-b').unchanged('en/index.html', copy, published)).toBeUndefined();
	});

	it('is no record when damaged or of another version', () => {
		const { copy, published, record } = files('damaged');
		const first = PolicyRecord.load(record, 'code-a');
		first.remember('en/index.html', copy, known);
		first.save();
		expect(PolicyRecord.load(record, 'code-a').unchanged('en/index.html', copy, published)).toEqual(known);
		writeFileSync(record, '{"version":1,"sets":[],"pa');
		expect(PolicyRecord.load(record, 'code-a').unchanged('en/index.html', copy, published)).toBeUndefined();
		writeFileSync(record, JSON.stringify({ version: 0, sets: [['p']], pages: { 'en/index.html': [1, '1', '1', 0, 'd'] } }));
		expect(PolicyRecord.load(record, 'code-a').unchanged('en/index.html', copy, published)).toBeUndefined();
		// An entry naming a set that is not there.
		writeFileSync(record, JSON.stringify({ version: 1, sets: [], pages: { 'en/index.html': [1, '1', '1', 3, 'd'] } }));
		expect(PolicyRecord.load(record, 'code-a').unchanged('en/index.html', copy, published)).toBeUndefined();
	});
});
