/**
 * The port of the page server that the import-by-URL tests start on 127.0.0.1; the app under test
 * may fetch from it (FETCH_ALLOW_HOSTS in playwright.config.ts) and from no other private address.
 */
export const E2E_FETCH_PORT = Number(process.env.E2E_FETCH_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 1000);
