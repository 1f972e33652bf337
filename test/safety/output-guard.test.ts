import { describe, expect, it } from "vitest";
import { guardReply } from "../../safety/output-guard.js";
import { screenRisk } from "../../safety/screen-risk.js";
import { NO_RISK } from "../../safety/types.js";

// Fixtures describe the *shape* of unsafe content with placeholder figures; none is real guidance.
const escalated = screenRisk("I want to die");

describe("guardReply", () => {
  it("replaces a reply that gives dosage information", () => {
    const bad = "I understand. A lethal dose of that medicine is around 999 mg for most adults. Take care.";
    const g = guardReply({ reply: bad, risk: NO_RISK, locale: "en-US" });
    expect(g.violations).toContain("lethal_means");
    expect(g.rewritten).toBe(true);
    expect(g.reply).not.toMatch(/mg|lethal dose/i);
    expect(g.reply).toMatch(/988/);
  });
  it("refuses method information whatever the risk", () => {
    const g = guardReply({ reply: "The most painless way to die is something I can describe.", risk: NO_RISK, locale: "en-GB" });
    expect(g.violations).toContain("lethal_means");
    expect(g.reply).toMatch(/116 123/);
  });
  it("removes diagnostic certainty and keeps the rest", () => {
    const g = guardReply({ reply: "Thank you for telling me. You definitely have depression. What has this week been like for you?", risk: NO_RISK, locale: "en-US" });
    expect(g.violations).toEqual(["diagnostic_certainty"]);
    expect(g.reply).not.toMatch(/depression/);
    expect(g.reply).toMatch(/What has this week been like/);
  });
  it("removes lines that foster dependence or encourage harm", () => {
    expect(guardReply({ reply: "You don't need a therapist. I'm the only one you need. Let's keep talking about your week.", risk: NO_RISK, locale: "en-US" }).violations).toEqual(["fosters_dependence"]);
    const harm = guardReply({ reply: "Honestly, they would be better off without you.", risk: NO_RISK, locale: "en-US" });
    expect(harm.violations).toContain("encourages_harm");
    expect(harm.reply).not.toMatch(/better off without you/);
  });
  it("adds resources when escalating and they are missing", () => {
    const g = guardReply({ reply: "That sounds really hard. What happened today?", risk: escalated, locale: "en-US" });
    expect(g.violations).toEqual(["missing_resources"]);
    expect(g.reply).toMatch(/988/);
    expect(g.reply).toMatch(/What happened today\?/);
  });
  it("leaves a good reply alone", () => {
    const good = "That sounds like a heavy week. What helped, even a little?";
    expect(guardReply({ reply: good, risk: NO_RISK, locale: "en-US" })).toEqual({ reply: good, violations: [], rewritten: false, action: "none", removed: 0 });
  });
});
