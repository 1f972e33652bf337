/** Wanting to "die laughing" is delight, not a death wish; the wish itself still escalates. */
import { describe, expect, it } from "vitest";
import { screenRisk } from "../../safety/screen-risk.js";

describe("hyperbole about dying of laughter or embarrassment", () => {
  it.each(["I want to die laughing at that show.", "honestly I wanted to die of embarrassment in class"])("stays calm: %s", (text) => {
    expect(screenRisk(text).escalate).toBe(false);
  });
  it("still escalates the wish when it stands alone", () => {
    expect(screenRisk("Some nights I just want to die.").escalate).toBe(true);
  });
});
