// Converts a results folder's tables/replicates.parquet and tables/items.parquet to CSV beside them
// (tables/replicates.parquet.csv, tables/items.parquet.csv), with DuckDB's Node package, for tools without a
// Parquet reader (Debian 12's pandas has none). The SQL is DuckDB's and works the same in its CLI, Python and R.
//   npm install @duckdb/node-api
//   node examples/parquet-to-csv.mjs results/base [results/other ...]
import { DuckDBInstance } from '@duckdb/node-api';
import path from 'node:path';

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
for (const folder of process.argv.slice(2)) {
  for (const table of ['replicates', 'items']) {
    const parquet = path.join(folder, 'tables', `${table}.parquet`).replaceAll("'", "''");
    await connection.run(`COPY (FROM '${parquet}') TO '${parquet}.csv' (HEADER)`);
    console.log(`${parquet}.csv`);
  }
}
