import { describe, expect, it } from "vitest";
import { routeAfterDifferential, routeAfterIntake } from "../../graphs/routers.js";

describe("routers", () => {
  it("sends a crisis turn from intake straight to the crisis reply", () => {
    expect(routeAfterIntake({ crisis: true })).toBe("crisisRespond");
    expect(routeAfterIntake({ crisis: false })).toBe("retrieve");
  });

  it("ends the crisis path in the safety check, skipping modality and the ordinary reply", () => {
    expect(routeAfterDifferential({ crisis: true })).toBe("safetyCheck");
    expect(routeAfterDifferential({ crisis: false })).toBe("selectModality");
  });
});
