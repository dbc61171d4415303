import { ASSETS_PATH } from './assets';
import { EXAMPLES } from './examples';

/**
 * What the page may load: only this server's own scripts, styles and GraphQL endpoint. GraphiQL's
 * fonts are data: URLs inside its CSS; its editors set inline styles, hence 'unsafe-inline' for
 * styles only. Scripts never run inline: the settings travel as a JSON block.
 */
export const PLAYGROUND_CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
  "font-src 'self' data:", "connect-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

/** JSON safe to put inside a <script> element (no "</script>" can close it early). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/**
 * The playground's HTML: GraphiQL against `endpoint`, opening with the example operations as tabs.
 * Every script and style comes from ASSETS_PATH on this server.
 */
export function renderPlaygroundPage(endpoint: string): string {
  const tabs = EXAMPLES.map(({ query, variables, headers }) => ({ query, variables, headers }));
  const asset = (name: string) => `${ASSETS_PATH}/${name}`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Newsgraph playground</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${asset('graphiql.min.css')}">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the Newsgraph playground…</div>
  <script type="application/json" id="playground-config">${scriptJson({ endpoint, tabs })}</script>
  <script src="${asset('react.production.min.js')}"></script>
  <script src="${asset('react-dom.production.min.js')}"></script>
  <script src="${asset('graphiql.min.js')}"></script>
  <script src="${asset('graphql-ws.min.js')}"></script>
  <script src="${asset('playground.js')}"></script>
</body>
</html>
`;
}
