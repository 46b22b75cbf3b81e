#!/usr/bin/env node
/**
 * `npm pack` hooks: prepack copies package-lock.json to npm-shrinkwrap.json so the packed package carries the exact
 * dependency versions it was tested with (`npm ci --omit=dev` inside it installs those, and only production ones);
 * postpack removes the copy, so the repository keeps one lockfile.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shrinkwrap = join(root, 'npm-shrinkwrap.json');
if (process.argv.includes('--remove')) rmSync(shrinkwrap, { force: true });
else copyFileSync(join(root, 'package-lock.json'), shrinkwrap);
