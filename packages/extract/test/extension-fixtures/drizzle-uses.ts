import { sql } from 'drizzle-orm';
import { customType, geometry, index, pgSchema, pgTable, text, uuid, vector } from 'drizzle-orm/pg-core';

/** Objects whose types, defaults and operator classes come from extensions. */
const citext = customType<{ data: string }>({ dataType: () => 'citext' });
const hstore = customType<{ data: string }>({ dataType: () => 'ext.hstore' });

export const gis = pgSchema('gis');

export const places = pgTable(
  'places',
  {
    id: uuid('id').primaryKey().default(sql`uuid_generate_v4()`),
    token: uuid('token').notNull().defaultRandom(),
    name: citext('name').notNull(),
    tags: hstore('tags'),
    embedding: vector('embedding', { dimensions: 3 }),
    location: geometry('location', { type: 'point', mode: 'xy', srid: 4326 }),
    title: text('title').notNull(),
  },
  (t) => [index('places_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops'))],
);
