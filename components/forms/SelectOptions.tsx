import type { SelectOptions as Options } from "@/lib/forms/options";

/** The `<option>`s of a select, and its `<optgroup>`s where the options are grouped. */
export function SelectOptions({ options }: { options: Options }) {
  return options.map((o) =>
    "group" in o ? (
      <optgroup key={`groupe-${o.group}`} label={o.group}>
        {o.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </optgroup>
    ) : (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ),
  );
}
