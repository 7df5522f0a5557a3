import { describe, expect, it } from "vitest";
import { searchRequestOf } from "@/lib/validation/search";
import { keptSearchRequest, keptSearchRoute } from "./kept-route";

const search = (query: string) => searchRequestOf(new URLSearchParams(query));
const segmentOf = (route: string | null) => route!.slice("/search/".length);

describe("kept search routes", () => {
  it("answers a plain search, with or without a section, on its first three pages, and gives the search back whole", () => {
    for (const query of ["q=داعش", "q=سد+النهضة+&section=economy", "q=a%26b%2Fc%3Fd%23e%25&page=3", "q="]) {
      const route = keptSearchRoute(search(query));
      expect(route, query).toMatch(/^\/search\/[\w-]+$/);
      expect(keptSearchRequest(segmentOf(route))).toEqual(search(query));
    }
  });

  it("leaves searches with dates, past the third page or over about a hundred letters to be rendered per request", () => {
    expect(keptSearchRoute(search("q=داعش&from=2026-01-01"))).toBeNull();
    expect(keptSearchRoute(search("q=داعش&to=2026-01-01"))).toBeNull();
    expect(keptSearchRoute(search("q=داعش&page=4"))).toBeNull();
    expect(keptSearchRoute(search(`q=${"ش".repeat(99)}`))).not.toBeNull();
    expect(keptSearchRoute(search(`q=${"ش".repeat(101)}`))).toBeNull();
    expect(keptSearchRoute(search(`q=${"ش".repeat(80)}&section=${"a".repeat(160)}`))).toBeNull();
  });

  it("keeps one page for a search without words: the empty search page", () => {
    const empty = keptSearchRoute(search(""));
    expect(keptSearchRoute(search("q=%20%20%09"))).toBe(empty);
    expect(keptSearchRoute(search("q=&section=zzzz"))).toBeNull();
    expect(keptSearchRoute(search("q=%20&page=3"))).toBeNull();
  });

  it("gives every spelling of one search one page: empty filters, a bad page number, repeated parameters, spaces, NFD", () => {
    const route = keptSearchRoute(search("q=داعش"));
    expect(keptSearchRoute(search("q=داعش&section=&from=&to="))).toBe(route);
    expect(keptSearchRoute(search("page=abc&q=داعش"))).toBe(route);
    expect(keptSearchRoute(search("q=داعش&q=سوريا&page=1"))).toBe(route);
    expect(keptSearchRoute(search("q=%20%20داعش"))).toBe(route);
    expect(keptSearchRoute(search("q=سد%20%09النهضة"))).toBe(keptSearchRoute(search("q=سد+النهضة")));
    expect(keptSearchRoute(search(`q=${encodeURIComponent("آ".normalize("NFD"))}`))).toBe(keptSearchRoute(search("q=آ")));
  });

  it("refuses any segment that is not the canonical one for its search", () => {
    const canonical = segmentOf(keptSearchRoute(search("q=داعش")));
    const encode = (text: string) => Buffer.from(text).toString("base64url");
    expect(keptSearchRequest("garbage")).toBeNull();
    expect(keptSearchRequest(`${canonical}=`)).toBeNull();
    expect(keptSearchRequest(encode("section=&q=%D8%AF%D8%A7%D8%B9%D8%B4"))).toBeNull();
    expect(keptSearchRequest(encode("q=%20%D8%AF%D8%A7%D8%B9%D8%B4"))).toBeNull();
    expect(keptSearchRequest(encode("q=%D8%AF%D8%A7%D8%B9%D8%B4&from=2026-01-01"))).toBeNull();
  });
});
