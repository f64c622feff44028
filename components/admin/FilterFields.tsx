// Fields of the GET filter forms of admin lists: they work without JavaScript.
type Common = { id: string; name: string; label: string; defaultValue: string; className: string };

export function FilterSelect({ id, name, label, defaultValue, className, options, allLabel }: Common & { options: { value: string; label: string }[]; allLabel: string }) {
  return (
    <div className={`${className} fr-select-group`}>
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <select className="fr-select" id={id} name={name} defaultValue={defaultValue}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterInput({ id, name, label, defaultValue, className, type = "text" }: Common & { type?: "text" | "search" | "date" }) {
  return (
    <div className={`${className} fr-input-group`}>
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <input className="fr-input" id={id} name={name} type={type} defaultValue={defaultValue} />
    </div>
  );
}
