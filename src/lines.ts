/**
 * Lines of a stream with a bound on their length: a line longer than `maxChars` is not kept in memory (readline
 * would buffer all of it and can fail with a RangeError on a line of hundreds of megabytes); it is reported as
 * too long, with its length, and the following lines are read as usual.
 */
import { StringDecoder } from 'node:string_decoder';

export type BoundedLine = { line: string; tooLong?: undefined } | { line?: undefined; tooLong: number };

export async function* boundedLines(input: NodeJS.ReadableStream, maxChars: number): AsyncGenerator<BoundedLine> {
	const decoder = new StringDecoder('utf8');
	let buffer = '';
	/** Characters of the current over-long line seen so far (-1: not skipping). */
	let skipped = -1;
	const take = function* (text: string): Generator<BoundedLine> {
		let start = 0;
		for (;;) {
			const nl = text.indexOf('\n', start);
			const piece = nl === -1 ? text.slice(start) : text.slice(start, nl);
			if (skipped >= 0) skipped += piece.length;
			else {
				buffer += piece;
				if (buffer.length > maxChars) {
					skipped = buffer.length;
					buffer = '';
				}
			}
			if (nl === -1) return;
			if (skipped >= 0) yield { tooLong: skipped };
			else yield { line: buffer.endsWith('\r') ? buffer.slice(0, -1) : buffer };
			buffer = '';
			skipped = -1;
			start = nl + 1;
		}
	};
	for await (const chunk of input) {
		yield* take(typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
	}
	yield* take(decoder.end());
	if (skipped >= 0) yield { tooLong: skipped };
	else if (buffer.length > 0) yield { line: buffer.endsWith('\r') ? buffer.slice(0, -1) : buffer };
}
