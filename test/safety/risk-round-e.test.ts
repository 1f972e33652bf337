/**
 * Risk phrasings found by held-out batches E and F (evals/heldout/risk-e.jsonl, risk-f.jsonl),
 * fixed by concept. Each block pairs other phrasings of a concept with ordinary speech it must
 * leave alone. The sentences here are paraphrases, not the batches' own vignettes.
 */
import { describe, expect, it } from "vitest";
import { screenConversation, screenRisk } from "../../safety/screen-risk.js";
import { riskRank, type RiskLevel } from "../../safety/types.js";

const escalates = (text: string, min: RiskLevel = "low") => {
  const r = screenRisk(text);
  expect(r.escalate, `${text} -> ${r.findings.map((f) => f.rule).join(",")}`).toBe(true);
  expect(riskRank(r.level), `${text} -> ${r.level}`).toBeGreaterThanOrEqual(riskRank(min));
  return r;
};
const calm = (text: string) => {
  const r = screenRisk(text);
  expect(r.escalate, `${text} -> ${r.findings.map((f) => f.rule).join(",")}`).toBe(false);
};

describe("passive ideation in plain words", () => {
  it("a life cut short in years escalates", () => {
    escalates("honestly i doubt ill live past 25");
    escalates("I won't make it to 40, I know that much");
    escalates("I never expected to reach twenty-one and I still don't");
  });
  it("ages, anniversaries and long lives stay calm", () => {
    calm("I don't think I'll make it to the party tonight");
    calm("I don't think I'll make it to 30 reps today");
    calm("I don't think we'll make it to 40 years of marriage like my parents");
    calm("I don't expect to live past 90, nobody in my family does");
  });
  it("resignation, 'feel like dying', 'had enough of life' escalate", () => {
    escalates("may as well just be dead at this point");
    escalates("i just feel like dying all the time");
    escalates("I have had enough of this life");
    escalates("there's no point staying alive anymore");
    escalates("I want to end this misery for good");
  });
  it("idioms about hair, flu, housemates and effort stay calm", () => {
    calm("I feel like dying my hair pink for summer");
    calm("I feel like dying, this flu is brutal");
    calm("I've had enough of living with my parents");
    calm("I might as well die trying lol");
    calm("what's the point of living in London if you never go out");
  });
  it("thinking or talking about dying escalates; lessons and health fear do not", () => {
    escalates("my daughter keeps talking about wanting to die");
    escalates("I think about dying every single day now");
    calm("We talked about suicide in health class today.");
    calm("I'm scared of dying in a plane crash, I think about it constantly");
    calm("my grandma is dying and I keep thinking about death");
  });
  it("death as the only way out escalates", () => {
    escalates("the only way out I can see is to die");
    escalates("killing myself feels like the only option left");
    calm("There is no other option but to quit my job.");
  });
  it("an old person wanting to join a dead spouse escalates (third party)", () => {
    escalates("Since mum passed, dad keeps saying he wants to be with her in heaven now");
    calm("My nan just wants to see grandad again, he's in a care home.");
  });
});

describe("non-native calques", () => {
  it("finish my life, make suicide, suicide myself escalate", () => {
    escalates("Every day I am thinking to finish with my life.");
    escalates("I want to make suicide, I am so tired");
    escalates("sometimes I think to suicide myself");
    escalates("I am not wanting to live no more");
  });
  it("training and life's work stay calm", () => {
    calm("We did a suicide prevention training at work and it was useful");
    calm("I want to finish my life's work before I retire");
  });
});

describe("intent and preparation", () => {
  it("means got for a stated purpose is intent", () => {
    escalates("I ordered a rope online so I can end it", "high");
    escalates("been saving my tablets so that i can finally die", "high");
    calm("I bought a new laptop so I can finally do it properly.");
  });
  it("intent with the method named escalates high", () => {
    escalates("I'm about to walk into the sea", "high");
    escalates("gonna drive the car into a tree tonight", "high");
    calm("We're going to drive off into the sunset on holiday");
    calm("I'm going to take all my meds with me on holiday");
  });
  it("means kept just in case, a funeral planned, goodbyes and a will count together", () => {
    escalates("I keep a blade in my drawer just in case things get too much", "high");
    escalates("I've written my will and said goodbye to my brother", "high");
    calm("I have a gun at home just in case of burglars");
    calm("I said goodbye to my sister at the airport");
    calm("I need to sort out my will now that we have a house.");
  });
  it("drugs diverted from work with a method known is preparation", () => {
    escalates("I keep taking oxy home from the ward, I know how many I'd need", "high");
  });
  it("a hose to the exhaust, a bag over the head, pills in hand", () => {
    escalates("im sat in the car with the hose on and the engine running", "imminent");
    escalates("I've taped a hose to the exhaust", "high");
    escalates("I have all my pills in my hand right now", "high");
    escalates("just slit my wrist", "imminent");
    calm("I cut my finger just now chopping onions");
  });
  it("looking down from a height for a long time is rehearsal", () => {
    escalates("I stood on the multi-storey and looked over the railings for ages", "high");
    calm("We looked over the edge of the cliff for ages, the view was amazing.");
  });
  it("a method pictured in a car or at a platform", () => {
    escalates("I keep thinking about steering my car into a lorry", "moderate");
    escalates("had the thought i should just step off the platform", "moderate");
  });
  it("a veiled 'can't keep doing this' with a rope counts", () => {
    escalates("I can't keep doing this, I've got a rope in the shed", "high");
  });
});

