import { useEffect, useState, type ReactNode } from "react";
import { deviceTokenFromLink, forgetDevice, readDevice, saveDevice, type DeviceAccess } from "../../access/devices.js";
import { whoIs } from "../../access/api.js";
import { useAppStoreApi } from "../../store/context.js";
import { SyncProvider } from "../../sync/context.js";
import { SyncClient } from "../../sync/SyncClient.js";
import { socketIoTransport, type ConnectionView } from "../../sync/transport.js";
import { BoardScreen } from "./BoardScreen.js";
import { LoadingPage, NoAccessPage } from "./StatusPages.js";
import "./board.css";

/** The device token for a series: from a moderator's link (then taken out of the address bar) or from this device. */
function useDeviceAccess(seriesId: string): DeviceAccess | null | "checking" {
  const [access, setAccess] = useState<DeviceAccess | null | "checking">(() =>
    deviceTokenFromLink(window.location.hash) ? "checking" : readDevice(seriesId),
  );
  useEffect(() => {
    const token = deviceTokenFromLink(window.location.hash);
    if (!token) return;
    window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
    let live = true;
    void whoIs(token).then((result) => {
      if (!live) return;
      if (result.ok && result.value.seriesId === seriesId) {
        const next = { token, personId: result.value.personId };
        saveDevice(seriesId, next);
        setAccess(next);
      } else setAccess(readDevice(seriesId));
    });
    return () => {
      live = false;
    };
  }, [seriesId]);
  return access;
}

/** `/s/<seriesId>` (and its projector view): connects to the series for as long as the page is open. */
export function BoardPage({
  seriesId,
  view = "own",
  children,
}: {
  seriesId: string;
  view?: ConnectionView;
  children?: ReactNode;
}) {
  const store = useAppStoreApi();
  const access = useDeviceAccess(seriesId);
  const [sync, setSync] = useState<SyncClient | null>(null);
  const token = access !== null && access !== "checking" ? access.token : null;
  const personId = access !== null && access !== "checking" ? access.personId : null;

  useEffect(() => {
    if (token === null || personId === null) return;
    const client = new SyncClient({
      seriesId,
      personId,
      store,
      transport: socketIoTransport(token, view),
      onNoAccess: () => forgetDevice(seriesId),
    });
    client.start();
    setSync(client);
    return () => {
      client.dispose();
      setSync(null);
    };
  }, [seriesId, token, personId, view, store]);

  if (access === null) return <NoAccessPage />;
  if (!sync) return <LoadingPage />;
  return <SyncProvider sync={sync}>{children ?? <BoardScreen />}</SyncProvider>;
}
