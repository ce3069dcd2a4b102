import type { StoryReport } from "@/domain/report/story-report";
import { HeadlineFigures } from "@/features/comparison/HeadlineFigures";
import { ReportArticles } from "./ReportArticles";
import { ReportCharts } from "./ReportCharts";
import { ReportMatrix } from "./ReportMatrix";
import { ReportPropositions } from "./ReportPropositions";
import { ReportToolbar } from "./ReportToolbar";
import styles from "./report.module.css";

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/**
 * The story report for editorial meetings: what the dashboard shows, all of it at once and without
 * controls, to print or to read through; the PDF (src/domain/report/report-pdf.ts) holds the same.
 */
export function StoryReportView({ report }: { report: StoryReport }) {
  return (
    <div className={styles.report}>
      <ReportToolbar storyId={report.story.id} />
      <header className={styles.head}>
        <p className="muted small">Story report</p>
        <h1>{report.story.title}</h1>
        {report.story.description && <p className={styles.description}>{report.story.description}</p>}
        <p className="muted small">
          Generated <time dateTime={report.generatedAt}>{when(report.generatedAt)} UTC</time> by {report.generatedBy}.
        </p>
      </header>
      <HeadlineFigures comparison={report.comparison} headingVisible />
      <ReportArticles articles={report.articles} />
      <ReportMatrix report={report} />
      <ReportCharts report={report} />
      <ReportPropositions report={report} />
    </div>
  );
}
