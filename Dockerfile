# syntax=docker/dockerfile:1
#
# The partnership scheduler: one image, one process per container.
#   API (default):  docker run ... <image>
#   Worker:         docker run ... <image> node dist/apps/worker/src/main.js
# `npm start` is not used here: it needs `concurrently`, a devDependency, and running both
# processes in one container would hide one's crash behind the other.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: all dependencies, compile TypeScript to dist/ -----------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# swagger-ui-dist's install script phones home unless told not to.
ENV SCARF_ANALYTICS=false
# Dependencies first, so editing source does not invalidate the npm ci layer.
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# ---- runtime: production dependencies and the compiled output only --------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    SCARF_ANALYTICS=false \
    PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
# The code stays root-owned (read-only to the app); only var/ (the .eml mail fallback when
# SMTP_URL is unset) must be writable by the unprivileged user.
RUN mkdir -p var/mail && chown -R node:node var
USER node

EXPOSE 3000
# Liveness of the API. Slim images have no curl, so use Node's built-in fetch.
# The worker has no HTTP server: its compose service disables this check.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

CMD ["node", "dist/apps/api/src/main.js"]
