import { XMLParser, XMLValidator } from "fast-xml-parser";
import { mainHeadline, toWireItem } from "./wire-fields";
import type { WireParseResult } from "./wire-item";

// IPTC NewsML-G2: one newsItem, alone or as the only item of a newsMessage. Namespace
// prefixes are dropped, so "nar:headline" and "headline" read alike.

/** Entity declarations are how billion-laughs and external-entity (XXE) attacks begin; no agency item needs one. */
const DECLARATION = /<!\s*(DOCTYPE|ENTITY)/i;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // XML's numeric character references (&#1575;); named entities beyond XML's five are HTML's, and harmless.
  htmlEntities: true,
  // The XHTML body is kept as written for the body reader (which drops its <head>).
  stopNodes: ["*.inlineXML"],
});

type XmlNode = string | { [key: string]: XmlValue };
type XmlValue = XmlNode | XmlNode[] | undefined;

const all = (value: XmlValue): XmlNode[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const children = (node: XmlNode | undefined, name: string) => all(typeof node === "object" ? node[name] : undefined);

function child(node: XmlNode | undefined, ...path: string[]): XmlNode | undefined {
  return path.reduce<XmlNode | undefined>((parent, name) => children(parent, name)[0], node);
}

function textOf(node: XmlNode | undefined): string | undefined {
  if (typeof node === "string") return node;
  const text = node?.["#text"];
  return typeof text === "string" ? text : node ? "" : undefined;
}

function attribute(node: XmlNode | undefined, name: string): string | undefined {
  const value = typeof node === "object" ? node[`@${name}`] : undefined;
  return typeof value === "string" ? value : undefined;
}

/** "stat:usable" → "usable"; anything else is left for the field check to refuse. */
const pubStatusOf = (qcode: string | undefined) => qcode?.replace(/^stat:/, "");

/** Urgency is text in XML; a whole number is read as one, anything else left to be refused. */
const urgencyOf = (text: string | undefined) => (text !== undefined && /^\s*\d+\s*$/.test(text) ? Number(text) : text);

function newsItemOf(document: XmlNode): XmlNode | string {
  const message = child(document, "newsMessage");
  const items = children(message === undefined ? document : child(message, "itemSet"), "newsItem");
  if (items.length !== 1) return `Expected one newsItem, found ${items.length}`;
  return items[0]!;
}

export function parseNewsMlG2(text: string): WireParseResult {
  if (DECLARATION.test(text)) return { ok: false, reason: "unsafe_xml", detail: "DOCTYPE and ENTITY declarations are refused" };
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, reason: "malformed", detail: `${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})` };
  const item = newsItemOf(parser.parse(text) as XmlNode);
  if (typeof item === "string") return { ok: false, reason: "malformed", detail: item };
  const itemMeta = child(item, "itemMeta");
  const contentMeta = child(item, "contentMeta");
  const headlines = children(contentMeta, "headline");
  return toWireItem("newsml-g2", {
    uri: attribute(item, "guid"),
    version: attribute(item, "version"),
    versionCreated: textOf(child(itemMeta, "versionCreated")),
    pubStatus: pubStatusOf(attribute(child(itemMeta, "pubStatus"), "qcode")),
    urgency: urgencyOf(textOf(child(contentMeta, "urgency"))),
    headline: mainHeadline(headlines.map((headline) => ({ value: textOf(headline) ?? "", role: attribute(headline, "role") }))),
    slugline: textOf(child(contentMeta, "slugline")),
    language: attribute(child(contentMeta, "language"), "tag") ?? attribute(item, "lang"),
    located: textOf(child(contentMeta, "located", "name")),
    subjects: children(contentMeta, "subject").map((subject) => textOf(child(subject, "name")) || attribute(subject, "qcode")).filter(Boolean),
    embargoedUntil: textOf(child(itemMeta, "embargoed")),
    editorNote: textOf(child(itemMeta, "edNote")),
    bodyHtml: textOf(child(item, "contentSet", "inlineXML")),
  });
}
