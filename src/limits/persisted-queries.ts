import type { PersistedQueryOptions } from '@apollo/server';
import { LRUCache } from 'lru-cache';

/** Characters of registered documents kept at most: hundreds of the gateway's documents, a bounded memory. */
const maxStoredCharacters = 2_000_000;

/**
 * Automatic persisted queries (Apollo's APQ): a client sends `extensions.persistedQuery.sha256Hash`
 * alone — a short GET — once the document has been registered with its hash.
 *
 * The query limits hold for the document a hash stands for: Apollo stores a document under its hash
 * only when the hash is the document's own SHA-256 and after the document has been parsed with the
 * token limit and validated with the depth, alias, directive and cost rules (requestPipeline: the
 * store comes after didResolveOperation). So the store only ever holds documents the limits accept,
 * each within MAX_BODY_BYTES, and a hash looked up runs the document that passed them. The store is
 * per process (a restart with other limits starts empty) and an LRU of bounded size: registering many
 * documents only evicts older ones, whose clients register them again on PERSISTED_QUERY_NOT_FOUND.
 */
export function persistedQueries(): PersistedQueryOptions {
  const documents = new LRUCache<string, string>({ maxSize: maxStoredCharacters, sizeCalculation: (document) => Math.max(1, document.length) });
  return {
    cache: {
      get: async (hash) => documents.get(hash),
      set: async (hash, document) => {
        documents.set(hash, document);
      },
      delete: async (hash) => documents.delete(hash),
    },
    // Kept until evicted: a document does not go out of date.
    ttl: null,
  };
}
