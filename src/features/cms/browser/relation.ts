import type { Component } from 'react';
import type { DecapCms } from './types';

/**
 * Decap's relation widget, minus the one call that marked an untouched entry "changed".
 *
 * Once its look-up answers, Decap's relation control calls `onChange` with the value the entry
 * already holds (`triggerInitialOnChange`), only to attach the picked entries' data as metadata.
 * A shared (`i18n: duplicate`) relation field is drawn in every language's pane, so that call
 * also comes from the Arabic and English panes. There Decap's reducer compares the pane's data
 * with `entry.get('i18n', 'ar', 'data')` (a `get` with a default, not `getIn`), which is never
 * equal, and sets `hasChanged`: the toolbar said "unsaved changes" on an article nobody touched,
 * and leaving it asked for confirmation. A control must not report a change it did not make, so
 * this one never makes that call. Nothing is lost: the metadata only feeds Decap's own relation
 * previews, which Bayan's preview templates replace, and a pick still reports its metadata.
 * (The call also sent the value as it was when the look-up started, so a pick made while it
 * loaded was put back.)
 */

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
	return class QuietRelationControl extends Control {
		triggerInitialOnChange(): void {
			// Deliberately nothing: see the module comment.
		}
	};
}

/** Re-registers Decap's `relation` widget with the quiet control, keeping its preview and option schema. */
export function registerQuietRelation(cms: DecapCms): void {
	const relation = cms.getWidget('relation');
	if (!relation) throw new Error('relation.ts: Decap registered no relation widget');
	cms.registerWidget('relation', quietRelationControl(relation.control as RelationControlClass), relation.preview, relation.schema);
}
