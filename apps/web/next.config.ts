import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages ship TypeScript source.
  transpilePackages: ["@shelfloop/api", "@shelfloop/core", "@shelfloop/db", "@shelfloop/jobs"],
  // The pg driver and Prisma's runtime are Node libraries; load them from node_modules, unbundled.
  // pdfkit reads its font metrics from its own directory at run time.
  serverExternalPackages: ["pg", "@prisma/client", "@prisma/adapter-pg", "pdfkit"],
  poweredByHeader: false,
  // `pnpm typecheck` checks the whole workspace once; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
};

export default config;
