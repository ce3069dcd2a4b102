/**
 * Reads shared by a page and its generateMetadata, cached for one request (React `cache`), so a
 * story or article is fetched once per render rather than once per caller. The actor object is
 * itself cached per request (page-actor.ts), so it keys the cache.
 */
import "server-only";
import { cache } from "react";
import { getArticle } from "@/domain/articles/service";
import { getStory, readStoryStamp } from "@/domain/stories/service";
import { pageOrNotFound } from "./page-errors";
import type { Actor } from "@/domain/auth/actor";

/** The story's change stamp, read once per request; every story-derived read of the page uses it. */
export const stampForPage = cache((actor: Actor, id: string) => pageOrNotFound(readStoryStamp(actor, id)));
export const storyForPage = cache(async (actor: Actor, id: string) => pageOrNotFound(getStory(actor, id, await stampForPage(actor, id))));
export const articleForPage = cache((actor: Actor, id: string) => pageOrNotFound(getArticle(actor, id)));
