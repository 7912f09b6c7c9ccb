import { useId, type ReactNode } from "react";

/**
 * A table of the results view: scrolls sideways inside its section on narrow
 * screens (keyboard-focusable), captioned for screen readers.
 */
export function ResultsTable({
  caption,
  className = "",
  testId,
  children,
}: {
  caption: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className={`results-table ${className}`.trim()} data-testid={testId}>
        <caption id={id} className="visually-hidden">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
