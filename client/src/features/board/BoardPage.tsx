import { useEffect, useState } from "react";
import { useAppStoreApi } from "../../store/context.js";
import { SyncProvider } from "../../sync/context.js";
import { adoptPersonFromLink, personIdForSeries } from "../../sync/persistence.js";
import { SyncClient } from "../../sync/SyncClient.js";
import { socketIoTransport } from "../../sync/transport.js";
import { BoardScreen } from "./BoardScreen.js";
import { LoadingPage } from "./StatusPages.js";

/** `/s/<seriesId>`: connects to the series for as long as the page is open. */
export function BoardPage({ seriesId }: { seriesId: string }) {
  const store = useAppStoreApi();
  const [sync, setSync] = useState<SyncClient | null>(null);

  useEffect(() => {
    // A moderator's link carries their person; it is kept on this device and taken out of the address bar.
    if (adoptPersonFromLink(seriesId, window.location.hash)) {
      window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
    }
    const personId = personIdForSeries(seriesId);
    const client = new SyncClient({ seriesId, personId, store, transport: socketIoTransport() });
    client.start();
    setSync(client);
    return () => {
      client.dispose();
      setSync(null);
    };
  }, [seriesId, store]);

  if (!sync) return <LoadingPage />;
  return (
    <SyncProvider sync={sync}>
      <BoardScreen />
    </SyncProvider>
  );
}
