import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./server/db/schema.ts', './server/db/schema-console.ts', './server/db/schema-preemption.ts', './server/db/schema-auth.ts'],
  out: './server/db/migrations',
});
