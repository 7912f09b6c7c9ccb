import "./zodConfig.js";
import "./styles/tokens.css";
import "./styles/base.css";
import "./ui/buttons.css";
import "./ui/forms.css";
import "./ui/cards.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { applyDocumentLanguage, storedLanguage } from "./i18n/language.js";
import { StoreProvider } from "./store/context.js";
import { createAppStore } from "./store/store.js";

const language = storedLanguage();
applyDocumentLanguage(language);
const store = createAppStore(language);

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
