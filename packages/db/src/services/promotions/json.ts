import type { Prisma } from "../../generated/prisma/client";

/** A validated rule part or resolved terms as a JSON column value. */
export const toJson = (value: unknown) => value as Prisma.InputJsonValue;

/** A calendar date as the value of a DATE column. */
export const dbDate = (date: string) => new Date(`${date}T00:00:00Z`);
