import { normalizeModel, type SchemaModel } from '@retort/schema';
import { compareColumnRenames, compareObjectRenames } from './compare/renames';
import { compareDependents } from './compare/dependents';
import { createAndAlterDomains, dropDomains } from './compare/domains';
import { compareExtensions } from './compare/extensions';
import { compareEnums } from './compare/enums';
import { compareRoles } from './compare/roles';
import { compareSchemas } from './compare/schemas';
import { compareSequences } from './compare/sequences';
import { compareTables } from './compare/tables';
import { viewsUnderChange } from './compare/view-dependencies';
import { compareViews } from './compare/views';
import type { DiffContext } from './compare/context';
import { createScope, scopeModel } from './filter';
import { Plan } from './order/plan';
import { resolveRenames } from './renames/resolve-renames';
import type { DiffEntry, DiffOptions } from './types';

/**
 * The operations that turn `current` (usually the introspected database) into `target`
 * (usually the ORM's model), in dependency order, each with its hazards. Pure and synchronous:
 * renames are decided by `options.renames`, the scope by `options.filter`.
 */
export function diff(
  current: SchemaModel,
  target: SchemaModel,
  options: DiffOptions = {},
): DiffEntry[] {
  const scope = createScope(options.filter, options.versionTable);
  const from = scopeModel(normalizeModel(current), scope);
  const to = scopeModel(normalizeModel(target), scope);
  const renames = resolveRenames(from, to, options.renames);
  const ctx: DiffContext = {
    plan: new Plan(),
    working: structuredClone(from),
    target: to,
    unresolvedTables: renames.unresolvedTables,
    unresolvedColumns: renames.unresolvedColumns,
    identityNamesChosen: new Map(),
  };
  compareObjectRenames(ctx, renames);
  const underChange = viewsUnderChange(from, to, renames);
  compareSchemas(ctx);
  compareExtensions(ctx);
  compareRoles(ctx);
  compareColumnRenames(ctx, renames.columns);
  compareDependents(ctx);
  dropDomains(ctx);
  compareEnums(ctx);
  compareSequences(ctx);
  createAndAlterDomains(ctx);
  compareTables(ctx);
  compareViews(ctx, underChange);
  return ctx.plan.entries();
}
