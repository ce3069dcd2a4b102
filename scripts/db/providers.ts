/** The two database providers Claimboard runs on, and where each one's Prisma files live. */
export const providers = ["sqlite", "postgresql"] as const;
export type Provider = (typeof providers)[number];

export const schemaPath = (p: Provider) => `prisma/${p}/schema.prisma`;
export const migrationsPath = (p: Provider) => `prisma/${p}/migrations`;
