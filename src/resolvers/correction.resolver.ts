import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import type { Context } from '../context';
import { Correction, Organization, Person, Quote } from '../entities';
import { EntityType } from '../entities/enums';
import { detachAlias, reassignQuote, renameEntity } from '../corrections/edits';
import { mergeEntities } from '../corrections/merge';
import { NODE_TYPE_OF, NodeType, parseId, toGlobalId } from '../queries/ids';
import { listPage } from '../queries/list';
import { In } from 'typeorm';
import { toPage } from '../queries/page';
import { ConnectionArgs } from './args/connection.args';
import { requireWriteAccess } from './ingest.resolver';
import { Connection, toConnection } from './types/connection.type';

@ObjectType({ simpleResolvers: true, description: 'A page of corrections, oldest first.' })
export class CorrectionConnection extends Connection(Correction, 'Correction', 'correction') {}

/** Run one correction in one write transaction as the request's key; a failure changes nothing. */
function correct<T>(ctx: Context, work: (manager: EntityManager, who: string) => Promise<T>): Promise<T> {
  requireWriteAccess(ctx);
  return ctx.db.write((manager) => work(manager, ctx.writer ?? 'unknown'));
}

const ids = (values: string[], argument: string, type: NodeType) => values.map((v) => parseId(v, argument, type));

@Resolver(() => Correction)
export class CorrectionResolver {
  @FieldResolver(() => ID, { description: 'The global id of what was corrected: the kept entity of a merge, the renamed entity, the quote, the entity an alias left.' })
  targetId(@Root() correction: Correction): string {
    return toGlobalId(correction.entityType ? NODE_TYPE_OF[correction.entityType] : 'Quote', correction.targetId);
  }

  @Mutation(() => Person, { description: 'Merge people into one: quotes, roles, mentions and aliases move to `keep`; each merged id keeps answering with the kept person. Needs an API key; audited.' })
  async mergePeople(@Arg('keep', () => ID, { description: 'The id that survives.' }) keep: string, @Arg('merge', () => [ID], { description: 'The ids merged into `keep`.' }) merge: string[], @Ctx() ctx: Context): Promise<Person> {
    const id = await correct(ctx, (m, who) => mergeEntities(m, who, EntityType.PERSON, parseId(keep, 'keep', 'Person'), ids(merge, 'merge', 'Person')));
    return ctx.db.writer.getRepository(Person).findOneByOrFail({ id });
  }

  @Mutation(() => Organization, { description: 'Merge organizations into one: roles, participations, mentions and aliases move to `keep`; each merged id keeps answering with the kept organization. Needs an API key; audited.' })
  async mergeOrganizations(@Arg('keep', () => ID, { description: 'The id that survives.' }) keep: string, @Arg('merge', () => [ID], { description: 'The ids merged into `keep`.' }) merge: string[], @Ctx() ctx: Context): Promise<Organization> {
    const id = await correct(ctx, (m, who) => mergeEntities(m, who, EntityType.ORGANIZATION, parseId(keep, 'keep', 'Organization'), ids(merge, 'merge', 'Organization')));
    return ctx.db.writer.getRepository(Organization).findOneByOrFail({ id });
  }

  @Mutation(() => Quote, { description: 'Give a quote another speaker, or none (null: the speaker is unknown). Needs an API key; audited.' })
  async reassignQuote(@Arg('id', () => ID, { description: 'The quote.' }) id: string, @Arg('speaker', () => ID, { nullable: true, description: 'The person who said it; null when unknown.' }) speaker: string | null, @Ctx() ctx: Context): Promise<Quote> {
    const quoteId = await correct(ctx, (m, who) => reassignQuote(m, who, parseId(id, 'id', 'Quote'), speaker === null || speaker === undefined ? null : parseId(speaker, 'speaker', 'Person')));
    return ctx.db.writer.getRepository(Quote).findOneByOrFail({ id: quoteId });
  }

  @Mutation(() => Person, { description: 'Change a person\'s canonical name; the old name stays an alias. Needs an API key; audited.' })
  async renamePerson(@Arg('id', () => ID, { description: 'The entity to rename.' }) id: string, @Arg('name', () => String, { description: 'The new canonical name.' }) name: string, @Ctx() ctx: Context): Promise<Person> {
    const personId = await correct(ctx, (m, who) => renameEntity(m, who, EntityType.PERSON, parseId(id, 'id', 'Person'), name));
    return ctx.db.writer.getRepository(Person).findOneByOrFail({ id: personId });
  }

  @Mutation(() => Organization, { description: 'Change an organization\'s canonical name; the old name stays an alias. Needs an API key; audited.' })
  async renameOrganization(@Arg('id', () => ID, { description: 'The entity to rename.' }) id: string, @Arg('name', () => String, { description: 'The new canonical name.' }) name: string, @Ctx() ctx: Context): Promise<Organization> {
    const orgId = await correct(ctx, (m, who) => renameEntity(m, who, EntityType.ORGANIZATION, parseId(id, 'id', 'Organization'), name));
    return ctx.db.writer.getRepository(Organization).findOneByOrFail({ id: orgId });
  }

  @Mutation(() => Correction, { description: 'Take a wrongly attached name off an entity (not its canonical name: rename first). Needs an API key; audited; returns the correction.' })
  async detachAlias(
    @Arg('entityType', () => EntityType, { description: 'The kind of entity.' }) entityType: EntityType, @Arg('id', () => ID, { description: 'The entity.' }) id: string, @Arg('alias', () => String, { description: 'The name to take off (any spelling of it).' }) alias: string, @Ctx() ctx: Context,
  ): Promise<Correction> {
    const correctionId = await correct(ctx, (m, who) => detachAlias(m, who, entityType, parseId(id, 'id', NODE_TYPE_OF[entityType]), alias));
    return ctx.db.writer.getRepository(Correction).findOneByOrFail({ id: correctionId });
  }

  @Query(() => CorrectionConnection, { description: 'Every human correction, oldest first, with who made it, when, what and the state before. Needs an API key.' })
  async corrections(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<CorrectionConnection> {
    requireWriteAccess(ctx);
    const page = toPage(args);
    const repo = ctx.db.reader.getRepository(Correction);
    const result = await listPage(ctx.db.reader, { id: 'c.id', from: 'correction c', where: [], params: [], order: 'c.id ASC' }, page);
    const byId = new Map((await repo.findBy({ id: In(result.nodes) })).map((c) => [c.id, c]));
    return toConnection(CorrectionConnection, { ...result, nodes: result.nodes.map((id) => byId.get(id) ?? null) });
  }
}
