#!/usr/bin/env node
// The `gsomia` command: plain JavaScript that runs the compiled CLI (built by `npm install` via `prepare`).
import { main } from '../dist/src/cli.js';

process.exitCode = await main(process.argv.slice(2));
