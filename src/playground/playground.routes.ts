import express from 'express';
import { ASSETS_PATH, playgroundAssets } from './assets';
import { PLAYGROUND_CSP, renderPlaygroundPage } from './page';

/**
 * Whether a request to the GraphQL endpoint is a browser opening it: a GET without an operation
 * that prefers HTML over JSON. Everything else (POST, GET with ?query=, API clients) goes on to
 * Apollo Server.
 */
function wantsPage(req: express.Request): boolean {
  if (req.method !== 'GET' || (req.query as Record<string, unknown>).query !== undefined) return false;
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * The offline GraphiQL playground: the page at `graphqlPath` (for browsers) and at /playground,
 * and its assets under /playground/assets. Mount it before the GraphQL middleware, and only when
 * `config.playground` is on. Nothing it serves loads anything from another host.
 */
export function playgroundRoutes(graphqlPath: string): express.Router {
  const assets = playgroundAssets();
  const html = renderPlaygroundPage(graphqlPath);
  const router = express.Router();
  const sendPage = (res: express.Response) => {
    res.set({ 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PLAYGROUND_CSP, 'cache-control': 'no-cache' }).send(html);
  };
  router.get(graphqlPath, (req, res, next) => (wantsPage(req) ? sendPage(res) : next()));
  router.get('/playground', (_req, res) => sendPage(res));
  router.get(`${ASSETS_PATH}/:name`, (req, res, next) => {
    const file = Object.hasOwn(assets, req.params.name) ? assets[req.params.name] : undefined;
    if (!file) return next();
    res.sendFile(file, { maxAge: '1h', headers: { 'x-content-type-options': 'nosniff' } });
  });
  return router;
}
