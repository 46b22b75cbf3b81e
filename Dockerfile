# syntax=docker/dockerfile:1
# Two stages: `build` compiles and packs the bot with every dev tool; `runtime` unpacks that package and installs its
# production dependencies only (the exact versions it was tested with, from its npm-shrinkwrap.json), runs as the
# unprivileged `node` user, and reports its health.
#
#   docker build -t gsomia-bot .
#   docker run --env-file .env -p 8080:8080 gsomia-bot          # or: docker compose up
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY . .
# Refuses a broken knowledge base, then packs exactly what `npm pack` ships (dist/, knowledge/, bin/, the lockfile).
RUN npm run build && npm run kb:check && mkdir /pkg && npm pack --pack-destination /pkg

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /pkg/ /tmp/pkg/
RUN tar xzf /tmp/pkg/*.tgz --strip-components=1 -C /app \
	&& rm -rf /tmp/pkg \
	&& npm ci --omit=dev --no-audit --no-fund \
	&& npm cache clean --force \
	&& mkdir -p /app/data \
	&& chown node:node /app/data
USER node
# HEALTH_PORT serves /healthz (and /metrics) in every mode: the gateway bot, each shard's manager, the HTTP endpoint.
ENV HOST=0.0.0.0 \
	PORT=8080 \
	HEALTH_HOST=0.0.0.0 \
	HEALTH_PORT=9090 \
	DATABASE_PATH=/app/data/gsomia.sqlite
VOLUME ["/app/data"]
EXPOSE 8080 9090
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 \
	CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.HEALTH_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/src/main.js"]
