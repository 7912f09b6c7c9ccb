/** German UI text of the setup features (merged into the German catalog). */
export const setupDe = {} as const;
