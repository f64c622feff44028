// Fields of the GET filter forms of admin lists: they work without JavaScript.
import type { SelectOptions as Options } from "@/lib/forms/options";
import { SelectOptions } from "@/components/forms/SelectOptions";
type FilterFieldCommon = { id: string; name: string; label: string; defaultValue: string; className: string; error?: string };

/** DSFR's error state: the message under the field, read with it by screen readers. */
function errorParts(id: string, kind: "input" | "select", error: string | undefined) {
  if (!error) return { group: "", field: "", describedBy: undefined, message: null };
  return {
    group: ` fr-${kind}-group--error`,
    field: ` fr-${kind}--error`,
    describedBy: `${id}-erreur`,
    message: (
      <p className="fr-error-text" id={`${id}-erreur`}>
        {error}
      </p>
    ),
  };
}

export function FilterSelect({
  id,
  name,
  label,
  defaultValue,
  className,
  options,
  allLabel,
  error,
}: FilterFieldCommon & { options: Options; allLabel: string }) {
  const e = errorParts(id, "select", error);
  return (
    <div className={`${className} fr-select-group${e.group}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <select className={`fr-select${e.field}`} id={id} name={name} defaultValue={defaultValue} aria-describedby={e.describedBy}>
        <option value="">{allLabel}</option>
        <SelectOptions options={options} />
      </select>
      {e.message}
    </div>
  );
}

export function FilterInput({
  id,
  name,
  label,
  defaultValue,
  className,
  type = "text",
  error,
}: FilterFieldCommon & { type?: "text" | "search" | "date" }) {
  const e = errorParts(id, "input", error);
  return (
    <div className={`${className} fr-input-group${e.group}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <input
        className={`fr-input${e.field}`}
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        aria-describedby={e.describedBy}
      />
      {e.message}
    </div>
  );
}
