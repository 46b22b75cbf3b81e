#!/usr/bin/env node
// The `gsomia` command: plain JavaScript that runs the compiled CLI (built by `npm install` via `prepare`).
import { main } from '../dist/src/cli.js';

process.exitCode = await main(process.argv.slice(2));
// A WORKERS process of `gsomia serve` that could not start would be kept alive by its channel to the primary.
if (process.connected) process.disconnect();
