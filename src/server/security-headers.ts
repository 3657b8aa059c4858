import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The pages' Content-Security-Policy (GraphiQL and the Workspace page): every byte from this host,
 * the editor's workers included, and never inside another site's frame. A header rather than the
 * pages' <meta>, which cannot say frame-ancestors.
 */
const pagePolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/**
 * helmet's headers on every answer (no sniffing, no framing, no referrer …), and the page policy on
 * every HTML answer, whichever route sent it (Apollo's landing page on /graphql included).
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: false,
    xFrameOptions: { action: 'deny' },
    // The gateway speaks plain HTTP; HSTS is for the TLS proxy in front to decide, for its whole domain.
    strictTransportSecurity: false,
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (/^text\/html\b/.test(String(reply.getHeader('content-type') ?? ''))) reply.helmet({ contentSecurityPolicy: pagePolicy });
    return payload;
  });
}
