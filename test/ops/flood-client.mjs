// A load client in its own process (a client in the server's own event loop would be slowed by the server's
// work and measure itself): reads {url, requests: [{headers, body}]} as JSON on stdin, sends every request at once
// on its own connection, and prints [{status, ms, body}] (ms from the start of the flood) as JSON on stdout.
import { request } from 'node:http';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { url, requests } = JSON.parse(input);
const t0 = performance.now();
const results = await Promise.all(
	requests.map(
		({ headers, body }) =>
			new Promise((resolve) => {
				const req = request(`${url}/interactions`, { method: 'POST', headers, agent: false }, (res) => {
					const chunks = [];
					res.on('data', (c) => chunks.push(c));
					res.on('end', () =>
						resolve({ status: res.statusCode, ms: performance.now() - t0, body: Buffer.concat(chunks).toString() }),
					);
				});
				req.on('error', (error) => resolve({ status: 0, ms: performance.now() - t0, body: String(error) }));
				req.end(body);
			}),
	),
);
process.stdout.write(JSON.stringify(results));
