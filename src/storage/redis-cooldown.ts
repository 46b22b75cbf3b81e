/**
 * The per-user budget shared through Redis (REDIS_URL), so that every instance and shard counts against the same
 * budget: the same sliding window and costs as the in-memory cooldown (src/interactions/cooldown.ts), kept in one
 * sorted set per user and checked and spent atomically by a Lua script.
 *
 * Degraded operation: when Redis does not answer (a dropped connection, a restart), each process falls back to its
 * own in-memory budget, logs it once, and goes back to Redis when it answers again. Answers keep flowing.
 */
import { randomBytes } from 'node:crypto';
import { type Cooldown, type CooldownOptions, type CooldownResult, createCooldown } from '../interactions/cooldown.js';

type Redis = import('ioredis').Redis;

// KEYS[1]: the user's sorted set (member "at:units:nonce", score at); KEYS[2]: "already told" flag.
// ARGV: now (ms), window (ms), limit (units), cost (units), nonce.
const SCRIPT = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
local cost = tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local entries = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
local spent = 0
for i = 1, #entries, 2 do
  spent = spent + tonumber(string.match(entries[i], '^[^:]+:(%d+):'))
end
if spent + cost > limit then
  local free = limit - spent
  local untilAt = now
  for i = 1, #entries, 2 do
    free = free + tonumber(string.match(entries[i], '^[^:]+:(%d+):'))
    untilAt = tonumber(entries[i + 1]) + window
    if free >= cost then break end
  end
  local told = redis.call('GET', KEYS[2])
  redis.call('SET', KEYS[2], '1', 'PX', window)
  if told then return {0, untilAt - now, 0} end
  return {0, untilAt - now, 1}
end
if cost > 0 then
  redis.call('ZADD', KEYS[1], now, now .. ':' .. cost .. ':' .. ARGV[5])
  redis.call('PEXPIRE', KEYS[1], window)
end
redis.call('DEL', KEYS[2])
return {1, 0, 0}
`;

export interface RedisCooldownOptions extends CooldownOptions {
	redis: Redis;
	/** Prefix of every key (tests give each their own). Default "gsomia:cooldown:". */
	prefix?: string;
	now?: () => number;
	/** Called once when Redis stops answering, and once when it answers again. */
	onDegraded?: (degraded: boolean, error?: unknown) => void;
}

export function redisCooldown(options: RedisCooldownOptions): Cooldown {
	const { redis } = options;
	const prefix = options.prefix ?? 'gsomia:cooldown:';
	const now = options.now ?? Date.now;
	const local = createCooldown(options, now);
	const units = (n: number) => Math.round(n * 100);
	let degraded = false;
	redis.defineCommand('gsomiaHit', { numberOfKeys: 2, lua: SCRIPT });
	return {
		async hit(userId, cost = 1): Promise<CooldownResult> {
			try {
				const [ok, wait, notify] = (await (
					redis as unknown as { gsomiaHit: (...args: (string | number)[]) => Promise<number[]> }
				).gsomiaHit(
					`${prefix}${userId}`,
					`${prefix}${userId}:told`,
					now(),
					options.windowMs,
					units(options.limit),
					units(cost),
					randomBytes(4).toString('hex'),
				)) as [number, number, number];
				if (degraded) {
					degraded = false;
					options.onDegraded?.(false);
				}
				return ok === 1 ? { ok: true } : { ok: false, retryAfterMs: Math.max(1, wait), notify: notify === 1 };
			} catch (error) {
				if (!degraded) {
					degraded = true;
					options.onDegraded?.(true, error);
				}
				return local.hit(userId, cost);
			}
		},
	};
}
