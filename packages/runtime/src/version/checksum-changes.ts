import type { PlannedStep } from '../migrator/run-migrations';
import { fileChecksum, forgetChecksumSql, recordChecksumSql } from './checksum-table';
import type { VersionTableName } from './version-table';

/** The checksum rows a step writes, in the transaction that records the step. */
export function checksumSql(t: VersionTableName, step: Pick<PlannedStep, 'checksums'>): string[] {
  return [
    ...step.checksums.record.map((r) => recordChecksumSql(t, r.revision, fileChecksum(r.file))),
    ...step.checksums.forget.map((revision) => forgetChecksumSql(t, revision)),
  ];
}
