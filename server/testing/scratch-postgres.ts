import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A throw-away database on a PostgreSQL server (for a test file or one benchmark run): created
 * through `adminUrl`, dropped by `drop()`. `url` points at it, with the admin URL's credentials.
 */
export async function createScratchDatabase(
  adminUrl: string,
  prefix = 'firebreak_scratch',
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
