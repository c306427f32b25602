/**
 * Names shared by the CMS configuration (built on the server) and the admin bundle (in the
 * browser), kept apart from `cms-config.ts` so the bundle does not pull in the build's
 * dictionaries and settings.
 */

/** Keys the notices list summary reads that the custom format adds when it reads a file, and never writes. */
export const listSummaryKeys = ['bayanPhase', 'bayanSeverity', 'bayanWindow'] as const;

/** Widgets whose values only drive the form and are never written into a file. */
export const transientWidgets = ['bayan-slug', 'bayan-template'] as const;
