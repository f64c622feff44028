"use client";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { ReactNode } from "react";
import { fieldDomId } from "@/components/forms/feedback";
import { SelectOptions } from "@/components/forms/SelectOptions";
import type { SelectOptions as Options } from "@/lib/forms/options";
import { type OrganisationChoice, organisationOptions } from "@/lib/organisations/choices";
import type { FieldSpec } from "@/lib/postings/admin/form-sections";
import { CommunesField } from "./CommunesField";

export type FieldContext = { values: Record<string, unknown>; errors: Record<string, string[] | undefined> };

export const textValue = (context: FieldContext, name: string) => {
  const v = context.values[name];
  return typeof v === "string" ? v : "";
};

export function errorProps(context: FieldContext, name: string) {
  const messages = context.errors[name];
  return messages?.length ? { state: "error" as const, stateRelatedMessage: messages.join(" ") } : {};
}

type TextProps = {
  context: FieldContext;
  name: string;
  label: string;
  hint?: ReactNode;
  type?: "text" | "email" | "url" | "date" | "datetime-local";
  required?: boolean;
  className?: string;
};

export function TextField({ context, name, label, hint, type = "text", required, className }: TextProps) {
  return (
    <Input
      className={className}
      label={label}
      hintText={hint}
      {...errorProps(context, name)}
      nativeInputProps={{ id: fieldDomId(name), name, type, defaultValue: textValue(context, name), required, "aria-required": required }}
    />
  );
}

type SelectFieldProps = {
  context: FieldContext;
  name: string;
  label: string;
  hint?: ReactNode;
  options: Options;
  placeholder?: string;
  required?: boolean;
  className?: string;
};

export function SelectField({ context, name, label, hint, options, placeholder, required, className }: SelectFieldProps) {
  return (
    // No wrapper: DSFR spaces a select group from the field after it only among siblings.
    <Select
      className={className}
      label={label}
      hint={hint}
      {...errorProps(context, name)}
      nativeSelectProps={{ id: fieldDomId(name), name, defaultValue: textValue(context, name), required }}
    >
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      <SelectOptions options={options} />
    </Select>
  );
}

export function TextAreaField({ context, name, label, hint, rows = 18, required = true }: Omit<TextProps, "type"> & { rows?: number }) {
  return (
    <Input
      textArea
      label={label}
      hintText={hint}
      {...errorProps(context, name)}
      nativeTextAreaProps={{
        id: fieldDomId(name),
        name,
        rows,
        defaultValue: textValue(context, name),
        required,
        "aria-required": required,
        // The body is prose; other text areas (contacts) hold names and addresses.
        spellCheck: required,
      }}
    />
  );
}

/** Renders one field of the form from its description (./sections.ts). */
export function FormField({
  field,
  context,
  organisations,
}: {
  field: FieldSpec;
  context: FieldContext;
  organisations: readonly OrganisationChoice[];
}) {
  switch (field.kind) {
    case "text":
      return <TextField context={context} {...field} />;
    case "select": {
      const options = field.options === "organisations" ? organisationOptions(organisations) : field.options;
      return <SelectField context={context} {...field} options={options} />;
    }
    case "communes":
      return <CommunesField context={context} {...field} />;
    case "textarea":
      return <TextAreaField context={context} {...field} required={false} />;
    case "checkboxes": {
      const chosen = context.values[field.name];
      const checked = Array.isArray(chosen) ? chosen : [];
      return (
        <Checkbox
          legend={field.label}
          orientation="horizontal"
          options={field.options.map((o) => ({
            label: o.label,
            nativeInputProps: { name: field.name, value: o.value, defaultChecked: checked.includes(o.value) },
          }))}
        />
      );
    }
  }
}
