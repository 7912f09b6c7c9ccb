import { useEffect, useState } from "react";
import { useT } from "../../i18n/useT.js";
import { useAppStoreApi } from "../../store/context.js";
import { showToast } from "../../store/toasts.js";

const COPIED_MS = 2000;

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copies the board's address so it can be sent to the other participants. */
export function CopyLinkButton() {
  const t = useT();
  const store = useAppStoreApi();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  async function onClick(): Promise<void> {
    const url = window.location.href;
    if (await copyText(url)) setCopied(true);
    else showToast(store, { key: "board.copyLink.failed", params: { url } });
  }

  return (
    <button type="button" className="button-secondary" data-testid="copy-link" onClick={() => void onClick()}>
      {copied ? t("board.copyLink.done") : t("board.copyLink")}
    </button>
  );
}
