import type { ResolvedConfig } from '../config/config-types';
import type { Driver } from '../drivers/driver';
import { readVersionHeads, ensureVersionTable } from '../version/version-table';

/** The version table's rows (the database's current heads); [] when the table does not exist. */
export function currentHeads(config: ResolvedConfig, driver: Driver): Promise<string[]> {
  return readVersionHeads(driver, config.versionTable);
}

/** `ensure-version`: creates the version table if it does not exist. */
export async function ensureVersion(config: ResolvedConfig, driver: Driver): Promise<void> {
  await driver.exec('BEGIN');
  try {
    await ensureVersionTable(driver, config.versionTable);
    await driver.exec('COMMIT');
  } catch (error) {
    await driver.exec('ROLLBACK').catch(() => {});
    throw error;
  }
}
