/**
 * Every operation of the API, by resource. To register a new endpoint, add its operations to its
 * resource's file, or add a file here and list it below (docs/decisions/0008-openapi-from-zod.md).
 */
import type { ApiOperation } from "@/server/openapi/registry";
import { articleOperations } from "./articles";
import { agreementOperations } from "./agreement";
import { assignmentOperations } from "./assignments";
import { assistanceOperations } from "./assistance";
import { claimOperations } from "./claims";
import { commentOperations } from "./comments";
import { eventOperations } from "./events";
import { notificationOperations } from "./notifications";
import { draftOperations } from "./draft";
import { exchangeOperations } from "./exchange";
import { linkOperations } from "./links";
import { metaOperations } from "./meta";
import { propositionOperations } from "./propositions";
import { reviewOperations } from "./review";
import { revisionOperations } from "./revisions";
import { storyOperations } from "./stories";
import { tokenOperations } from "./tokens";
import { userOperations } from "./users";
import { webhookOperations } from "./webhooks";

export const operationGroups: readonly (readonly ApiOperation[])[] = [
  tokenOperations,
  storyOperations,
  articleOperations,
  revisionOperations,
  claimOperations,
  propositionOperations,
  linkOperations,
  assistanceOperations,
  draftOperations,
  reviewOperations,
  commentOperations,
  eventOperations,
  notificationOperations,
  assignmentOperations,
  agreementOperations,
  exchangeOperations,
  userOperations,
  webhookOperations,
  metaOperations,
];
