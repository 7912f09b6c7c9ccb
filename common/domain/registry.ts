import {
  agreementAdd,
  agreementLink,
  agreementRemove,
  agreementStatus,
  agreementUpdate,
} from "./agreements/agreement.js";
import { agendaAdd, agendaMove, agendaRemove, agendaStep, agendaUpdate } from "./agenda/agenda.js";
import { breakoutEnd, breakoutStart } from "./breakouts/breakout.js";
import { caseAdd, caseLink, caseRemove, caseUpdate } from "./cases/case.js";
import { caseMirrorAdd, caseMirrorRemove, caseMirrorRespond } from "./cases/mirrors.js";
import { caseNoteAdd, caseNoteRemove, caseNoteUpdate } from "./cases/notes.js";
import { collisionAdd, collisionRemove } from "./collisions/collision.js";
import type {
  ClientCommand,
  ClientCommandType,
  CommandOf,
  CommandType,
  EventCommand,
  ServerEventType,
} from "./commands.js";
import { goalAdd, goalRemove, goalUpdate } from "./goals/goal.js";
import { interestAdd, interestRemove, interestsStarter, interestUpdate } from "./interests/interest.js";
import { personJoin } from "./people/join.js";
import { orgAdd, orgRemove, orgUpdate } from "./people/orgs.js";
import { facilitationHandover, personConfirm, personRole, personUpdate } from "./people/person.js";
import { reviewDecide, reviewFit, reviewSet } from "./reviews/review.js";
import { readySet, roomLock, roomSpotlight } from "./room/room.js";
import { timerAdd, timerClear, timerPause, timerReset, timerSet, timerStart } from "./room/timer.js";
import { seriesCreate, seriesRestore } from "./series/events.js";
import { seriesRename, seriesSchedule } from "./series/series.js";
import { attendanceSet, checkinAnswer } from "./sessions/attendance.js";
import { sessionClose } from "./sessions/close.js";
import { sessionAdd, sessionAnonymity, sessionPhase, sessionReopen, sessionUpdate } from "./sessions/session.js";
import type { ClientCommandSpec, CommandSpec } from "./spec.js";
import { observationAdd, observationCase, observationRemove, observationUpdate } from "./observations/observation.js";
import { stationAdd, stationMove, stationRemove, stationStep, stationUpdate } from "./stations/station.js";
import { takeHomeAdd, takeHomeRemove, takeHomeUpdate } from "./takehome/takeHome.js";
import { templateApply, templateChoose, templateSave } from "./templates/template.js";
import { itemRestore } from "./trash/itemRestore.js";
import { hidden, itemVisibility } from "./visibility/itemVisibility.js";
import { voteCast, voteClose, voteCounted, voteOpen, voteReveal } from "./votes/vote.js";

/** Every client command's spec, by type: a command without one, or with a part missing, does not compile. */
export const CLIENT_COMMAND_SPECS: { [T in ClientCommandType]: ClientCommandSpec<CommandOf<T>> } = {
  "series.rename": seriesRename,
  "series.schedule": seriesSchedule,
  "person.update": personUpdate,
  "person.role": personRole,
  "person.confirm": personConfirm,
  "facilitation.handover": facilitationHandover,
  "org.add": orgAdd,
  "org.update": orgUpdate,
  "org.remove": orgRemove,
  "goal.add": goalAdd,
  "goal.update": goalUpdate,
  "goal.remove": goalRemove,
  "interest.add": interestAdd,
  "interest.update": interestUpdate,
  "interest.remove": interestRemove,
  "interests.starter": interestsStarter,
  "collision.add": collisionAdd,
  "collision.remove": collisionRemove,
  "session.add": sessionAdd,
  "session.update": sessionUpdate,
  "session.phase": sessionPhase,
  "session.close": sessionClose,
  "session.reopen": sessionReopen,
  "session.anonymity": sessionAnonymity,
  "checkin.answer": checkinAnswer,
  "attendance.set": attendanceSet,
  "case.add": caseAdd,
  "case.update": caseUpdate,
  "case.remove": caseRemove,
  "case.link": caseLink,
  "case.note.add": caseNoteAdd,
  "case.note.update": caseNoteUpdate,
  "case.note.remove": caseNoteRemove,
  "case.mirror.add": caseMirrorAdd,
  "case.mirror.respond": caseMirrorRespond,
  "case.mirror.remove": caseMirrorRemove,
  "agreement.add": agreementAdd,
  "agreement.update": agreementUpdate,
  "agreement.link": agreementLink,
  "agreement.status": agreementStatus,
  "agreement.remove": agreementRemove,
  "review.set": reviewSet,
  "review.fit": reviewFit,
  "review.decide": reviewDecide,
  "item.restore": itemRestore,
  "item.visibility": itemVisibility,
  "room.spotlight": roomSpotlight,
  "room.lock": roomLock,
  "ready.set": readySet,
  "timer.set": timerSet,
  "timer.start": timerStart,
  "timer.pause": timerPause,
  "timer.add": timerAdd,
  "timer.reset": timerReset,
  "timer.clear": timerClear,
  "vote.open": voteOpen,
  "vote.cast": voteCast,
  "vote.reveal": voteReveal,
  "vote.close": voteClose,
  "breakout.start": breakoutStart,
  "breakout.end": breakoutEnd,
  "agenda.add": agendaAdd,
  "agenda.update": agendaUpdate,
  "agenda.move": agendaMove,
  "agenda.remove": agendaRemove,
  "agenda.step": agendaStep,
  "station.add": stationAdd,
  "station.update": stationUpdate,
  "station.move": stationMove,
  "station.remove": stationRemove,
  "station.step": stationStep,
  "observation.add": observationAdd,
  "observation.update": observationUpdate,
  "observation.remove": observationRemove,
  "observation.case": observationCase,
  "takehome.add": takeHomeAdd,
  "takehome.update": takeHomeUpdate,
  "takehome.remove": takeHomeRemove,
  "template.choose": templateChoose,
  "template.save": templateSave,
  "template.apply": templateApply,
};

/** The spec of every event only the server issues. */
export const SERVER_EVENT_SPECS: { [T in ServerEventType]: CommandSpec<CommandOf<T>> } = {
  "series.create": seriesCreate,
  "series.restore": seriesRestore,
  "person.join": personJoin,
  hidden,
  "vote.counted": voteCounted,
};

const EVENT_SPECS: { [T in CommandType]: CommandSpec<CommandOf<T>> } = {
  ...SERVER_EVENT_SPECS,
  ...CLIENT_COMMAND_SPECS,
};

/** The spec of an event's command, whoever issued it. */
export function eventSpec(command: EventCommand): CommandSpec<EventCommand> {
  return EVENT_SPECS[command.type];
}

/** The spec of a client command. */
export function commandSpec(command: ClientCommand): ClientCommandSpec<ClientCommand> {
  return CLIENT_COMMAND_SPECS[command.type];
}

/** The spec of a client command type (for what does not depend on the command itself). */
export function commandSpecOf(type: ClientCommandType): ClientCommandSpec<ClientCommand> {
  return CLIENT_COMMAND_SPECS[type];
}
