/** German UI text of the meeting features (merged into the German catalog). */
export const meetingDe = {} as const;
