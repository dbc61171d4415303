import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Article, Organization, PersonRole } from '../entities';

@Resolver(() => PersonRole)
export class PersonRoleResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organization the office is at, when the article names one.' })
  organization(@Root() role: PersonRole, @Ctx() ctx: Context): Promise<Organization | null> | null {
    return role.organizationId ? ctx.loaders.organization.load(role.organizationId) : null;
  }

  @FieldResolver(() => Article, { description: 'The article that reported the role.' })
  async article(@Root() role: PersonRole, @Ctx() ctx: Context): Promise<Article> {
    return (await ctx.loaders.article.load(role.articleId))!;
  }
}
