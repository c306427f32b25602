/**
 * The instant the demo is shown "as of" by `npm start` and the browser tests, chosen so
 * the demo content has active, upcoming and past notices and incidents. `BAYAN_NOW`
 * overrides it.
 */
export const DEMO_NOW = '2026-11-22T10:00:00+03:30';
