import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EditableField } from "../../client/src/ui/EditableField.js";
import { renderWithStore } from "./support/render.js";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/**
 * The field inside a tiny stand-in for the shared document: commits become
 * the new value at once (like the optimistic view), and `setRemote` plays
 * another person's edit.
 */
function renderField(options: { value?: string; multiline?: boolean; required?: boolean } = {}) {
  const commits: string[] = [];
  let setRemote: (value: string) => void = () => undefined;
  function Harness() {
    const [doc, setDoc] = useState<{ value: string; editor: string | null }>({
      value: options.value ?? "Eilauftrag",
      editor: null,
    });
    setRemote = (value) => setDoc({ value, editor: "Bob Berger" });
    return (
      <EditableField
        value={doc.value}
        label="Titel"
        multiline={options.multiline}
        required={options.required}
        lastEditorName={doc.editor}
        onCommit={(value) => {
          commits.push(value);
          setDoc({ value, editor: null });
        }}
      />
    );
  }
  renderWithStore(<Harness />);
  const input = screen.getByLabelText("Titel");
  if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) throw new Error("no text field");
  return { input, commits, remote: (value: string) => act(() => setRemote(value)) };
}

describe("EditableField", () => {
  it("commits on blur, only when the value changed", () => {
    const { input, commits } = renderField();
    fireEvent.focus(input);
    fireEvent.blur(input);
    expect(commits).toEqual([]);
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: "Eilauftrag Müller" } });
    fireEvent.blur(input);
    expect(commits).toEqual(["Eilauftrag Müller"]);
    expect(input.value).toBe("Eilauftrag Müller");
  });

  it("commits a single-line field on Enter", () => {
    const { input, commits } = renderField();
    input.focus();
    fireEvent.change(input, { target: { value: "Neu" } });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(commits).toEqual(["Neu"]);
    expect(document.activeElement).not.toBe(input);
  });

  it("keeps Enter for new lines in a multi-line field and commits on Ctrl+Enter", () => {
    const { input, commits } = renderField({ multiline: true });
    input.focus();
    fireEvent.change(input, { target: { value: "Zeile 1" } });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(commits).toEqual([]);
    fireEvent.keyDown(input, { key: "Enter", ctrlKey: true });
    expect(commits).toEqual(["Zeile 1"]);
  });

  it("reverts on Escape without sending", () => {
    const { input, commits } = renderField();
    input.focus();
    fireEvent.change(input, { target: { value: "Verworfen" } });
    fireEvent.keyDown(input, { key: "Escape" });
    expect(commits).toEqual([]);
    expect(input.value).toBe("Eilauftrag");
  });

  it("sends while typing after a quiet moment, so the others see it live", () => {
    vi.useFakeTimers();
    const { input, commits } = renderField();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: "Eil" } });
    act(() => vi.advanceTimersByTime(300));
    fireEvent.change(input, { target: { value: "Eilig" } });
    act(() => vi.advanceTimersByTime(599));
    expect(commits).toEqual([]);
    act(() => vi.advanceTimersByTime(1));
    expect(commits).toEqual(["Eilig"]);
    expect(screen.queryByText(/hat dieses Feld gerade geändert/)).toBeNull();
    fireEvent.blur(input);
    expect(commits).toEqual(["Eilig"]);
  });

  it("Escape undoes what was already sent while typing", () => {
    vi.useFakeTimers();
    const { input, commits } = renderField();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: "Zwischenstand" } });
    act(() => vi.advanceTimersByTime(600));
    fireEvent.keyDown(input, { key: "Escape" });
    fireEvent.blur(input);
    expect(commits).toEqual(["Zwischenstand", "Eilauftrag"]);
  });

  it("never sends an empty required field and shows the value again", () => {
    const { input, commits } = renderField({ required: true });
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: "  " } });
    fireEvent.blur(input);
    expect(commits).toEqual([]);
    expect(input.value).toBe("Eilauftrag");
  });

  it("keeps the draft when someone else changes the field meanwhile, and says who", () => {
    const { input, remote } = renderField();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: "Mein Entwurf" } });
    remote("Bobs Titel");
    expect(input.value).toBe("Mein Entwurf");
    expect(screen.getByText(/Bob Berger hat dieses Feld gerade geändert/)).toBeTruthy();
  });

  it("takes their value on “Übernehmen”", () => {
    const { input, commits, remote } = renderField();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: "Mein Entwurf" } });
    remote("Bobs Titel");
    fireEvent.click(screen.getByRole("button", { name: "Übernehmen" }));
    expect(input.value).toBe("Bobs Titel");
    expect(screen.queryByText(/hat dieses Feld gerade geändert/)).toBeNull();
    fireEvent.blur(input);
    expect(commits).toEqual([]);
  });

  it("sends mine on “Meine behalten”", () => {
    const { input, commits, remote } = renderField();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: "Mein Entwurf" } });
    remote("Bobs Titel");
    fireEvent.click(screen.getByRole("button", { name: "Meine behalten" }));
    expect(commits).toEqual(["Mein Entwurf"]);
    expect(input.value).toBe("Mein Entwurf");
    expect(screen.queryByText(/hat dieses Feld gerade geändert/)).toBeNull();
  });

  it("does not send the draft on its own while the notice is open", () => {
    vi.useFakeTimers();
    const { input, commits, remote } = renderField();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: "Eilauftrag!" } });
    remote("Bobs Titel");
    fireEvent.change(input, { target: { value: "Eilauftrag!!" } });
    act(() => vi.advanceTimersByTime(2000));
    expect(commits).toEqual([]);
  });

  it("shows their value when I leave the field after their change, having typed nothing since", () => {
    const { input, commits, remote } = renderField();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: "Mein Entwurf" } });
    remote("Bobs Titel");
    fireEvent.click(screen.getByRole("button", { name: "Übernehmen" }));
    fireEvent.blur(input);
    expect(commits).toEqual([]);
    expect(input.value).toBe("Bobs Titel");
  });

  it("takes their text at once into a field that has focus but was not typed in", () => {
    const { input, commits, remote } = renderField({ value: "" });
    input.focus();
    remote("Bob");
    remote("Bobs Sicht der Produktion");
    expect(input.value).toBe("Bobs Sicht der Produktion");
    expect(screen.queryByTestId("field-conflict")).toBeNull();
    fireEvent.blur(input);
    expect(commits).toEqual([]);
    expect(input.value).toBe("Bobs Sicht der Produktion");
  });

  it("keeps taking their text while the cursor rests, and what I type then builds on it", () => {
    vi.useFakeTimers();
    const { input, commits, remote } = renderField({ value: "" });
    input.focus();
    remote("Kunde Müller");
    act(() => vi.advanceTimersByTime(2000));
    expect(commits).toEqual([]);
    fireEvent.change(input, { target: { value: "Kunde Müller GmbH" } });
    act(() => vi.advanceTimersByTime(600));
    expect(commits).toEqual(["Kunde Müller GmbH"]);
  });

  it("asks only when I typed something that differs from their text, and keeps what I typed", () => {
    const { input, commits, remote } = renderField({ value: "" });
    input.focus();
    remote("Bobs Text");
    fireEvent.change(input, { target: { value: "Bobs Text, ergänzt" } });
    remote("Bobs Text, geändert");
    expect(input.value).toBe("Bobs Text, ergänzt");
    expect(screen.getByTestId("field-conflict")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Meine behalten" }));
    expect(commits).toEqual(["Bobs Text, ergänzt"]);
  });

  it("takes their later change at once once what I typed was sent", () => {
    vi.useFakeTimers();
    const { input, commits, remote } = renderField({ value: "" });
    input.focus();
    fireEvent.change(input, { target: { value: "Maschine 3 voll" } });
    act(() => vi.advanceTimersByTime(600));
    expect(commits).toEqual(["Maschine 3 voll"]);
    remote("Maschine 3 voll belegt");
    expect(input.value).toBe("Maschine 3 voll belegt");
    expect(screen.queryByTestId("field-conflict")).toBeNull();
    fireEvent.blur(input);
    expect(commits).toEqual(["Maschine 3 voll"]);
  });

  it("never writes back a value I did not type on “Meine behalten”", () => {
    const { input, commits, remote } = renderField({ value: "" });
    input.focus();
    fireEvent.change(input, { target: { value: "x" } });
    remote("Bobs Text");
    fireEvent.change(input, { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "Meine behalten" }));
    expect(commits).toEqual([]);
    expect(input.value).toBe("Bobs Text");
    fireEvent.blur(input);
    expect(commits).toEqual([]);
  });

  it("shows remote changes directly while the field is not being edited", () => {
    const { input, remote } = renderField();
    remote("Bobs Titel");
    expect(input.value).toBe("Bobs Titel");
    expect(screen.queryByText(/hat dieses Feld gerade geändert/)).toBeNull();
  });
});
