/** A thread never hears the same suggestion twice, however it is reworded (a supervisor reads that as repetition). */
import { describe, expect, it } from "vitest";
import { Said } from "../../engine/reply/phrasing.js";

describe("Said", () => {
  const said = new Said(["Try writing down the worry and setting a fixed time of day to look at it, so it has a place to go."]);
  it("counts a reworded suggestion as said", () => {
    expect(said.has("It may help to set a fixed time of day for the worry and write it down, so it has somewhere to go.")).toBe(true);
  });
  it("lets a different suggestion, and short formulae, through", () => {
    expect(said.has("A short walk after dinner can take the edge off a restless evening.")).toBe(false);
    expect(said.has("Thanks for saying more.")).toBe(false);
  });
});
