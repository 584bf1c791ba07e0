# syntax=docker/dockerfile:1
#
# Web image: the Angular app as static files behind nginx, /api/ proxied to the
# `api` service. Build from the repository root:
#   docker build -f docker/web.Dockerfile -t camhs-ptl/web:local .

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build -----------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci
COPY . .
RUN npx nx build web

# ---- runtime ---------------------------------------------------------------
FROM nginx:1.27-alpine AS runtime
RUN rm -rf /usr/share/nginx/html/*
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/web/browser /usr/share/nginx/html
EXPOSE 80
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
  CMD wget -q --spider http://127.0.0.1/ || exit 1
