import "server-only";
import { notFound } from "next/navigation";
import { DomainError } from "@/domain/errors";

/** Awaits a domain read for a page, turning the domain's 404 into Next's not-found page. */
export async function pageOrNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof DomainError && error.code === "not_found") notFound();
    throw error;
  }
}
