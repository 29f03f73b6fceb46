import type { RetortCommand } from './define-command';
import { initCommand, listTemplatesCommand } from './init';
import { revisionCommand, mergeCommand } from './revision';
import { upgradeCommand, downgradeCommand, stampCommand } from './migrate';
import { currentCommand, historyCommand, headsCommand, branchesCommand, showCommand } from './inspect';
import { editCommand, ensureVersionCommand } from './edit';
import { checkCommand, diffCommand } from './check';
import { acceptEditCommand, resolveCommand } from './resolve';
import { adoptCommand } from './adopt';
import { lintCommand } from './lint';

/** Every `retort` command, in the order `retort --help` lists them. */
export const commands: RetortCommand[] = [
  initCommand,
  listTemplatesCommand,
  revisionCommand,
  checkCommand,
  diffCommand,
  lintCommand,
  upgradeCommand,
  downgradeCommand,
  currentCommand,
  historyCommand,
  headsCommand,
  branchesCommand,
  showCommand,
  stampCommand,
  resolveCommand,
  acceptEditCommand,
  adoptCommand,
  mergeCommand,
  editCommand,
  ensureVersionCommand,
];
