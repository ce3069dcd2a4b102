import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getArticleAgreement } from "@/domain/agreement/service";
import { AgreementSummary } from "@/features/agreement/AgreementSummary";
import { CloseRoundButton } from "@/features/agreement/CloseRoundButton";
import { UnitVersions } from "@/features/agreement/UnitVersions";
import { requirePageAccess } from "@/server/auth/page-access";
import { pageOrNotFound } from "@/server/page-errors";
import { articleForPage } from "@/server/page-data";

export const metadata: Metadata = { title: "Agreement and adjudication" };

type Props = { params: Promise<{ id: string; articleId: string }> };

/** One article's round: its figures, each unit's versions side by side to adjudicate, and closing the round (editors). */
export default async function ArticleAgreementPage({ params }: Props) {
  const { id, articleId } = await params;
  const actor = await requirePageAccess("rounds.manage", `/stories/${id}/articles/${articleId}/agreement`);
  const [article, figures] = await Promise.all([articleForPage(actor, articleId), pageOrNotFound(getArticleAgreement(actor, articleId))]);
  if (article.storyId !== id) notFound();
  const undecided = figures.units.filter((u) => u.differs && !u.adjudicated).length;
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/">Stories</Link> / <Link href={`/stories/${id}`}>{article.storyTitle}</Link> /{" "}
        <Link href={`/stories/${id}/articles/${articleId}`}>{article.title}</Link> /
      </nav>
      <div className="page-head">
        <h1>Agreement: {article.title}</h1>
      </div>
      {figures.round.status === "none" ? (
        <div className="card empty">This article has had no independent round. Assign it to two or more analysts in an independent round first.</div>
      ) : (
        <>
          <p className="muted">
            {figures.round.status === "open"
              ? "The round is open: figures change as the annotators work."
              : "The round is closed: these are the figures at close."}
          </p>
          <AgreementSummary figures={figures} />
          {figures.round.status === "open" && <CloseRoundButton articleId={articleId} undecided={undecided} />}
          <h2>Units</h2>
          <UnitVersions figures={figures} />
        </>
      )}
    </>
  );
}
