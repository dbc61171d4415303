import { dirname, join } from 'node:path';
import { packageRoot } from '../paths';

/** The URL path the playground's scripts and styles are served under. */
export const ASSETS_PATH = '/playground/assets';

/** The folder of an installed package (resolved like `require`, so hoisting does not matter). */
function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/**
 * The files the playground page loads, by the name it asks for under ASSETS_PATH: GraphiQL, React,
 * ReactDOM and the graphql-ws client (for subscriptions) from the project's installed packages, and our small start-up script from
 * src/playground/static (found through packageRoot(), so it works from src/ and from dist/).
 * Only these files are served: nothing else of node_modules is reachable. A missing file is a 404
 * (tests/playground checks each is served), never a failure at start: the API works without it.
 */
export function playgroundAssets(): Record<string, string> {
  const graphiql = packageDir('graphiql');
  return {
    'react.production.min.js': join(packageDir('react'), 'umd', 'react.production.min.js'),
    'react-dom.production.min.js': join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
    'graphiql.min.js': join(graphiql, 'graphiql.min.js'),
    'graphiql.min.css': join(graphiql, 'graphiql.min.css'),
    'graphql-ws.min.js': join(packageDir('graphql-ws'), 'umd', 'graphql-ws.min.js'),
    'playground.js': join(packageRoot(), 'src', 'playground', 'static', 'playground.js'),
  };
}
