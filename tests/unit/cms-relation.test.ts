import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Component } from 'react';
import { describe, expect, it } from 'vitest';
import { quietRelationControl, type RelationControlClass } from '../../src/features/cms/browser/relation';

/**
 * An untouched article showed "unsaved changes" once its look-ups answered: Decap's relation
 * control re-sends the stored value when its look-up answers (triggerInitialOnChange), and from
 * a translation's pane Decap's reducer always reads that as a change. Decap's control cannot be
 * loaded outside a browser, so a stand-in with the same two steps shows the quiet control makes
 * no call; the browser suite (tests/e2e/cms.spec.ts, the untouched article) shows it on the real one.
 */

type Props = { value: unknown; onChange(value: unknown, metadata?: unknown): void };

/** The two steps of Decap's control this fix concerns: a look-up, then the value sent back. */
class StandIn extends Component<Props> {
	async loadInitialOptions(): Promise<void> {
		await Promise.resolve();
		this.triggerInitialOnChange(this.props.value, []);
	}

	triggerInitialOnChange(value: unknown, options: unknown[]): void {
		this.props.onChange(value, { related: { articles: options } });
	}

	handleChange(value: unknown): void {
		this.props.onChange(value, { related: {} });
	}
}

/** A control without that step (as if a Decap upgrade renamed it). */
class Renamed extends Component<Props> {}

function mounted(Control: RelationControlClass, value: unknown) {
	const calls: unknown[] = [];
	const control = new Control({ value, onChange: (next: unknown) => calls.push(next) } satisfies Props) as unknown as StandIn;
	return { control, calls };
}

describe('the relation control of the CMS', () => {
	const value = ['order-delayed', 'change-or-cancel-an-order'];

	it('sends nothing back once its look-up answers', async () => {
		const { control, calls } = mounted(quietRelationControl(StandIn as unknown as RelationControlClass), value);
		await control.loadInitialOptions();
		expect(calls).toEqual([]);
	});

	it('still reports what the editor picks', () => {
		const { control, calls } = mounted(quietRelationControl(StandIn as unknown as RelationControlClass), value);
		control.handleChange(['order-delayed']);
		expect(calls).toEqual([['order-delayed']]);
	});

	it('the stand-in, like Decap’s control, sends the stored value back (what the quiet control removes)', async () => {
		const { control, calls } = mounted(StandIn as unknown as RelationControlClass, value);
		await control.loadInitialOptions();
		expect(calls).toEqual([value]);
	});

	it('refuses a Decap whose control no longer has that step, instead of silently changing nothing', () => {
		expect(() => quietRelationControl(Renamed as unknown as RelationControlClass)).toThrow(/no triggerInitialOnChange/);
	});

	it('matches the installed Decap: its control calls triggerInitialOnChange after the look-up', () => {
		const require = createRequire(import.meta.url);
		const source = readFileSync(require.resolve('decap-cms-widget-relation/dist/esm/RelationControl.js'), 'utf8');
		const load = source.slice(source.indexOf('async loadInitialOptions('), source.indexOf('triggerInitialOnChange(value, options) {'));
		expect(load).toContain('this.triggerInitialOnChange(value, options)');
	});
});
