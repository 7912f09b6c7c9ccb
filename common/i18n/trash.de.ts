/** German UI text of the trash (Papierkorb) and of undoing a removal. */
export const trashDe = {
  "toast.removed": "„{title}“ entfernt",
  "toast.undo": "Rückgängig",
  "toast.undo.label": "Entfernen von „{title}“ rückgängig machen",
  "toast.rejected.trashGone": "Das ist nicht mehr im Papierkorb und lässt sich nicht wiederherstellen.",
  "toast.rejected.restoreCaseFirst":
    "Das lässt sich gerade nicht wiederherstellen: Sein Fall ist selbst im Papierkorb – stellen Sie zuerst den Fall wieder her.",
  "trash.open": "Papierkorb",
  "trash.open.count": "Papierkorb ({count})",
  "trash.title": "Papierkorb",
  "trash.close": "Schließen",
  "trash.hint":
    "Entfernte Fälle, Vereinbarungen, Punkte und Spiegelungen bleiben {days} Tage hier. Sie sehen, was Sie wiederherstellen dürfen.",
  "trash.empty": "Der Papierkorb ist leer.",
  "trash.more": "{count} ältere Einträge werden nicht gezeigt.",
  "trash.kind.case": "Fall",
  "trash.kind.agreement": "Vereinbarung",
  "trash.kind.note": "Punkt",
  "trash.kind.mirror": "Spiegelung",
  "trash.removedBy": "entfernt von {name}, {when}",
  "trash.removedAnonymously": "entfernt {when}",
  "trash.restore": "Wiederherstellen",
  "trash.restore.label": "„{title}“ wiederherstellen",
  "trash.caseFirst": "Zuerst den Fall wiederherstellen",
  "trash.inCase": "in „{title}“",
};
