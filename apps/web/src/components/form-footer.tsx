/**
 * The end of a console form: the message no single field covers, then submit (and cancel when the
 * form can be closed). `className` places it in the form's grid (e.g. "md:col-span-2").
 */
export function FormFooter({
  error,
  submitLabel,
  disabled,
  onCancel,
  cancelLabel,
  className = "",
}: {
  error: string | null | undefined;
  submitLabel: string;
  disabled: boolean;
  onCancel?: () => void;
  cancelLabel?: string;
  className?: string;
}) {
  return (
    <>
      {error && (
        <p role="alert" className={`text-sm text-rose-700 ${className}`}>
          {error}
        </p>
      )}
      <div className={`flex items-center gap-3 ${className}`}>
        <button
          type="submit"
          disabled={disabled}
          className="rounded-md bg-tremor-brand px-4 py-2 text-sm font-medium text-white hover:bg-tremor-brand-emphasis disabled:opacity-60"
        >
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} className="text-sm text-tremor-content hover:underline">
            {cancelLabel}
          </button>
        )}
      </div>
    </>
  );
}
