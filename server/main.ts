import { loadConfigOrExit } from './config.js';
import { createGateway } from './gateway.js';

/** `npm run dev:gateway`: the gateway on its own, configured from the environment. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
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
