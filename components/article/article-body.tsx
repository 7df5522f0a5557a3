import { Fragment, type ReactNode } from "react";
import { blockDirAttribute, type TextDirection } from "@/lib/arabic/direction";
import { blockText, type ArticleBlock, type ArticleDocument, type ArticleInline } from "@/lib/article-document";
import { ArticleFigure } from "./article-figure";

// Renders the stored document from its allow-list of node types. React escapes all text,
// so no stored string is ever interpreted as HTML. lib/article-html.ts renders the same
// document to an HTML string (for feeds) and must stay in step with this file.

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

// The page's inline payload repeats every element and prop of the body: plain text goes in as a
// string, not wrapped, and a block carries dir only where it differs from the story's.

function inlines(content: ArticleInline[] | undefined): ReactNode {
  const nodes = (content ?? []).map((inline, index) => {
    const node = renderInline(inline);
    return typeof node === "string" ? node : <Fragment key={index}>{node}</Fragment>;
  });
  return nodes.length === 1 ? nodes[0] : nodes;
}

function renderBlock(block: ArticleBlock, key: number, direction: TextDirection): ReactNode {
  const blockDir = blockDirAttribute(blockText(block), direction);
  const dir = blockDir ? { dir: blockDir } : {};
  const children = (blocks: ArticleBlock[]) => blocks.map((child, index) => renderBlock(child, index, direction));
  switch (block.type) {
    case "paragraph":
      return (
        <p key={key} {...dir}>
          {inlines(block.content)}
        </p>
      );
    case "heading": {
      const Heading = block.attrs.level === 2 ? "h2" : "h3";
      return (
        <Heading key={key} {...dir}>
          {inlines(block.content)}
        </Heading>
      );
    }
    case "image":
      return <ArticleFigure key={key} image={block.attrs} />;
    case "blockquote":
      return (
        <blockquote key={key} {...dir}>
          {children(block.content)}
        </blockquote>
      );
    case "bulletList":
    case "orderedList": {
      const List = block.type === "bulletList" ? "ul" : "ol";
      return (
        <List key={key}>
          {block.content.map((item, index) => (
            <li key={index}>{children(item.content)}</li>
          ))}
        </List>
      );
    }
  }
}

export function ArticleBody({ document, direction = "rtl" }: { document: ArticleDocument; direction?: TextDirection }) {
  return <div className="article-body">{document.content.map((block, index) => renderBlock(block, index, direction))}</div>;
}
