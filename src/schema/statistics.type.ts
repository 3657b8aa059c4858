import 'reflect-metadata';
import { Field, ObjectType } from 'type-graphql';
import { allFigures, figureGroups } from '../figures/catalog';
import { readsTheDatabase, rootGroup, type FigureGroup } from '../figures/figure';

/**
 * The Statistics type and its nested group types (`legacy`, `omnichannel`, …). Their fields are the
 * figures of src/figures/catalog.ts, declared there once; this file only hands each declaration to
 * type-graphql, in catalog order.
 */
export class Statistics {}

/** A class named like the group's GraphQL type (type-graphql names a type after its class). */
function namedClass(name: string): new () => object {
  return { [name]: class {} }[name];
}

const classOf = new Map<FigureGroup, new () => object>([[rootGroup, Statistics]]);
for (const group of figureGroups) classOf.set(group.path, namedClass(group.typeName));

const parentOf = (path: FigureGroup) => (path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : rootGroup);
const fieldOf = (path: FigureGroup) => path.slice(path.lastIndexOf('.') + 1);

for (const figure of allFigures) {
  const owner = classOf.get(figure.group);
  if (!owner) throw new RangeError(`The figure ${figure.name} names the group ${figure.group}, which catalog.ts does not list.`);
  // A figure read from the database is nullable even when it always has a value: a failed query nulls it alone.
  Field(figure.type, { nullable: figure.nullable === true || readsTheDatabase(figure), description: figure.description })(owner.prototype, figure.name);
}
for (const group of figureGroups) {
  const type = classOf.get(group.path)!;
  Field(() => type, { description: group.description })(classOf.get(parentOf(group.path))!.prototype, fieldOf(group.path));
  ObjectType({ description: group.description })(type);
}

ObjectType({
  description:
    'Statistics of the Rocket.Chat workspace, with the current definitions (Rocket.Chat 6.x–8.x). Live results compute only the selected fields; stored snapshots return their stored values.',
})(Statistics);
