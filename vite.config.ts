import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const serverPort = Number(process.env.PORT ?? 3000);

export default defineConfig({
  root: "client",
  plugins: [react()],
  // `@common/...` as tsconfig.json's paths say, like tsc and tsx.
  resolve: { tsconfigPaths: true },
  build: {
    outDir: "dist",
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    proxy: {
      "/api": `http://localhost:${serverPort}`,
      "/socket.io": { target: `http://localhost:${serverPort}`, ws: true },
    },
  },
});
