import { ConfigError, loadConfig } from './config.js';
import { createGateway } from './gateway.js';

/** `npm run dev:gateway`: the gateway on its own, configured from the environment. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const gateway = await createGateway(config);
  await gateway.listen();
  const stop = () => {
    gateway.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
