import cors from 'cors';
import type express from 'express';
import helmet from 'helmet';
import type { Config } from '../config';

/**
 * The API's own Content-Security-Policy: its answers are JSON, never a page that loads anything.
 * The playground's page replaces it with PLAYGROUND_CSP (src/playground/page.ts).
 */
export const API_CSP_DIRECTIVES = {
  defaultSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"], frameAncestors: ["'none'"],
};

/** Headers a cross-origin browser client may send (the preflight's allow-list). */
const ALLOWED_HEADERS = ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'apollographql-client-name', 'apollographql-client-version'];

/**
 * Security headers on every response (helmet: nosniff, Referrer-Policy: no-referrer, HSTS,
 * frame and cross-origin policies, a CSP), then CORS for the origins in CORS_ORIGINS only.
 * Another origin gets no Access-Control-Allow-Origin, so a browser there cannot read the answer.
 */
export function securityHeaders(config: Config): express.RequestHandler[] {
  const allowAll = config.corsOrigins.includes('*');
  const allowed = new Set(config.corsOrigins);
  return [
    helmet({ contentSecurityPolicy: { useDefaults: false, directives: API_CSP_DIRECTIVES } }),
    cors({
      origin: (origin, done) => done(null, origin !== undefined && (allowAll || allowed.has(origin))),
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ALLOWED_HEADERS,
      maxAge: 600,
    }),
  ];
}
