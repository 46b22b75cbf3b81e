/**
 * Before any test: dist/ is built and current (tests run the real entry points, `node dist/src/main.js`), and one
 * line says which suites need services this run does not have and how to include them.
 */
// @ts-expect-error: a plain JavaScript script without types.
import { ensureBuild } from '../scripts/ensure-build.mjs';

export default function setup(): void {
	if ((ensureBuild as () => number)() !== 0) throw new Error('npm run build failed: the tests need dist/');
	const left = [
		...(process.env.TEST_DATABASE_URL ? [] : ['the PostgreSQL storage suites (TEST_DATABASE_URL)']),
		...(process.env.TEST_REDIS_URL ? [] : ['the Redis cooldown suites (TEST_REDIS_URL)']),
	];
	if (left.length > 0) {
		console.log(
			`Left out: ${left.join(' and ')}. To run them: TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test ` +
				'TEST_REDIS_URL=redis://127.0.0.1:6379 npm test (as .ci/run does).',
		);
	}
}
