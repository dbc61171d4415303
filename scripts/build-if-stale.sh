#!/bin/sh
# npm start's prestart: compile only when dist/ is missing or older than the sources. After
# `npm ci --omit=dev` (no TypeScript) the built dist/ is started as it is.
set -e
cd "$(dirname "$0")/.."
[ -d node_modules/typescript ] || exit 0
if [ -f dist/src/index.js ] && [ -z "$(find src tests ormconfig.ts tsconfig.json package.json -newer dist/src/index.js -print -quit)" ]; then exit 0; fi
exec node node_modules/typescript/bin/tsc -p tsconfig.json
