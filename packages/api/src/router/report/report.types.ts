import { daysBetween, isCalendarDate } from "@shelfloop/core";
import { z } from "zod";

/** Longest period the dashboard reports on (a leap year, both ends included). */
export const MAX_REPORT_DAYS = 366;

const date = (label: string) =>
  z.string(`请选择${label}`).trim().refine(isCalendarDate, `${label}无效（应为存在的日期，格式 YYYY-MM-DD）`);

const warehouseId = z.uuid("门店参数无效").optional();

/** Both ends valid dates (a parent check may still run after a field's own check failed). */
const bothDates = (value: { from: string; to: string }) =>
  isCalendarDate(value.from) && isCalendarDate(value.to);

export const dashboardInput = z
  .object({ from: date("开始日期"), to: date("结束日期"), warehouseId })
  .refine((value) => !bothDates(value) || value.from <= value.to, {
    message: "开始日期不能晚于结束日期",
    path: ["from"],
  })
  .refine(
    (value) =>
      !bothDates(value) || value.from > value.to || daysBetween(value.from, value.to) + 1 <= MAX_REPORT_DAYS,
    { message: `查询区间最多 ${MAX_REPORT_DAYS} 天`, path: ["to"] },
  );

export const purchasingAdviceInput = z.object({ warehouseId }).default({});
