import { connectTest, testTargets } from '@retort/testing';

describe.each(testTargets())('test target $name', (target) => {
  it('gives an isolated empty database that can be written and disposed', async () => {
    const db = await target.create();
    const conn = await connectTest(db.url);
    try {
      await conn.exec('create table t (id int primary key)');
      await conn.query('insert into t values ($1)', [7]);
      expect(await conn.query('select id from t')).toEqual([{ id: 7 }]);
    } finally {
      await conn.close();
      await db.dispose();
    }
  });
});
