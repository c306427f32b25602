#!/usr/bin/env node
/**
 * `npm start`: builds the demo as of the demo clock (so it always shows active, upcoming
 * and past notices; set BAYAN_NOW to choose another instant) and serves it on
 * http://localhost:4321.
 */
import { spawnSync, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_NOW } from './demo-clock.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const env = { ...process.env, BAYAN_NOW: process.env.BAYAN_NOW ?? DEMO_NOW };
console.log(`Building the demo as of ${env.BAYAN_NOW} …`);
const build = spawnSync(process.execPath, [join(here, 'build.mjs')], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawn(process.execPath, [join(here, 'serve.mjs'), '--port', process.env.PORT ?? '4321'], { stdio: 'inherit', env });
server.on('exit', (code) => process.exit(code ?? 0));
