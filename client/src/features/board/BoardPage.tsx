import { useEffect, useState } from "react";
import { useAppStoreApi } from "../../store/context.js";
import { SyncProvider } from "../../sync/context.js";
import { devicePersonId } from "../../sync/persistence.js";
import { SyncClient } from "../../sync/SyncClient.js";
import { socketIoTransport } from "../../sync/transport.js";
import { BoardScreen } from "./BoardScreen.js";
import { LoadingPage } from "./StatusPages.js";

/** `/s/<seriesId>`: connects to the series for as long as the page is open. */
export function BoardPage({ seriesId }: { seriesId: string }) {
  const store = useAppStoreApi();
  const [sync, setSync] = useState<SyncClient | null>(null);

  useEffect(() => {
    const client = new SyncClient({ seriesId, personId: devicePersonId(), store, transport: socketIoTransport() });
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
