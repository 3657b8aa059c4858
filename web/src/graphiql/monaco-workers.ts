// Monaco asks for a worker per language; each is a separate file the build step writes next to
// graphiql.js, so the editor never fetches a worker from a CDN (graphiql's own setup-workers/esm.sh does).
const workerFiles: Record<string, string> = {
  json: 'json.worker.js',
  graphql: 'graphql.worker.js',
};

export function installMonacoWorkers(assetBase: string): void {
  (globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
    getWorker(_workerId: string, label: string): Worker {
      return new Worker(`${assetBase}${workerFiles[label] ?? 'editor.worker.js'}`, { name: label });
    },
  };
}
