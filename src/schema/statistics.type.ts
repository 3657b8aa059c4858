import 'reflect-metadata';
import { Field, ObjectType } from 'type-graphql';
import { allFigures } from '../figures/catalog';
import type { FigureGroup } from '../figures/figure';

/**
 * The Statistics type and its `legacy` part. Their fields are the figures of src/figures/catalog.ts,
 * declared there once; this file only hands each declaration to type-graphql, in catalog order.
 */
export class Statistics {}
export class LegacyStatistics {}

const classOf: Record<FigureGroup, object> = { statistics: Statistics.prototype, legacy: LegacyStatistics.prototype };
for (const figure of allFigures) {
  Field(figure.type, { nullable: figure.nullable ?? false, description: figure.description })(classOf[figure.group], figure.name);
}
Field(() => LegacyStatistics, { description: 'The 0.61 definitions where they differ from the current ones.' })(Statistics.prototype, 'legacy');

ObjectType({
  description:
    'Statistics of the Rocket.Chat workspace, with the current definitions (Rocket.Chat 6.x–8.x). Live results compute only the selected fields; stored snapshots return their stored values.',
})(Statistics);
ObjectType({ description: 'Figures as Rocket.Chat 0.61 defined them, where they differ from today (the REST 0.61 format uses these).' })(LegacyStatistics);
