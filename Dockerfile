# Rejoindre, production image. Its build steps are the commands CI runs (.ci/run: npm install,
# then npm test, whose e2e stage runs npm run build): scripts/dockerfile.test.ts keeps them so.
#   docker build -t rejoindre .
#   docker run -p 3000:3000 -v rejoindre-data:/app/data --env-file rejoindre.env rejoindre

ARG NODE_IMAGE=node:20-bookworm-slim

# 1. Dependencies. better-sqlite3 compiles from source where no prebuilt binary downloads;
#    postinstall generates the Prisma clients from the schemas.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/db/generate.mjs ./scripts/db/generate.mjs
RUN npm install --no-audit --no-fund

# 2. Build: the production build, with its standalone server (.next/standalone/server.js).
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
RUN npm run build
RUN npm prune --omit=dev --no-audit --no-fund

# 3. Runtime: no compiler, not root. scripts/start.ts applies the migrations, then serves the
#    standalone server; the SQLite database lives in the /app/data volume.
FROM ${NODE_IMAGE} AS runner
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "node_modules/tsx/dist/cli.mjs", "scripts/start.ts"]
