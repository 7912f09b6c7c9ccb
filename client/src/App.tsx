import { lazy, Suspense } from "react";
import { assertNever } from "@common/domain/apply.js";
import { BoardPage } from "./features/board/BoardPage.js";
import { LoadingPage, PageNotFound } from "./features/board/StatusPages.js";
import { StartPage } from "./features/start/StartPage.js";
import { JoinPage } from "./features/join/JoinPage.js";
import { MineScreen } from "./features/mine/MineScreen.js";
import { PersonalLinkPage } from "./features/device/PersonalLinkPage.js";
import { ProjectorScreen } from "./features/projector/ProjectorScreen.js";
import { routeOf, usePathname } from "./router.js";
import { ExportsScreen } from "./features/exports/ExportsScreen.js";
import { MinutesScreen } from "./features/minutes/MinutesScreen.js";
import { OrgReportScreen } from "./features/orgReport/OrgReportScreen.js";
import { Toasts } from "./ui/Toasts.js";

// The results view brings its charts along: loaded on first visit, so the board's bundle stays as it is.
const ResultsScreen = lazy(() =>
  import("./features/results/ResultsScreen.js").then((module) => ({ default: module.ResultsScreen })),
);

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
    case "results":
      // Same key as the board: going between board and results keeps the connection.
      return (
        <BoardPage key={route.seriesId} seriesId={route.seriesId}>
          <Suspense fallback={<LoadingPage />}>
            <ResultsScreen />
          </Suspense>
        </BoardPage>
      );
    case "exports":
      // Same key as the board: going between the board and the minutes keeps the connection.
      return (
        <BoardPage key={route.seriesId} seriesId={route.seriesId}>
          <ExportsScreen />
        </BoardPage>
      );
    case "minutes":
      return (
        <BoardPage key={route.seriesId} seriesId={route.seriesId}>
          <MinutesScreen sessionId={route.sessionId} />
        </BoardPage>
      );
    case "orgReport":
      return (
        <BoardPage key={route.seriesId} seriesId={route.seriesId}>
          <OrgReportScreen sessionId={route.sessionId} orgId={route.orgId} />
        </BoardPage>
      );
    case "mine":
      // Same key as the board: going between the board and My agreements keeps the connection.
      return (
        <BoardPage key={route.seriesId} seriesId={route.seriesId}>
          <MineScreen />
        </BoardPage>
      );
    case "personalLink":
      return <PersonalLinkPage />;
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
