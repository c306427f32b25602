import type { Component } from 'react';
import type { DecapCms } from './types';

/** The part of Decap's relation control this module relies on. */
export interface RelationControlClass {
	new (props: Record<string, unknown>): Component<Record<string, unknown>>;
	prototype: { triggerInitialOnChange?: unknown };
}

/** Decap's relation control without the initial, value-repeating `onChange`. */
export function quietRelationControl(Control: RelationControlClass): RelationControlClass {
	if (typeof Control.prototype?.triggerInitialOnChange !== 'function') {
		// A Decap upgrade renamed or removed it: fail loudly rather than mark entries changed again.
		throw new Error('relation.ts: Decap’s relation control has no triggerInitialOnChange; check the untouched-entry case in tests/e2e/cms.spec.ts');
	}
	const initialOnChange = Control.prototype.triggerInitialOnChange as (this: Component<Record<string, unknown>>, value: unknown, options: unknown) => void;
	return class QuietRelationControl extends Control {
		triggerInitialOnChange(_valueWhenLoadStarted: unknown, options: unknown): void {
			const { isFieldDuplicate, field, value } = this.props as { isFieldDuplicate?: (field: unknown) => boolean; field?: unknown; value?: unknown };
			// A copy of the default language's field: its pane must not report anything (see above).
			if (typeof isFieldDuplicate === 'function' && isFieldDuplicate(field)) return;
			initialOnChange.call(this, value, options);
		}
	};
}

/** Re-registers Decap's `relation` widget with the quiet control, keeping its preview and option schema. */
export function registerQuietRelation(cms: DecapCms): void {
	const relation = cms.getWidget('relation');
	if (!relation) throw new Error('relation.ts: Decap registered no relation widget');
	cms.registerWidget('relation', quietRelationControl(relation.control as RelationControlClass), relation.preview, relation.schema);
}
