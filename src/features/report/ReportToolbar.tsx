import Link from "next/link";
import { PrintButton } from "./PrintButton";
import styles from "./report.module.css";

/** Back to the story, print, or download the PDF: on screen only (the print stylesheet hides it). */
export function ReportToolbar({ storyId }: { storyId: string }) {
  return (
    <nav className={styles.toolbar} aria-label="Report actions">
      <Link href={`/stories/${storyId}`}>← Back to the story</Link>
      <span className={styles.toolbarActions}>
        <a className="button button-secondary" href={`/api/v1/stories/${storyId}/export?format=pdf`} download>
          Download PDF
        </a>
        <PrintButton />
      </span>
    </nav>
  );
}
