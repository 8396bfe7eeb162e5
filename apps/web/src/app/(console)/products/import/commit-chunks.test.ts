import { IMPORT_CHUNK_ROWS } from "@shelfloop/core";
import { describe, expect, it } from "vitest";
import { type ChunkResult, commitInChunks, type ImportTotals, NO_TOTALS } from "./commit-chunks";

const rows = Array.from({ length: IMPORT_CHUNK_ROWS * 2 + 1 }, (_, i) => ({ row: i + 2, cells: [`S${i}`] }));
const created = (chunk: { rows: unknown[] }): ChunkResult => ({
  created: chunk.rows.length,
  updated: 0,
  unchanged: 0,
  errors: [],
});

describe("commitInChunks", () => {
  it("sends chunks of at most IMPORT_CHUNK_ROWS and reports progress after each", async () => {
    const sizes: number[] = [];
    const progress: number[] = [];
    const totals = await commitInChunks(
      ["SKU"],
      rows,
      NO_TOTALS,
      async (chunk) => {
        sizes.push(chunk.rows.length);
        return created(chunk);
      },
      (current) => progress.push(current.done),
    );
    expect(sizes).toEqual([IMPORT_CHUNK_ROWS, IMPORT_CHUNK_ROWS, 1]);
    expect(progress).toEqual([IMPORT_CHUNK_ROWS, IMPORT_CHUNK_ROWS * 2, rows.length]);
    expect(totals).toMatchObject({ done: rows.length, created: rows.length });
  });

  it("stops at a failed chunk and resumes from it", async () => {
    let reported: ImportTotals = NO_TOTALS;
    let calls = 0;
    const failSecond = async (chunk: { rows: unknown[] }) => {
      calls += 1;
      if (calls === 2) throw new Error("网络中断");
      return created(chunk);
    };
    await expect(
      commitInChunks(["SKU"], rows, NO_TOTALS, failSecond, (current) => {
        reported = current;
      }),
    ).rejects.toThrow("网络中断");
    expect(reported.done).toBe(IMPORT_CHUNK_ROWS);

    const firstRows: number[] = [];
    const totals = await commitInChunks(
      ["SKU"],
      rows,
      reported,
      async (chunk) => {
        firstRows.push(chunk.rows[0]?.row ?? 0);
        return created(chunk);
      },
      () => {},
    );
    expect(firstRows).toEqual([IMPORT_CHUNK_ROWS + 2, IMPORT_CHUNK_ROWS * 2 + 2]);
    expect(totals).toMatchObject({ done: rows.length, created: rows.length });
  });
});
