/** What a posting action answers the form: errors next to fields, a message, and the values to show again. */
export type FormState = {
  errors: Record<string, string[] | undefined>;
  message: string | null;
  severity: "error" | "success" | null;
  /** The submitted values, shown again after a refusal so that nothing typed is lost. */
  values: Record<string, unknown> | null;
  /** Changes on every answer: the form remounts with `values` as its defaults. */
  submission: number;
};

export const INITIAL_FORM_STATE: FormState = { errors: {}, message: null, severity: null, values: null, submission: 0 };
