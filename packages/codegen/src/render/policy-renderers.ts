import type {
  AlterPolicyOp,
  AlterRoleOp,
  CreateExclusionConstraintOp,
  CreatePolicyOp,
  DropPolicyOp,
  DropRoleOp,
  ObjectKinds,
  PolicyChanges,
  PolicySpec,
  RoleOptions,
} from '@retort/ops';
import { definitionIf, facadeCall, type Renderers } from './render-call';
import { AS_IS, FALSE_BY_DEFAULT, SCHEMA_ONLY, ordered, type Shape } from './shape';

type Named = 'kind' | 'name' | 'table';

const createExclusionShape: Shape<Omit<CreateExclusionConstraintOp, Named | 'expression'>> = {
  schema: AS_IS,
  deferrable: FALSE_BY_DEFAULT,
  initiallyDeferred: FALSE_BY_DEFAULT,
};

const policyChangesShape: Shape<PolicyChanges> = { to: AS_IS, using: AS_IS, withCheck: AS_IS };
const policySpecShape: Shape<PolicySpec> = {
  as: { default: 'permissive' },
  for: { default: 'all' },
  ...policyChangesShape,
};
const createPolicyShape: Shape<Omit<CreatePolicyOp, Named>> = { schema: AS_IS, ...policySpecShape };
const alterPolicyShape: Shape<Omit<AlterPolicyOp, Named>> = {
  schema: AS_IS,
  ...policyChangesShape,
  existing: { shape: policyChangesShape },
};
const dropPolicyShape: Shape<Omit<DropPolicyOp, Named>> = {
  schema: AS_IS,
  definition: { shape: policySpecShape },
};

const roleShape: Shape<RoleOptions> = { createDb: AS_IS, createRole: AS_IS, inherit: AS_IS };
const alterRoleShape: Shape<Omit<AlterRoleOp, 'kind' | 'name'>> = {
  ...roleShape,
  existing: { shape: roleShape },
};
const dropRoleShape: Shape<Omit<DropRoleOp, 'kind' | 'name'>> = {
  definition: { shape: roleShape },
};

/** Exclusion constraints, row-level security, policies and roles. */
export const policyRenderers: Pick<Renderers, ObjectKinds> = {
  createExclusionConstraint: ({ kind: _kind, name, table, expression, ...options }) =>
    facadeCall(
      'createExclusionConstraint',
      [name, table, expression],
      ordered(options, createExclusionShape),
    ),
  setRowLevelSecurity: ({ kind: _kind, table, enabled, ...options }) =>
    facadeCall(
      enabled ? 'enableRowLevelSecurity' : 'disableRowLevelSecurity',
      [table],
      ordered(options, SCHEMA_ONLY),
    ),
  createPolicy: ({ kind: _kind, name, table, ...options }) =>
    facadeCall('createPolicy', [name, table], ordered(options, createPolicyShape)),
  // The changes argument is required, so it is written even when it holds only `existing`.
  alterPolicy: ({ kind: _kind, name, table, ...changes }) =>
    facadeCall('alterPolicy', [name, table, ordered(changes, alterPolicyShape)]),
  dropPolicy: ({ kind: _kind, name, table, ...options }, render) =>
    facadeCall(
      'dropPolicy',
      [name, table],
      ordered(definitionIf(options, render), dropPolicyShape),
    ),
  createRole: ({ kind: _kind, name, ...options }) =>
    facadeCall('createRole', [name], ordered(options, roleShape)),
  alterRole: ({ kind: _kind, name, ...changes }) =>
    facadeCall('alterRole', [name, ordered(changes, alterRoleShape)]),
  dropRole: ({ kind: _kind, name, ...options }, render) =>
    facadeCall('dropRole', [name], ordered(definitionIf(options, render), dropRoleShape)),
};
