/** Rows per import request: a large file is written in several such chunks, each its own transaction. */
export const IMPORT_CHUNK_ROWS = 500;
