import { assertNever } from "../../common/domain/apply.js";
import { BoardPage } from "./features/board/BoardPage.js";
import { PageNotFound } from "./features/board/StatusPages.js";
import { StartPage } from "./features/start/StartPage.js";
import { JoinPage } from "./features/join/JoinPage.js";
import { ProjectorScreen } from "./features/projector/ProjectorScreen.js";
import { routeOf, usePathname } from "./router.js";
import { Toasts } from "./ui/Toasts.js";

/** Picks the page for the current address. */
function CurrentPage() {
  const route = routeOf(usePathname());
  switch (route.page) {
    case "start":
      return <StartPage />;
    case "join":
      return <JoinPage />;
    case "board":
      return <BoardPage key={route.seriesId} seriesId={route.seriesId} />;
    case "projector":
      return (
        <BoardPage key={`${route.seriesId}:projector`} seriesId={route.seriesId} view="public">
          <ProjectorScreen />
        </BoardPage>
      );
    case "notFound":
      return <PageNotFound />;
    default:
      return assertNever(route);
  }
}

/** The whole app: the current page and the notices above it. */
export function App() {
  return (
    <div className="app">
      <CurrentPage />
      <Toasts />
    </div>
  );
}
