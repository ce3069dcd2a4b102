/** The assignment vocabulary as plain values (browser code imports this, without zod). */
export const assignmentModes = ["independent", "shared"] as const;
export type AssignmentMode = (typeof assignmentModes)[number];

export const assignmentStatuses = ["open", "submitted", "closed"] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];

export const modeLabel: Record<AssignmentMode, string> = { independent: "Independent round", shared: "Shared" };
export const assignmentStatusLabel: Record<AssignmentStatus, string> = { open: "Open", submitted: "Submitted", closed: "Closed" };
