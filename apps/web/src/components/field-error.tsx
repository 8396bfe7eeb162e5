import type { AppRouter } from "@shelfloop/api";
import type { TRPCClientErrorLike } from "@trpc/client";

type Failure = TRPCClientErrorLike<AppRouter> | null | undefined;

// Flattened validation errors are keyed by field; their static type depends on the procedure.
const zodErrorsOf = (error: NonNullable<Failure>) => {
  const zod = error.data?.zodError;
  return zod
    ? { formErrors: zod.formErrors, fieldErrors: zod.fieldErrors as Record<string, string[] | undefined> }
    : null;
};

/**
 * The message for one form field from a failed mutation: the validation error on that field, or a
 * business refusal that names it.
 */
export function fieldError(error: Failure, field: string): string | undefined {
  if (!error) return undefined;
  const zodMessage = zodErrorsOf(error)?.fieldErrors[field]?.[0];
  if (zodMessage) return zodMessage;
  return error.data?.field === field ? error.message : undefined;
}

/** The message to show above a form: what no field-level message covers. */
export function formError(error: Failure, fields: readonly string[]): string | undefined {
  if (!error) return undefined;
  if (fields.some((field) => fieldError(error, field))) return undefined;
  const zod = zodErrorsOf(error);
  // A validation failure's own message is JSON; show its first human message instead.
  if (zod) return zod.formErrors[0] ?? Object.values(zod.fieldErrors).flat()[0] ?? error.message;
  return error.message;
}

export function FieldError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return <span className="mt-1 block text-xs text-rose-600">{message}</span>;
}
