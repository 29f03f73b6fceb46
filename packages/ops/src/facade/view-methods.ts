import type * as V from '../operations/view-ops';
import { RenameMethods } from './rename-methods';

/** The options object of a facade method: the operation's fields minus its positional ones. */
export type Options<O, Positional extends keyof O = never> = Omit<O, 'kind' | Positional>;

/** The facade's views and materialized views (the `op` of migration files inherits them). */
export abstract class ViewMethods extends RenameMethods {
  createView(
    name: string,
    definition: string,
    options: Options<V.CreateViewOp, 'name' | 'definition'> = {},
  ): Promise<void> {
    return this.invoke({ kind: 'createView', name, definition, ...options });
  }
  dropView(name: string, options: Options<V.DropViewOp, 'name'> = {}): Promise<void> {
    return this.invoke({ kind: 'dropView', name, ...options });
  }
  createMaterializedView(
    name: string,
    definition: string,
    options: Options<V.CreateMaterializedViewOp, 'name' | 'definition'> = {},
  ): Promise<void> {
    return this.invoke({ kind: 'createMaterializedView', name, definition, ...options });
  }
  dropMaterializedView(
    name: string,
    options: Options<V.DropMaterializedViewOp, 'name'> = {},
  ): Promise<void> {
    return this.invoke({ kind: 'dropMaterializedView', name, ...options });
  }
}
