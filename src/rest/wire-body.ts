import type { CatalogFigure } from '../figures/catalog';
import type { RestFormat } from '../config';

// The type of a snapshot in a REST wire format, derived from the figures' declarations: each figure
// with a key in the format adds that key (dots nest) with the value type the writer produces. No
// runtime code: test/rest/istats-type.test.ts checks the current format against Rocket.Chat's IStats.

type DeclarationOf<F> = F extends { readonly declared?: infer D } ? NonNullable<D> : never;
type NameOf<F> = F extends { name: infer N extends string } ? N : never;

/** The figure's key in the format: its name for `true`, else the declared key. */
type KeyOf<F, Format extends RestFormat> =
  DeclarationOf<F> extends { wire?: infer W }
    ? W extends { readonly [P in Format]: infer K }
      ? K extends true
        ? NameOf<F>
        : K extends string
          ? K
          : never
      : never
    : never;

/** The value as the writer writes it: the declared wire value, else the figure's with dates as ISO strings. */
type ValueOf<F> =
  DeclarationOf<F> extends { wire?: { value: (value: never) => infer V } }
    ? V
    : DeclarationOf<F> extends { compute: (...results: never[]) => infer T }
      ? T extends Date
        ? string
        : T
      : never;

/** A key path and its value as nested object types; a value that may be missing makes its key optional. */
type Nest<Path extends string, V> = Path extends `${infer Head}.${infer Rest}`
  ? { [K in Head]: Nest<Rest, V> }
  : null extends V
    ? { [K in Path]?: NonNullable<V> }
    : undefined extends V
      ? { [K in Path]?: NonNullable<V> }
      : { [K in Path]: V };

type EntryOf<F, Format extends RestFormat> = F extends unknown ? ([KeyOf<F, Format>] extends [never] ? never : Nest<KeyOf<F, Format>, ValueOf<F>>) : never;
type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (whole: infer I) => void ? I : never;

/** One snapshot of the format as the wire writer makes it (GET /statistics adds `success`). */
export type WireSnapshot<Format extends RestFormat> = UnionToIntersection<EntryOf<CatalogFigure, Format>>;
