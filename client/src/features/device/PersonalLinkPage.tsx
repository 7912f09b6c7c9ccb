import { useEffect, useState } from "react";
import { claimDevice, whoIs } from "../../access/api.js";
import { readDevice, saveDevice } from "../../access/devices.js";
import { useT } from "../../i18n/useT.js";
import { boardPath, minePath, navigate, navigateOnClick } from "../../router.js";
import { JoinHeader } from "../join/JoinHeader.js";
import { personalLinkToken } from "./personalLinkToken.js";

/** Where opening a personal link stands. */
type Opening =
  | { status: "checking" }
  | { status: "invalid" }
  | { status: "unreachable" }
  | { status: "otherPerson"; seriesId: string }
  | { status: "confirmClaim" };

function problemOf(error: string): Opening {
  return error === "network" || error === "busy" ? { status: "unreachable" } : { status: "invalid" };
}

/**
 * Keeps the link's device token for its series (as joining does) and opens the
 * person's agreements; refuses to replace another live person on this browser,
 * whose token would be lost for good. A link a facilitator made is claimed
 * first: this device keeps the person's own new token, the link stops working.
 * A link sent by mail expires: this device takes a token of the person's own.
 * Claiming signs the person's other devices out, so when they have any, the
 * person confirms first (`claimConfirmed`).
 */
async function open(token: string, claimConfirmed: boolean): Promise<Opening | null> {
  const who = await whoIs(token);
  if (!who.ok) return problemOf(who.error);
  const { seriesId, personId } = who.value;
  const kept = readDevice(seriesId);
  if (kept && kept.personId !== personId) {
    const keptWho = await whoIs(kept.token);
    if (keptWho.ok || keptWho.error === "network" || keptWho.error === "busy")
      return { status: "otherPerson", seriesId };
  }
  if (!kept || kept.personId !== personId) {
    let own = token;
    if (who.value.limited || who.value.expires === true) {
      if (who.value.limited && (who.value.ownDevices ?? 0) > 0 && !claimConfirmed) return { status: "confirmClaim" };
      const claimed = await claimDevice(token);
      if (!claimed.ok) return problemOf(claimed.error);
      own = claimed.value.token;
    }
    saveDevice(seriesId, { token: own, personId });
  }
  navigate(minePath(seriesId), { replace: true });
  return null;
}

/** `/me#<token>`: a personal link. The token leaves the address bar at once and is kept like a joined device's. */
export function PersonalLinkPage() {
  const t = useT();
  // Read without side effects; the address bar is cleaned in the effect.
  const [token] = useState(() => personalLinkToken(window.location.hash));
  const [opening, setOpening] = useState<Opening>(token === null ? { status: "invalid" } : { status: "checking" });
  const [attempt, setAttempt] = useState(0);
  const [claimConfirmed, setClaimConfirmed] = useState(false);

  useEffect(() => {
    if (window.location.hash !== "") {
      window.history.replaceState(window.history.state, "", window.location.pathname);
    }
    if (token === null) return;
    let live = true;
    void open(token, claimConfirmed).then((result) => {
      if (live && result) setOpening(result);
    });
    return () => {
      live = false;
    };
  }, [token, attempt, claimConfirmed]);

  return (
    <>
      <JoinHeader />
      <main className="page-narrow">
        {opening.status === "checking" ? (
          <p className="muted" role="status" data-testid="loading">
            {t("personal.checking")}
          </p>
        ) : opening.status === "confirmClaim" ? (
          <section className="panel" data-testid="personal-link-claim">
            <h1>{t("personal.claim.title")}</h1>
            <p className="muted">{t("personal.claim.body")}</p>
            <div className="form-actions">
              <button
                type="button"
                className="button-primary"
                onClick={() => {
                  setOpening({ status: "checking" });
                  setClaimConfirmed(true);
                }}
              >
                {t("personal.claim.confirm")}
              </button>
              <a className="button-secondary" href="/" onClick={navigateOnClick("/")}>
                {t("personal.claim.cancel")}
              </a>
            </div>
          </section>
        ) : (
          <section className="panel" data-testid="personal-link-problem" data-problem={opening.status}>
            <h1>{t(opening.status === "otherPerson" ? "personal.conflict.title" : "personal.problem.title")}</h1>
            <p className="muted">
              {t(
                opening.status === "otherPerson"
                  ? "personal.conflict.body"
                  : opening.status === "unreachable"
                    ? "personal.problem.network"
                    : "personal.problem.invalid",
              )}
            </p>
            {opening.status === "unreachable" ? (
              <button
                type="button"
                className="button-primary"
                onClick={() => {
                  setOpening({ status: "checking" });
                  setAttempt(attempt + 1);
                }}
              >
                {t("personal.retry")}
              </button>
            ) : opening.status === "otherPerson" ? (
              <a
                className="button-primary"
                href={boardPath(opening.seriesId)}
                onClick={navigateOnClick(boardPath(opening.seriesId))}
              >
                {t("personal.conflict.toBoard")}
              </a>
            ) : (
              <a className="button-primary" href="/" onClick={navigateOnClick("/")}>
                {t("app.toStart")}
              </a>
            )}
          </section>
        )}
      </main>
    </>
  );
}
