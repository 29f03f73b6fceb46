import { Operations, recordingExecutor } from '@retort/ops';
import type { MigrationModule } from './migration-module';
import type { PlannedStep } from './run-migrations';

const CREATE_EXTENSION = /\bcreate\s+extension\s+(?:if\s+not\s+exists\s+)?("(?:[^"]|"")+"|[A-Za-z_][\w$]*)/gi;

/**
 * The extensions a run's scripts create: `op.createExtension(…)` calls and CREATE EXTENSION in
 * `op.execute(…)` SQL, found by running each script against a recorder (operations are plain
 * data; nothing reaches the database). A script that throws there is skipped: it meets the real
 * database in the run itself.
 */
export async function extensionsCreatedBy(
  steps: readonly PlannedStep[],
  modules: ReadonlyMap<string, MigrationModule>,
  args: Readonly<Record<string, string>>,
): Promise<string[]> {
  const names = new Set<string>();
  for (const step of steps) {
    const mod = modules.get(step.file);
    if (!step.runScript || mod === undefined) continue;
    const recorder = recordingExecutor();
    const op = new Operations(recorder, { args, offline: false });
    try {
      await (step.direction === 'up' ? mod.upgrade(op) : mod.downgrade(op));
    } catch {
      continue;
    }
    for (const o of recorder.operations) {
      if (o.kind === 'createExtension') names.add(o.name);
      if (o.kind === 'execute') for (const [, name] of o.sql.matchAll(CREATE_EXTENSION)) names.add(unquote(name!));
    }
  }
  return [...names].sort();
}

function unquote(name: string): string {
  return name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name.toLowerCase();
}
