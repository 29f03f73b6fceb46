import type { SchemaModel } from '@retort/schema';
import { col, enumType, fk, idTable, index, model, sequence, serial, table } from './builders';

/** A model that uses every kind of object the diff knows about. */
export function richModel(): SchemaModel {
  const tagId = serial('tags', 'id');
  return model({
    schemas: ['app', 'public'],
    enums: [enumType('kind', ['a', 'b'], 'app'), enumType('mood', ['sad', 'ok', 'happy'])],
    domains: [
      {
        schema: 'public',
        name: 'email',
        type: 'text',
        notNull: false,
        default: null,
        collation: null,
        checks: [{ name: 'email_check', expression: "(VALUE ~~ '%@%'::text)" }],
      },
    ],
    sequences: [sequence('invoice_no', { start: '1000' }), tagId.sequence],
    tables: [
      table(
        'events',
        [
          col('id', 'bigint', {
            nullable: false,
            identity: {
              generation: 'always',
              sequenceName: 'events_id_seq',
              start: '1',
              increment: '1',
              minValue: '1',
              maxValue: '9223372036854775807',
              cache: '1',
              cycle: false,
            },
          }),
          col('kind', 'app.kind'),
        ],
        {
          schema: 'app',
          primaryKey: { name: 'events_pkey', columns: ['id'] },
        },
      ),
      idTable(
        'posts',
        [
          col('user_id', 'integer', { nullable: false }),
          col('title', 'character varying(200)', { nullable: false }),
          col('body', 'text'),
          col('mood', 'public.mood', { default: "'ok'::mood" }),
          col('slug', 'text', {
            generated: { kind: 'stored', expression: 'lower((title)::text)' },
          }),
        ],
        {
          foreignKeys: [
            fk('posts_user_id_fkey', ['user_id'], 'users', ['id'], { onDelete: 'cascade' }),
          ],
          indexes: [
            index('posts_lower_title_idx', [], {
              keys: [
                {
                  column: null,
                  expression: 'lower((title)::text)',
                  opclass: null,
                  collation: null,
                  order: 'desc',
                  nulls: 'first',
                },
              ],
            }),
          ],
          checks: [{ name: 'posts_title_check', expression: '(length((title)::text) > 0)' }],
        },
      ),
      table('tags', [tagId.column, col('name', 'text', { nullable: false, collation: 'C' })], {
        primaryKey: { name: 'tags_pkey', columns: ['id'] },
      }),
      idTable(
        'users',
        [
          col('email', 'public.email', { nullable: false }),
          col('created_at', 'timestamp with time zone', { nullable: false, default: 'now()' }),
          col('score', 'numeric(12,2)', { default: '0', comment: 'points' }),
        ],
        {
          comment: 'people',
          uniques: [
            {
              name: 'users_email_key',
              columns: ['email'],
              nullsNotDistinct: false,
              deferrable: false,
              initiallyDeferred: false,
            },
          ],
          indexes: [
            index('users_created_at_idx', ['created_at'], {
              where: '(score > (0)::numeric)',
              include: ['score'],
            }),
          ],
        },
      ),
    ],
  });
}
