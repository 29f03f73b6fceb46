import type { Operation } from '@retort/ops';
import type { DiffEntry, Hazard } from '../types';
import { PHASES, type Phase } from './phases';

/**
 * Collects diff entries by phase; `entries()` lists them phase by phase, in the order they were
 * added within a phase (callers add in sorted order, so the result is deterministic).
 */
export class Plan {
  private readonly byPhase = new Map<Phase, DiffEntry[]>();

  add(phase: Phase, op: Operation, hazards: Hazard[] = [], reverse?: Operation[]): DiffEntry {
    const entry: DiffEntry = reverse === undefined ? { op, hazards } : { op, hazards, reverse };
    const list = this.byPhase.get(phase) ?? [];
    list.push(entry);
    this.byPhase.set(phase, list);
    return entry;
  }

  entries(): DiffEntry[] {
    return PHASES.flatMap((phase) => this.byPhase.get(phase) ?? []);
  }
}
