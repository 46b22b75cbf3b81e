// A stand-in for a shard's process (no Discord, no network): it tells the ShardingManager it is ready, as
// discord.js's ShardClientUtil does once the client is ready, then idles until it is stopped or killed.
process.send?.({ _ready: true });
const idle = setInterval(() => {}, 60_000);
process.on('SIGTERM', () => {
	clearInterval(idle);
	process.exit(0);
});
process.on('disconnect', () => process.exit(0));
