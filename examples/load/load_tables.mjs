// Query negsim's tables with DuckDB (here its Node package, `npm install @duckdb/node-api`; the SQL is the same in
// the duckdb CLI, Python's duckdb and R's duckdb). Argument: a `negsim run --save-replicates` folder.
import { DuckDBInstance } from '@duckdb/node-api';
import path from 'node:path';

const run = process.argv[2];
const t = (name) => path.join(run, 'tables', name).replaceAll("'", "''");
const db = await (await DuckDBInstance.create(':memory:')).connect();
const rows = async (sql) => (await db.runAndReadAll(sql)).getRowObjectsJson();

// CSV and Parquet alike are tables to DuckDB; column names with dots need double quotes.
const [fromReplicates] = await rows(`SELECT avg(escalation::INT) AS p FROM '${t('replicates.parquet')}'`);
const [fromEndings] = await rows(`SELECT estimate AS p FROM '${t('endings.csv')}' WHERE outcome = 'escalation'`);
if (Math.abs(fromReplicates.p - fromEndings.p) > 1e-12) throw new Error(`P(escalation) ${fromReplicates.p} != ${fromEndings.p}`);

const perItem = await rows(`
  SELECT r.item, avg(r.agreed::INT) AS p, any_value(i.agreement) AS summary
  FROM '${t('items.parquet')}' r JOIN '${t('items.csv')}' i USING (item) GROUP BY r.item`);
for (const row of perItem) if (Math.abs(row.p - row.summary) > 1e-12) throw new Error(`item ${row.item}: ${row.p} != ${row.summary}`);

// Does Russia's attendance (its drawn probability of coming to a meeting) go with escalation?
const byAttendance = await rows(`
  SELECT round("parties.russia.attendance", 1) AS attendance, avg(escalation::INT) AS p_escalation, count(*) AS n
  FROM '${t('replicates.parquet')}' GROUP BY 1 ORDER BY 1`);
console.log(`duckdb: P(escalation) ${Number(fromReplicates.p).toFixed(4)}, ${perItem.length} items checked, ${byAttendance.length} attendance bins`);
