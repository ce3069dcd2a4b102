/** Limits of the REST API, shared by the route wrapper and the API reference. */

/** Bodies above this size are refused with 413 before parsing. */
export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024;
