import type { RoleOptions } from '../../operations/role-ops';
import type { Compilers } from './compiler-types';
import { quoteIdent } from './quote';
import { statement } from './statement';

function attributes(options: RoleOptions): string {
  const words = [
    options.createDb === undefined ? '' : options.createDb ? 'CREATEDB' : 'NOCREATEDB',
    options.createRole === undefined ? '' : options.createRole ? 'CREATEROLE' : 'NOCREATEROLE',
    options.inherit === undefined ? '' : options.inherit ? 'INHERIT' : 'NOINHERIT',
  ].filter((w) => w !== '');
  return words.length === 0 ? '' : ` WITH ${words.join(' ')}`;
}

export const roleCompilers: Pick<Compilers, 'createRole' | 'alterRole' | 'dropRole'> = {
  createRole: (op) => [statement(`CREATE ROLE ${quoteIdent(op.name)}${attributes(op)}`)],
  alterRole(op) {
    const changes = attributes(op);
    return changes === '' ? [] : [statement(`ALTER ROLE ${quoteIdent(op.name)}${changes}`)];
  },
  dropRole: (op) => [statement(`DROP ROLE ${quoteIdent(op.name)}`)],
};
