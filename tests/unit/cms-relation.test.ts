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

type Props = { value: unknown; onChange(value: unknown, metadata?: unknown): void; field?: string; isFieldDuplicate?: (field: unknown) => boolean };

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

/** A control as Decap mounts it in a pane: `duplicate` when the pane shows a copy of the default language's field. */
function mounted(Control: RelationControlClass, value: unknown, pane: 'default' | 'duplicate' | 'no languages' = 'duplicate') {
	const calls: unknown[] = [];
	const props: Props = { value, field: 'related', onChange: (next: unknown) => calls.push(next) };
	if (pane !== 'no languages') props.isFieldDuplicate = (field) => field === 'related' && pane === 'duplicate';
	const control = new Control(props) as unknown as StandIn;
	return { control, calls };
}

describe('the relation control of the CMS', () => {
	const value = ['order-delayed', 'change-or-cancel-an-order'];

	it('sends nothing back from a pane that shows a copy of the default language’s field', async () => {
		const { control, calls } = mounted(quietRelationControl(StandIn as unknown as RelationControlClass), value, 'duplicate');
		await control.loadInitialOptions();
		expect(calls).toEqual([]);
	});

	it('still sends the value from the default language’s pane (Decap copies it into the translations from there) and without languages', async () => {
		for (const pane of ['default', 'no languages'] as const) {
			const { control, calls } = mounted(quietRelationControl(StandIn as unknown as RelationControlClass), value, pane);
			await control.loadInitialOptions();
			expect(calls, pane).toEqual([value]);
		}
	});

	it('sends the value the field holds when the look-up answers, not the one it held when it started', async () => {
		const { control, calls } = mounted(quietRelationControl(StandIn as unknown as RelationControlClass), value, 'default');
		const loading = control.loadInitialOptions();
		(control.props as Props).value = ['order-delayed'];
		await loading;
		expect(calls).toEqual([['order-delayed']]);
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
		// A method of the class (not an arrow field, which a subclass could not override), called after the look-up.
		expect(source).toMatch(/^\s+triggerInitialOnChange\(value, options\) \{/m);
		const load = source.slice(source.indexOf('async loadInitialOptions('), source.search(/^\s+triggerInitialOnChange\(value, options\) \{/m));
		expect(load).toContain('this.triggerInitialOnChange(value, options)');
	});
});
