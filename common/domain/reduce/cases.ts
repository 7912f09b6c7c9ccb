// The case commands live in common/domain/cases/; the board's note lists read a case's notes from here.
export { notesOf } from "./notes.js";
