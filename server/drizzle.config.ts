import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./server/db/schema.ts', './server/db/schema-console.ts', './server/db/schema-preemption.ts'],
  out: './server/db/migrations',
});
