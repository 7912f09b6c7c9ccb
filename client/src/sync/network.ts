/** Whether the device has a network, as far as the browser knows. */
export interface NetworkSignal {
  isOnline(): boolean;
  /** Calls back when that changes; returns the unsubscribe function. */
  subscribe(onChange: () => void): () => void;
}

/** The browser's `navigator.onLine` and its online/offline events. */
export function browserNetwork(): NetworkSignal {
  return {
    isOnline: () => typeof navigator === "undefined" || navigator.onLine,
    subscribe(onChange) {
      if (typeof window === "undefined") return () => undefined;
      window.addEventListener("online", onChange);
      window.addEventListener("offline", onChange);
      return () => {
        window.removeEventListener("online", onChange);
        window.removeEventListener("offline", onChange);
      };
    },
  };
}
