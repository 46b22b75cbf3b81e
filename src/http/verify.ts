/**
 * Discord's request signature: Ed25519 over `X-Signature-Timestamp` + the raw body, checked against the
 * application's public key with node:crypto. The check runs in libuv's thread pool (the callback form of
 * `crypto.verify`), so the event loop keeps parsing other requests while a signature is being checked.
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';

/** How far the timestamp may be from the server's clock, either way. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export type SignatureProblem = 'missing-signature' | 'malformed-signature' | 'stale-timestamp' | 'bad-signature';

/** A KeyObject for the 64 hex characters Discord shows as the application's public key. */
export function publicKeyFromHex(hex: string): KeyObject {
	if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('The public key must be 64 hex characters (32 bytes)');
	const x = Buffer.from(hex, 'hex').toString('base64url');
	return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
}

function verifyAsync(data: Buffer, key: KeyObject, signature: Buffer): Promise<boolean> {
	return new Promise((resolve) => {
		try {
			verify(null, data, key, signature, (error, ok) => resolve(!error && ok));
		} catch {
			resolve(false);
		}
	});
}

/**
 * Checks the two signature headers against the raw body. Returns undefined when the request is genuine,
 * otherwise why it is not (every problem is answered with 401).
 */
export async function checkSignature(
	key: KeyObject,
	signatureHex: string | undefined,
	timestamp: string | undefined,
	body: Buffer,
	nowMs: number,
): Promise<SignatureProblem | undefined> {
	if (!signatureHex || !timestamp) return 'missing-signature';
	if (!/^[0-9a-fA-F]{128}$/.test(signatureHex) || !/^\d{1,12}$/.test(timestamp)) return 'malformed-signature';
	if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) return 'stale-timestamp';
	const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
	const ok = await verifyAsync(signed, key, Buffer.from(signatureHex, 'hex'));
	return ok ? undefined : 'bad-signature';
}
