import { useId, useState, type FormEvent } from "react";
import { nanoid } from "nanoid";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";

/** One line to add an organisation by its name. */
export function AddOrgForm() {
  const t = useT();
  const sync = useSync();
  const id = useId();
  const [name, setName] = useState("");
  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === "") return;
    sync.send({ type: "org.add", orgId: nanoid(), name: trimmed });
    setName("");
  }
  return (
    <form className="inline-form" onSubmit={onSubmit} aria-label={t("setup.org.add")}>
      <label className="visually-hidden" htmlFor={id}>
        {t("setup.org.name")}
      </label>
      <input
        id={id}
        className="text-input"
        value={name}
        maxLength={LIMITS.orgName}
        placeholder={t("setup.org.name.placeholder")}
        data-testid="org-add-name"
        onChange={(e) => setName(e.target.value)}
      />
      <button type="submit" className="button-primary" disabled={name.trim() === ""}>
        {t("setup.org.add")}
      </button>
    </form>
  );
}
