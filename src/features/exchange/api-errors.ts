/** Reads the API's error shape for the import forms. */
export interface ApiProblem {
  message: string;
  details: { path: string; message: string }[];
}

export async function problemOf(response: Response): Promise<ApiProblem> {
  try {
    const body = (await response.json()) as { error?: { message?: string; details?: { path: string; message: string }[] } };
    return { message: body.error?.message ?? `The server answered ${response.status}.`, details: body.error?.details ?? [] };
  } catch {
    return { message: `The server answered ${response.status}.`, details: [] };
  }
}

export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
