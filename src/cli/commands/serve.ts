import { loadConfig } from '../../server/config';
import { startServer } from '../../server/start';

export const serve = {
  summary: 'Start Nærvær',
  async run(args: string[]): Promise<number> {
    if (args.includes('--help')) {
      console.log(
        'Bruk: naervaer serve\n\nStarter API og nettside på PORT (standard 3000). Konfigurasjon: se .env.example.',
      );
      return 0;
    }
    const config = loadConfig();
    const running = await startServer(config);
    const where = config.databaseUrl ? 'PostgreSQL-server' : `innebygd PGlite i ${config.dataDir}`;
    console.log(
      `Nærvær kjører på http://localhost:${config.port} (${where}, ${config.mode === 'demo' ? 'demomodus' : 'produksjon'}).`,
    );
    // Graceful shutdown: finish requests in flight, close the database, then exit.
    await new Promise<void>((resolve) => {
      const onSignal = (signal: string) => {
        console.log(`Mottok ${signal}, avslutter …`);
        void running.stop().then(resolve);
      };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
    });
    return 0;
  },
};
