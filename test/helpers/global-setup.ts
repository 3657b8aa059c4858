import { ensureFerretdbBinary } from '../../src/db/ferretdb-build';
import { loadConfig } from '../../src/config';

/** Builds the embedded database once before the workers start (unless MONGO_URL points elsewhere). */
// jest's globalSetup takes the module's default export.
// eslint-disable-next-line no-restricted-syntax
export default async function globalSetup(): Promise<void> {
  if (!loadConfig().mongoUrl) await ensureFerretdbBinary();
}
