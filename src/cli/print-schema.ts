/** Print the subgraph SDL (what schema.graphql holds): `npm run schema` writes it. */
import 'reflect-metadata';
import { printSubgraphSdl } from '../federation/subgraph-schema';
import { buildAppSchema } from '../schema';

buildAppSchema()
  .then((schema) => process.stdout.write(printSubgraphSdl(schema)))
  .catch((err) => { console.error(err); process.exit(1); });
