// The CSV writer lives in the report layer, shared by the CLI and the app.
export { toCsv } from '../../report/csv';
