import { Alias } from './alias.entity';
import { Article } from './article.entity';
import { Correction } from './correction.entity';
import { EntityRedirect } from './entity-redirect.entity';
import { Event } from './event.entity';
import { EventParticipant } from './event-participant.entity';
import { Mention } from './mention.entity';
import { Meta } from './meta.entity';
import { Organization } from './organization.entity';
import { Person } from './person.entity';
import { PersonRole } from './person-role.entity';
import { Place } from './place.entity';
import { Quote } from './quote.entity';
import { Statement } from './statement.entity';

export { Alias, Article, Correction, EntityRedirect, Event, EventParticipant, Mention, Meta, Organization, Person, PersonRole, Place, Quote, Statement };

/** Every TypeORM entity of the service, for the DataSource. */
export const entities = [Alias, Article, Correction, EntityRedirect, Event, EventParticipant, Mention, Meta, Organization, Person, PersonRole, Place, Quote, Statement];
