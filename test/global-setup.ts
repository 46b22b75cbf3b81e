/** Before any test: dist/ is built and current (tests run the real entry points, `node dist/src/main.js`). */
// @ts-expect-error: a plain JavaScript script without types.
import { ensureBuild } from '../scripts/ensure-build.mjs';

export default function setup(): void {
	if ((ensureBuild as () => number)() !== 0) throw new Error('npm run build failed: the tests need dist/');
}
