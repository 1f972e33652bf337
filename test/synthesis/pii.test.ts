/** PII scrubbing: typed placeholders, counts, and nothing left for the output gate to find. */
import { describe, expect, it } from "vitest";
import { findPii, scrubPii } from "../../synthesis/scrub-pii.js";
import { CRISIS_DIRECTORY, crisisResources } from "../../safety/crisis-resources.js";

describe("scrubPii", () => {
  it("replaces e-mails, URLs, phones, usernames, addresses and cued names", () => {
    const input =
      "Email me at nelly.worries@example.com or call 555-201-3344 / +44 20 7946 0958. See https://www.reddit.com/r/Anxiety/comments/xyz123 " +
      "and thanks u/helpful_hannah and @bob_smith. I live at 42 Elm Street. My sister Anna says hi. My name is Tom.";
    const { text, counts } = scrubPii(input);
    expect(counts).toEqual({ EMAIL: 1, PHONE: 2, URL: 1, USER: 2, ADDRESS: 1, NAME: 2 });
    expect(text).toContain("[EMAIL]");
    expect(text).toContain("My sister [NAME] says hi");
    expect(findPii(text)).toEqual([]);
  });

  it("leaves clinical numbers, durations, ages and ordinary capitals alone", () => {
    const input = "I slept 3 hours, it takes 90 minutes to leave, I'm 29F, my BMI is 17.5, I walked 5 miles down the road. My Monday was bad.";
    const { text, counts } = scrubPii(input);
    expect(text).toBe(input);
    expect(counts).toEqual({});
  });

  it("finds what slipped through", () => {
    expect(findPii("write to a@b.co or visit www.x.com").map((p) => p.type).sort()).toEqual(["EMAIL", "URL"]);
  });

  it("never flags psyllm's own crisis lines and directory links, in every locale, while a person's number still is", () => {
    const all = Object.values(CRISIS_DIRECTORY).flatMap((set) => set.resources.map((r) => `${r.name}: ${r.how}`)).join("\n");
    expect(findPii(all)).toEqual([]);
    const gb = crisisResources("en-GB").resources.map((r) => r.how).join("; ");
    expect(findPii(`You can reach ${gb}. My own mobile is 07700 900123.`)).toEqual([{ type: "PHONE", match: "07700 900123" }]);
  });
});
