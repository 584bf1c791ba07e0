# syntax=docker/dockerfile:1
#
# API image (NestJS). Also carries the CLI so the same image runs the one-off
#   node dist/apps/cli/main.js migrate
# Build from the repository root:
#   docker build -f docker/api.Dockerfile -t camhs-ptl/api:local .

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: full install (dev dependencies included) and Nx build ----------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci
COPY . .
RUN npx nx build api && npx nx build cli

# ---- prod-deps: production node_modules only (bundles keep them external) --
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
ENV NODE_ENV=production \
    SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev

# ---- runtime ---------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    API_HOST=0.0.0.0 \
    API_PORT=3000
# Files stay owned by root (read-only for the app); the process runs as `node`.
COPY package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/apps/api ./dist/apps/api
COPY --from=build /app/dist/apps/cli ./dist/apps/cli
USER node
EXPOSE 3000
# 200 only when the database and the queue backend both answer.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.API_PORT || 3000) + '/api/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/main.js"]
