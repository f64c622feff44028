// The choices of a select, as data: plain options, or options under a group's label.

export type Option = { value: string; label: string };
/** Options under a label (an `<optgroup>`). */
export type OptionGroup = { group: string; options: Option[] };
export type SelectOptions = readonly (Option | OptionGroup)[];

/** Every option of a select, groups flattened. */
export const flatOptions = (options: SelectOptions): Option[] => options.flatMap((o) => ("group" in o ? o.options : [o]));
