import type { Metadata } from "next";
import { listMyAssignments } from "@/domain/assignments/service";
import { MyWorkList } from "@/features/assignments/MyWorkList";
import { requirePageActor } from "@/server/auth/page-actor";

export const metadata: Metadata = { title: "My work" };

/** The signed-in person's assignments with their progress. */
export default async function MyWorkPage() {
  const actor = await requirePageActor("/my-work");
  const items = await listMyAssignments(actor);
  return (
    <>
      <div className="page-head">
        <h1>My work</h1>
      </div>
      <MyWorkList items={items} />
    </>
  );
}
