import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  GraphQLNamedType, GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType,
} from 'graphql';
import { buildAppSchema } from '../../src/schema';

/** Types that Apollo Federation adds (the playground's docs hide nothing, but these are not ours to describe). */
const FEDERATION_TYPE = /^(_Service|_Entity|_Any|link__.*|federation__.*)$/;
const FEDERATION_FIELD = new Set(['_entities', '_service']);

const blank = (text: string | null | undefined) => !text || !text.trim();

/** Every schema element a journalist reading the playground's docs would see without an explanation. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const types = Object.values(schema.getTypeMap()) as GraphQLNamedType[];
  for (const type of types) {
    if (isIntrospectionType(type) || FEDERATION_TYPE.test(type.name)) continue;
    if (blank(type.description)) missing.push(`type ${type.name}`);
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (blank(value.description)) missing.push(`enum value ${type.name}.${value.name}`);
    }
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (FEDERATION_FIELD.has(field.name)) continue;
        if (blank(field.description)) missing.push(`field ${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (blank(arg.description)) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
  }
  return missing;
}

describe('schema documentation shown in the playground', () => {
  test('describes every type, field, argument and enum value', async () => {
    const missing = undescribed(await buildAppSchema());
    assert.deepEqual(missing, [], `add a description to:\n  ${missing.join('\n  ')}`);
  });
});