describe("self-harm told by wound care", () => {
  it("steri strips and a razor escalate", () => {
    escalates("went too deep with the blade again, used butterfly stitches", "moderate");
    escalates("ran out of steri strips again for my arms");
    calm("Had to use steri strips after I cut my thumb in the kitchen");
    calm("got carried away with the razor shaving my legs lol");
  });
  it("self-injury in an autistic child's meltdowns is not a crisis", () => {
    calm("my son is autistic and non-verbal and hurts himself during meltdowns, what support is there?");
  });
  it("a parent preparing to talk about self-harm is not a disclosure", () => {
    calm("How should I talk to my kids about self-harm? Nothing has happened, I want to be ready.");
    escalates("How do I talk to my son about self-harm? I found cuts on his arm.");
  });
});

describe("abuse, a parent's harm, medical emergencies", () => {
  it("hiding from an abuser or a serious injury is high", () => {
    escalates("my husband punched me and I'm hiding in the bathroom", "high");
    escalates("she pushed me down the stairs again", "moderate");
  });
  it("threats of maiming or disfigurement are high", () => {
    escalates("my ex says he'll throw acid on my face if I see anyone else", "high");
    escalates("he told me he'd set the house on fire with me in it", "high");
  });
  it("secrecy threats count; hyperbole about a mess does not", () => {
    escalates("he said if I tell anyone he'll kill me", "high");
    calm("If my mum sees this mess she'll kill me.");
    calm("My dad will kill me if I tell him I crashed the car");
  });
  it("a child hurt or shaken by the writer, or a parent afraid to snap", () => {
    escalates("I shook my baby when he wouldn't stop screaming");
    escalates("I smacked my son so hard it left a mark");
    escalates("I'm scared I'll lose it and hurt my toddler");
    escalates("My husband hits our kids.");
    escalates("my stepdad doesn't feed me and locks me in");
  });
  it("a partner's ordinary touch and an old assault stay calm", () => {
    calm("When my girlfriend touches me I sometimes freeze, it's from old stuff.");
    calm("I was sexually assaulted last summer and I'm working through it in therapy.");
    calm("I know spiders can't hurt me but I still panic.");
  });
  it("alcohol mixed with sedatives now, an overdose on a drug, anaphylaxis", () => {
    escalates("drank half a bottle of wine with my zopiclone and I'm so drowsy", "imminent");
    escalates("i think i od'd on ket, everything feels wrong", "high");
    escalates("I'm going into anaphylaxis, my throat is closing", "high");
    calm("Is it OK to have a glass of wine with my sleeping tablets?");
    calm("I stopped drinking coffee and I'm a bit shaky");
  });
  it("a spiked drink escalates", () => {
    escalates("someone slipped something into my drink and I can't stand");
  });
});

describe("second probe round: more everyday phrasings", () => {
  it("bare intent to jump, starving to death, pills all at once", () => {
    escalates("that's it, I'm going to jump.", "high");
    escalates("i'm gonna starve myself to death", "high");
    escalates("got a full packet of tablets here and i want to take the lot", "moderate");
    calm("I'm going to jump in the pool after work");
    calm("I want to take them all to the vet on Friday");
  });
  it("wishing an illness or accident would kill one escalates", () => {
    escalates("I keep hoping I catch something and die");
    calm("I hope I get the job, I'd die of happiness lol");
  });
  it("method-seeking and being on the tracks", () => {
    escalates("been reading up on ways to kill myself", "moderate");
    escalates("im sat on the railway tracks", "high");
    calm("I'm a railway engineer and I'm on the tracks most nights for maintenance work");
  });
  it("wanting the pain to end counts only beside another sign", () => {
    calm("I just want the pain to end, my back has been awful");
    escalates("I just want the pain to end. I've made my peace with it.");
  });
  it("an adult coming into a child's room at night, a posted goodbye then silence", () => {
    escalates("my stepbrother keeps getting into my bed at night");
    escalates("my best mate put up a goodbye post and now he's not answering");
    calm("my dad keeps coming into my room to wake me for school");
    calm("she posted a farewell message before her trip and isn't answering because she's on the plane");
  });
  it("cutting that keeps going and getting worse", () => {
    escalates("i keep cutting and it's getting worse");
    calm("I keep cutting corners at work and my boss noticed");
  });
  it("support-seeking about a friend is not a crisis unless something is happening now", () => {
    calm("How can I support my friend who self harms?");
    escalates("How do I help my sister? She's self-harming right now and there's blood");
  });
  it("laughing-crying hyperbole stays calm", () => {
    calm("ugh I want to die, I just called my teacher mum 😂");
  });
});

describe("ideation told in a depressive context", () => {
  it("thinking about dying sometimes escalates, even with 'I wouldn't act on it'", () => {
    escalates("I feel empty and I think about dying sometimes, though I'd never do anything");
    calm("I sometimes think about dying of cancer like my aunt, my health anxiety is bad");
  });
  it("someone saying the family would be better off without them escalates; a view of an abuser does not", () => {
    escalates("my husband keeps telling us we'd be better off without him");
    calm("Honestly the kids and I would be better off without him, he drinks and shouts every night.");
  });
  it("wishing to disappear beside hopelessness escalates; embarrassment does not", () => {
    escalates("nothing has any point, it all feels meaningless. i wish i could just vanish");
    calm("I wish I could just disappear, I tripped on stage, so embarrassing");
    calm("I wish I could disappear for a week to a beach somewhere");
  });
});

describe("conversation", () => {
  it("a rehearsal told in the second turn escalates", () => {
    const r = screenConversation(["Lost my job last month.", "Yesterday I went up the car park and stared over the edge for a long time."]);
    expect(r.escalate).toBe(true);
  });
});
