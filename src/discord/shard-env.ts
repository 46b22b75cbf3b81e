/** Whether this process is, or should start, the shard manager: read from the environment without loading discord.js. */
import type { Config } from '../config.js';

/** True in a process spawned by the ShardingManager (it must run the plain gateway bot, not another manager). */
export function isShardChild(env: Record<string, string | undefined> = process.env): boolean {
	return env.SHARDING_MANAGER === 'true';
}

/** Whether this config asks for the ShardingManager (gateway transport, SHARD_COUNT auto or > 1). */
export function wantsSharding(config: Pick<Config, 'transport' | 'shardCount'>): boolean {
	return config.transport === 'gateway' && config.shardCount !== 1;
}
