# Not built or run on the project's machines (no Docker engine there): a starting point for hosts that use
# containers. The image runs the standalone server; it keeps no state, so run as many copies as needed.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
# The site's public address is fixed at build time: docker build --build-arg SITE_URL=https://example.org .
ARG SITE_URL
RUN SITE_URL=$SITE_URL npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 HOSTNAME=0.0.0.0
WORKDIR /app
COPY --from=build /app/.next/standalone ./
USER node
EXPOSE 3000
# server.js is the hardened entry (server/entry.ts) in front of Next.js's own server.
CMD ["node", "server.js"]
