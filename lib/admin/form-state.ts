/**
 * What every admin form's server action answers (lib/admin/boundary.ts): errors next to
 * fields, one message, the values to show again, and what the command handed back.
 * Shared by the server actions and the client components that read them with useActionState.
 */
export type FormState<D = null> = {
  errors: Record<string, string[] | undefined>;
  message: string | null;
  severity: "error" | "success" | null;
  /** The submitted values, shown again after a refusal so that nothing typed is lost. */
  values: Record<string, unknown> | null;
  /** What a successful command hands back to the page (a created account, an import report). */
  data: D | null;
  /** Changes on every answer: the form remounts with `values` as its defaults. */
  submission: number;
};

export const INITIAL_FORM_STATE: FormState<never> = { errors: {}, message: null, severity: null, values: null, data: null, submission: 0 };
