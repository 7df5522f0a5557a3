import { Fragment, type ReactNode } from "react";
import type { ArticleBlock, ArticleDocument, ArticleInline } from "@/lib/article-document";

// Renders the stored document from its allow-list of node types. React escapes all text,
// so no stored string is ever interpreted as HTML.

function renderInline(inline: ArticleInline): ReactNode {
  if (inline.type === "hardBreak") return <br />;
  return (inline.marks ?? []).reduce<ReactNode>((node, mark) => {
    if (mark.type === "bold") return <strong>{node}</strong>;
    if (mark.type === "italic") return <em>{node}</em>;
    const external = /^https?:/i.test(mark.attrs.href);
    return (
      <a href={mark.attrs.href} {...(external ? { rel: "noopener noreferrer nofollow", target: "_blank" } : {})}>
        {node}
      </a>
    );
  }, inline.text);
}

function inlines(content: ArticleInline[] | undefined) {
  return (content ?? []).map((inline, index) => <Fragment key={index}>{renderInline(inline)}</Fragment>);
}

function renderBlock(block: ArticleBlock, key: number): ReactNode {
  switch (block.type) {
    case "paragraph":
      return <p key={key}>{inlines(block.content)}</p>;
    case "heading":
      return block.attrs.level === 2 ? <h2 key={key}>{inlines(block.content)}</h2> : <h3 key={key}>{inlines(block.content)}</h3>;
    case "blockquote":
      return <blockquote key={key}>{block.content.map(renderBlock)}</blockquote>;
    case "bulletList":
    case "orderedList": {
      const List = block.type === "bulletList" ? "ul" : "ol";
      return (
        <List key={key}>
          {block.content.map((item, index) => (
            <li key={index}>{item.content.map(renderBlock)}</li>
          ))}
        </List>
      );
    }
  }
}

export function ArticleBody({ document }: { document: ArticleDocument }) {
  return <div className="article-body">{document.content.map(renderBlock)}</div>;
}
