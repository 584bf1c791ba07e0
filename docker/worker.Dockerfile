# syntax=docker/dockerfile:1
#
# Worker image (NestJS, no HTTP). Build from the repository root:
#   docker build -f docker/worker.Dockerfile -t camhs-ptl/worker:local .

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
RUN npx nx build worker

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
ENV NODE_ENV=production
# Files stay owned by root (read-only for the app); the process runs as `node`.
COPY package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/apps/worker ./dist/apps/worker
USER node
CMD ["node", "dist/apps/worker/main.js"]
