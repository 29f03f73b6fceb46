import type { SchemaModel } from '@retort/schema';
import { tenantAsPublic } from '../../src/tenant-schema';

describe('tenantAsPublic', () => {
  it('maps the tenant schema and tenant-qualified type names to public, and nothing else', () => {
    const model = {
      schemas: ['weird; t1'],
      tables: [
        {
          schema: 'weird; t1',
          name: 'items',
          columns: [
            { name: 'mood', type: '"weird; t1".mood', default: "'weird; t1.ok'::text" },
            { name: 'other', type: 'shared.mood', default: null },
          ],
          foreignKeys: [{ references: { schema: 'weird; t1', table: 'users' } }, { references: { schema: 'shared', table: 'plans' } }],
        },
      ],
      enums: [{ schema: 'weird; t1', name: 'mood' }],
    } as unknown as SchemaModel;
    expect(tenantAsPublic(model, 'weird; t1')).toEqual({
      schemas: ['public'],
      tables: [
        {
          schema: 'public',
          name: 'items',
          columns: [
            { name: 'mood', type: 'public.mood', default: "'weird; t1.ok'::text" },
            { name: 'other', type: 'shared.mood', default: null },
          ],
          foreignKeys: [{ references: { schema: 'public', table: 'users' } }, { references: { schema: 'shared', table: 'plans' } }],
        },
      ],
      enums: [{ schema: 'public', name: 'mood' }],
    });
  });

  it('replaces an unquoted tenant qualifier only where it stands alone', () => {
    const model = { schemas: ['t1'], tables: [{ schema: 't1', name: 'x', check: 'at1.a > 0 AND t1.b > 0' }] } as unknown as SchemaModel;
    expect(tenantAsPublic(model, 't1')).toEqual({ schemas: ['public'], tables: [{ schema: 'public', name: 'x', check: 'at1.a > 0 AND public.b > 0' }] });
  });
});
