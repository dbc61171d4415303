/*
 * Newsgraph playground: renders GraphiQL with the saved example operations. Runs in the browser
 * after React, ReactDOM, GraphiQL and the graphql-ws client (all served by this server from its installed packages, never
 * from a CDN). The page passes its settings in the JSON block #playground-config.
 */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('playground-config').textContent);
  // Subscriptions go over graphql-ws to the same endpoint on this server (ws:// or wss://).
  var wsUrl = location.origin.replace(/^http/, 'ws') + config.endpoint;
  var props = {
    fetcher: GraphiQL.createFetcher({ url: config.endpoint, wsClient: graphqlWs.createClient({ url: wsUrl, lazy: true }) }),
    defaultTabs: config.tabs,
    // Show the variables/headers panel: the mutation's API key goes in "Headers".
    defaultEditorToolsVisibility: true,
    isHeadersEditorEnabled: true,
    // Keys typed into "Headers" stay in this tab only, never in the browser's storage.
    shouldPersistHeaders: false,
  };
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
})();
