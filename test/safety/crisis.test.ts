import { describe, expect, it } from "vitest";
import { composeCrisisReply } from "../../safety/crisis-reply.js";
import { crisisResources } from "../../safety/crisis-resources.js";
import { guardReply } from "../../safety/output-guard.js";
import { resourcesLine } from "../../safety/resources-line.js";
import { SAFETY_PLAN_STEPS } from "../../safety/safety-plan.js";
import { screenRisk } from "../../safety/screen-risk.js";

const reply = (text: string, locale = "en-US") => composeCrisisReply({ risk: screenRisk(text), locale, userText: text });

describe("crisisResources", () => {
  it("knows the lines for each supported locale", () => {
    const us = crisisResources("en-US").resources.map((r) => r.how).join(" ");
    expect(us).toMatch(/988/);
    expect(us).toMatch(/HOME to 741741/);
    expect(us).toMatch(/911/);
    const gb = crisisResources("en-GB").resources.map((r) => r.how).join(" ");
    expect(gb).toMatch(/116 123/);
    expect(gb).toMatch(/85258/);
    expect(gb).toMatch(/999/);
    expect(crisisResources("en-AU").emergencyNumber).toBe("000");
    expect(crisisResources("en-IE").resources.some((r) => r.how.includes("116 123"))).toBe(true);
    expect(crisisResources("en-CA").resources.some((r) => r.how.includes("988"))).toBe(true);
    expect(crisisResources("es-ES").emergencyNumber).toBe("112");
    expect(crisisResources("es-MX").emergencyNumber).toBe("911");
  });
  it("falls back to the IASP directory and the local emergency number", () => {
    const intl = crisisResources("ja-JP");
    expect(intl.region).toBe("INTL");
    expect(intl.resources.map((r) => r.how).join(" ")).toMatch(/iasp\.info/);
  });
  it("uses an app's override list", () => {
    const set = crisisResources("en-US", [{ id: "x", name: "Campus line", how: "call 555-0100", kinds: ["suicide"] }]);
    expect(set.resources).toHaveLength(1);
    expect(set.resources[0].name).toBe("Campus line");
  });
});

describe("composeCrisisReply", () => {
  it("leads with the emergency number for an overdose in progress", () => {
    const r = reply("I just took all my pills");
    expect(r.indexOf("911")).toBeGreaterThanOrEqual(0);
    expect(r.indexOf("911")).toBeLessThan(r.indexOf("988"));
  });
  it("gives 988 for ideation, asks about safety and offers a safety-plan step", () => {
    const r = reply("I keep thinking about killing myself");
    expect(r).toMatch(/988/);
    expect(r).toMatch(/Are you safe right now\?/);
    expect(r).toMatch(/safety plan/i);
    expect(r).not.toMatch(/\b(depression|disorder|diagnos)/i);
  });
  it("gives Samaritans in the UK and the domestic-violence line for abuse", () => {
    expect(reply("I wish I was dead", "en-GB")).toMatch(/116 123/);
    expect(reply("My husband hits me and I'm scared to go home")).toMatch(/1-800-799-7233/);
    expect(reply("My partner beats me", "en-GB")).toMatch(/0808 2000 247/);
  });
  it("guides someone worried about a friend", () => {
    const r = reply("My friend is cutting herself and won't tell anyone");
    expect(r).toMatch(/someone you care about/);
    expect(r).toMatch(/988/);
  });
  it("replies in Spanish to a Spanish message", () => {
    const r = reply("no quiero vivir más", "es-MX");
    expect(r).toMatch(/¿Estás a salvo ahora mismo\?/);
    expect(r).toMatch(/800 911 2000/);
  });
  it("passes its own output guard", () => {
    for (const t of ["I just took all my pills", "My dad said he'd kill us", "voices tell me to hurt someone", "quiero morir"]) {
      const risk = screenRisk(t);
      const g = guardReply({ reply: composeCrisisReply({ risk, locale: "en-US", userText: t }), risk, locale: "en-US" });
      expect(g.violations).toEqual([]);
      expect(g.rewritten).toBe(false);
    }
  });
  it("resourcesLine keeps a short reminder for later turns", () => {
    expect(resourcesLine(screenRisk("I wish I was dead"), "en-US")).toMatch(/988/);
  });
  it("exports the seven Stanley–Brown steps", () => {
    expect(SAFETY_PLAN_STEPS.map((s) => s.id)).toEqual(["warning_signs", "internal_coping", "social_distraction", "people_to_ask", "professionals", "safe_environment", "reasons_for_living"]);
  });
});
