import { Fragment } from "react";

/** The little Markdown our own API descriptions use: `code` and **bold**. */
export function InlineMarkdown({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`|\*\*[^*]+\*\*)/g);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith("`") && part.endsWith("`") && part.length > 1 ? (
          <code key={i}>{part.slice(1, -1)}</code>
        ) : part.startsWith("**") && part.endsWith("**") && part.length > 3 ? (
          <strong key={i}>{part.slice(2, -2)}</strong>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

/** Paragraphs, `## ` headings and `- ` lists; inline marks as above. */
export function BlockMarkdown({ text, headingLevel = 2 }: { text: string; headingLevel?: 2 | 3 }) {
  const blocks = text.trim().split(/\n{2,}/);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <>
      {blocks.map((block, i) => {
        const lines = block.split("\n");
        if (lines[0]!.startsWith("## ")) {
          const rest = lines.slice(1).join("\n");
          return (
            <Fragment key={i}>
              <Heading>{lines[0]!.slice(3)}</Heading>
              {rest && <BlockMarkdown text={rest} headingLevel={headingLevel} />}
            </Fragment>
          );
        }
        if (lines.every((l) => l.startsWith("- "))) {
          return (
            <ul key={i}>
              {lines.map((l, j) => (
                <li key={j}>
                  <InlineMarkdown text={l.slice(2)} />
                </li>
              ))}
            </ul>
          );
        }
        return (
          <p key={i}>
            <InlineMarkdown text={block} />
          </p>
        );
      })}
    </>
  );
}
