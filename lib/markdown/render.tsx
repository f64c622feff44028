// Renders untrusted posting markdown as React elements, on the server (the posting page)
// or wherever a preview needs it. No client JavaScript is involved.
import type { ComponentProps } from "react";
import Markdown, { defaultUrlTransform, type Components, type ExtraProps } from "react-markdown";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { rehypeNestHeadings } from "./heading-levels";
import { remarkUnwrapLinksInsideRawAnchors } from "./raw-anchors";
import { postingSchema } from "./sanitize-schema";
import { rehypeSourceLines } from "./source-lines";

// "//host/…" (and "/\host" or "\\host", which browsers read alike) leads to another site as surely as "https://host/…".
function isExternal(href: string | undefined): boolean {
  return href !== undefined && /^\s*(?:https?:)?[\\/][\\/]/i.test(href);
}

function Anchor({ node: _node, href, ...rest }: ComponentProps<"a"> & ExtraProps) {
  // Links to other sites must not get a handle on this page nor learn where the visitor came from.
  const rel = isExternal(href) ? "noopener noreferrer" : undefined;
  return <a href={href} rel={rel} {...rest} />;
}

function Table({ node: _node, ...rest }: ComponentProps<"table"> & ExtraProps) {
  // DSFR styles tables through this wrapper, which also scrolls wide tables on mobile.
  return (
    <div className="fr-table">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table {...rest} />
          </div>
        </div>
      </div>
    </div>
  );
}

function Image({ node: _node, alt, ...rest }: ComponentProps<"img"> & ExtraProps) {
  // An image without alt text is treated as decorative rather than read out as its URL.
  // biome-ignore lint/performance/noImgElement: images of a posting come from anywhere, in no known size: next/image cannot serve them.
  return <img alt={alt ?? ""} loading="lazy" className="fr-responsive-img" {...rest} />;
}

// Body sections sit under the page's h1 and beside a facts panel: one DSFR size smaller
// than the default keeps the title dominant without changing the document outline.
function sizedHeading(Tag: "h2" | "h3" | "h4" | "h5" | "h6", className: string) {
  return function Heading({ node: _node, ...rest }: ComponentProps<"h2"> & ExtraProps) {
    return <Tag className={className} {...rest} />;
  };
}

// DSFR leaves little space under lists, and bodies often follow one with a heading.
function UnorderedList({ node: _node, ...rest }: ComponentProps<"ul"> & ExtraProps) {
  return <ul className="fr-mb-3w" {...rest} />;
}

function OrderedList({ node: _node, ...rest }: ComponentProps<"ol"> & ExtraProps) {
  return <ol className="fr-mb-3w" {...rest} />;
}

/** In a preview a link shows where it leads and goes nowhere: no href, so no tab stop and no click. */
function InertAnchor({ node: _node, href, ...rest }: ComponentProps<"a"> & ExtraProps) {
  return <a title={href} style={{ textDecoration: "underline" }} {...rest} />;
}

const components: Components = {
  a: Anchor,
  ul: UnorderedList,
  ol: OrderedList,
  table: Table,
  img: Image,
  h2: sizedHeading("h2", "fr-h3"),
  h3: sizedHeading("h3", "fr-h4"),
  h4: sizedHeading("h4", "fr-h5"),
  h5: sizedHeading("h5", "fr-h6"),
  h6: sizedHeading("h6", "fr-h6"),
};

// The sanitizer already decided which URLs stay; react-markdown's own filter would also
// blank the tel: links that the schema allows.
function keepPhoneLinks(url: string): string {
  return /^tel:/i.test(url) ? url : defaultUrlTransform(url);
}

export type RenderMarkdownProps = {
  markdown: string;
  /** The page's h1: a leading heading repeating it is dropped, the others nest under it. */
  title?: string;
  className?: string;
  /** For the editor's preview: links lead nowhere, and each block says which line it comes from. */
  preview?: boolean;
};

export function RenderMarkdown({ markdown, title, className, preview }: RenderMarkdownProps) {
  return (
    <div className={className}>
      <Markdown
        remarkPlugins={[remarkGfm, remarkUnwrapLinksInsideRawAnchors]}
        // Raw HTML is parsed first so that the sanitizer sees it; headings are renumbered last.
        rehypePlugins={[
          rehypeRaw,
          [rehypeSanitize, postingSchema],
          [rehypeNestHeadings, { title }],
          ...(preview ? [rehypeSourceLines] : []),
        ]}
        components={preview ? { ...components, a: InertAnchor } : components}
        urlTransform={keepPhoneLinks}
      >
        {markdown}
      </Markdown>
    </div>
  );
}
