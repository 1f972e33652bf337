/**
 * Mechanisms from blind batch AD (session 32, scored before any change: recall 0.81, specificity
 * 0.84), each tested on our own wording beside the contrast that must keep its reading: a doubt
 * about one sentence does not take back what another sentence says; the English pronoun test stays
 * with English messages; an accident word explains only an injury or a means; a denial the person
 * calls a lie; self-injury by striking; a finality ("last day of everything", "j'aurai plus besoin
 * de rien") beside preparations across a short telling; a deadline given to oneself; a death that
 * "would be a W"; a clinician's shorthand about herself; small children left alone overnight; a child
 * who swallowed a household poison; an elder's pension kept by a relative; and the false alarms: a
 * petty repeat as the condition, a study frame, self-harm over for years, a symptom "for no reason",
 * a feeling that "me pega de golpe", a friend's teasing, and anger said to have passed.
 */
import { describe, expect, it } from "vitest";
import { readConversation, readRisk, riskConcepts } from "../../safety/read-risk.js";
import { DIM } from "../../safety/learned/features.js";
import type { RiskNet } from "../../safety/learned/risk-net.js";
import { normalizeText } from "../../safety/normalize-text.js";
import { compileClass } from "../../safety/vocab/phrase.js";

const read = (...messages: string[]) => readConversation(messages);
const escalates = (...messages: string[]) => read(...messages).escalate;
/** A net that scores every text the same: what changes the outcome is only the reader's doubts. */
const constantNet = (p: number): RiskNet => ({ weights: new Float32Array(DIM), bias: Math.log(p / (1 - p)), thresholds: { escalate: 0.85, ask: 0.75, alone: 0.95 } });

describe("the net's doubts are read sentence by sentence", () => {
  it("a doubt about one sentence does not take back another sentence the net weighs as much", () => {
    const r = readRisk("She says it has to be before the weekend. I have the hammer ready by the front door.", { net: constantNet(0.97) });
    expect(r.escalate).toBe(true);
    expect(r.findings.map((f) => f.rule)).toContain("net.recall");
  });
  it("keeps the doubt when every sentence the net weighs is about someone else", () => {
    const r = readRisk("She says it has to be before the weekend. She keeps the hammer ready by the front door.", { net: constantNet(0.97) });
    expect(r.escalate).toBe(false);
    expect(r.askedDirectly).toBeDefined();
  });
  it("reads a question in Spanish as the writer's own, and an English question with no 'I' as general", () => {
    expect(readRisk("y ahora qué hago con la abuela??", { net: constantNet(0.97) }).escalate).toBe(true);
    expect(readRisk("how high is the old railway viaduct?", { net: constantNet(0.97) }).escalate).toBe(false);
  });
  it("an accident word explains an injury, not a place where the person would never do it", () => {
    expect(readRisk("I would never do it at work, my team would be the ones left to deal with it.", { net: constantNet(0.97) }).escalate).toBe(true);
    expect(readRisk("Tripped over a pallet at work and split my lip, it bled a lot.", { net: constantNet(0.97) }).escalate).toBe(false);
  });
});

describe("a denial the person calls a lie", () => {
  it("escalates what was asked or denied when the person says the answer was a lie", () => {
    expect(escalates("the nurse asked if I ever think about ending my life and I said no, which was a lie")).toBe(true);
    expect(escalates("I told my sister I didn't want to die anymore. I lied.")).toBe(true);
  });
  it("keeps a reported question and a denial that stand", () => {
    expect(escalates("the nurse asked if I ever think about ending my life and I said no, which is true, I don't")).toBe(false);
  });
});

describe("self-injury by striking", () => {
  it("escalates banging one's head or punching walls until it hurts or bleeds", () => {
    expect(escalates("banged my head on the door frame until i saw stars again tonight")).toBe(true);
    expect(escalates("punched the garage wall till my knuckles bled again tonight, i deserve it")).toBe(true);
  });
  it("does not read a knock or a punch in the air as self-harm", () => {
    expect(escalates("banged my head on the cupboard door getting a mug out, ouch")).toBe(false);
    expect(escalates("we won the final and i punched the air so hard i pulled a muscle")).toBe(false);
  });
});

describe("finality, deadlines and a death that would be a win", () => {
  it("escalates a deadline given to oneself beside being of no use to the children", () => {
    expect(escalates("Once the flat sale completes on the 14th I'm done. That's the deadline I gave myself. The children will get my share, which is more use to them than me.")).toBe(true);
    expect(escalates("The deadline I gave myself for the thesis draft is the 14th. Any tips for staying focused?")).toBe(false);
  });
  it("escalates a death that 'would be a W', and keeps 'a W' a win", () => {
    expect(escalates("if i got hit by a lorry on the way home it would honestly be a W for everyone")).toBe(true);
    expect(escalates("if i got the job at the bakery it would honestly be a W for everyone")).toBe(false);
    expect(normalizeText("take the W, come w me").text).toBe("take the w, come with me");
  });
  it("reads 'the how' worked out as a decision, with the last day of everything", () => {
    expect(escalates("contract ends friday. that's my last day of everything really. already figured out the how")).toBe(true);
    expect(riskConcepts("already figured out the how")).toContain("decision");
    expect(riskConcepts("already figured out the handover")).not.toContain("decision");
    expect(riskConcepts("friday is my last day of everything")).toContain("farewell");
    expect(riskConcepts("friday is my last day at the firm")).not.toContain("farewell");
  });
});

describe("a clinician's shorthand about herself", () => {
  it("escalates a passive death wish the writer charts for herself", () => {
    expect(escalates("GP here. If I wrote myself up: mood low for months, poor sleep, passive death wish, no plan, no intent.")).toBe(true);
  });
  it("does not escalate the same words about a patient", () => {
    expect(escalates("GP here. My patient reports a passive death wish, no plan, no intent. How often should I review?")).toBe(false);
  });
});

describe("children and elders at risk now", () => {
  it("escalates small children left alone overnight, not a teenager", () => {
    expect(escalates("my brother leaves his 4 and 6 year old on their own overnight when he goes out drinking")).toBe(true);
    expect(escalates("I leave my 16 year old on her own overnight when I work nights, she's fine")).toBe(false);
  });
  it("escalates a child who swallowed a household poison", () => {
    expect(escalates("my son swallowed a button battery from the remote about an hour ago")).toBe(true);
    expect(escalates("my son asked what a button battery is made of")).toBe(false);
  });
  it("escalates an elder's pension kept by a relative (pt, es)", () => {
    expect(escalates("minha avó mora com meu primo e ele fica com a aposentadoria dela, ela nem tem comida")).toBe(true);
    expect(escalates("mi tío se queda con la pensión de mi abuela y no le compra ni comida")).toBe(true);
    expect(escalates("minha avó recebe a aposentadoria dela todo mês e vai ao mercado sozinha")).toBe(false);
  });
});

describe("a farewell and a preparation across a short telling (five languages)", () => {
  it("escalates a pet to rehome and 'nothing needed after that' in separate messages", () => {
    expect(escalates("est-ce qu'un refuge peut prendre un chat rapidement ?", "je quitte l'appart à la fin du mois", "après ça j'aurai plus besoin de rien")).toBe(true);
    expect(escalates("alguém pode ficar com meu gato rápido?", "entrego a casa no fim do mês", "depois disso não vou precisar de mais nada")).toBe(true);
  });
  it("does not escalate a pet rehomed for a move", () => {
    expect(escalates("est-ce qu'un refuge peut prendre un chat rapidement ?", "je pars vivre au Canada à la fin du mois, le proprio refuse les animaux")).toBe(false);
  });
});

describe("false alarms from batch AD", () => {
  it("a petty repeat as the condition is a hyperbole; life itself as the condition is not", () => {
    expect(escalates("If I have to proofread one more grant report I'm going to walk into the sea.")).toBe(false);
    expect(escalates("If I have to live one more year like this I'm going to walk into the sea.")).toBe(true);
  });
  it("a study frame makes an overdose question a student's", () => {
    expect(escalates("For my pharmacology exam: why is an amitriptyline overdose so dangerous even when people seem fine at first? I don't get the timeline.")).toBe(false);
    expect(escalates("For my pharmacology exam I should be revising overdoses. Honestly I have two full boxes of amitriptyline here and I keep thinking about how many it would take.")).toBe(true);
  });
  it("self-harm over for years is history; 'still do' is now", () => {
    expect(escalates("I cut my arms all through secondary school. I'm 31 now and haven't done it in twelve years. How do I explain the scars to a new partner?")).toBe(false);
    expect(escalates("I self-harmed through high school and still do it most weeks.")).toBe(true);
  });
  it("crying 'for no reason' is a symptom, not a reason for asking withheld", () => {
    expect(riskConcepts("I cry in the car for no reason")).not.toContain("dont_ask");
    expect(riskConcepts("how far is the drop from the multi storey? asking for no reason")).toContain("dont_ask");
    expect(escalates("I cry in the car for no reason lately. Will the GP just give me antidepressants?")).toBe(false);
  });
  it("a feeling that hits suddenly is no blow; a partner who hits is", () => {
    expect(escalates("murió mi padre en marzo y a veces me pega de golpe la tristeza en el súper")).toBe(false);
    expect(escalates("mi marido me pega cuando bebe")).toBe(true);
  });
  it("friends teasing that the person will jump is someone else's joke; saying it is not", () => {
    expect(escalates("meus amigos zoam que eu vou me jogar da ponte toda vez que o time perde kkkk")).toBe(false);
    expect(escalates("vou me jogar da ponte hoje à noite")).toBe(true);
  });
  it("anger said to have passed takes back a bare threat, never a wish to die or a threat with a weapon", () => {
    expect(escalates("I swear I'm going to kill my brother for reading my diary. ok rant over, I'm calmer now")).toBe(false);
    expect(escalates("I'm going to kill myself. ok rant over, I'm calmer now")).toBe(true);
    expect(escalates("I'm going to kill him, my dad's shotgun is in the shed. ok I'm calmer now")).toBe(true);
  });
});

/*
 * Mechanisms from blind batch AE (written with AD and held back until AD's work was done; first
 * reading 0.81 / 0.82, the same as the reader before the session): words that belong together in a
 * sentence in any order (the phrase language's "&"), a child and a household poison, a farm chemical
 * in the mouth with a body in alarm, concealment moved to hidden skin, digging at skin with a tool,
 * a gun in trade words with someone's windows watched, help refused, an insurance clause that now pays
 * out, a date chosen after a family event, going to see someone who has died, "I shouldn't mind if",
 * German soft wishes and sitting in front of the gun cabinet; false alarms: a spiritual "die to my old
 * self", readiness for ordinary life, a cliff climbed or a late train in the five languages.
 */
describe("a co-occurrence phrase (a & b & c)", () => {
  it("matches its parts in any order within one sentence, once, and never across sentences", () => {
    const re = compileClass(["[thighs|hips] & [so nobody|so no one] & [asks|sees]"]);
    const hits = (t: string) => [...t.matchAll(re)].map((m) => m[0]);
    expect(hits("moved to my thighs so nobody asks")).toEqual(["thighs"]);
    expect(hits("so no one sees, i do it on my hips")).toEqual(["so no one"]);
    expect(hits("my thighs ache. so nobody asks")).toEqual([]);
  });
});

describe("poisonings and injuries now (AE)", () => {
  it("escalates a small child and a household poison in any order, not a question about storing it", () => {
    expect(escalates("we think the 3 year old got into the laundry pods, there's blue gel round her mouth")).toBe(true);
    expect(escalates("how do I childproof the cupboard with the laundry pods? my 3 year old opens everything")).toBe(false);
  });
  it("escalates a farm or garden chemical in the mouth with a body in alarm", () => {
    expect(escalates("Got weed killer concentrate splashed in my mouth at the allotment. Now I'm drooling and my vision is blurry.")).toBe(true);
    expect(escalates("Sprayed weed killer on the allotment paths this morning, any tips for keeping it off the veg?")).toBe(false);
  });
});

describe("a child's patterned bruises (AC-042, lost to the retrained net's noise and read by mechanism instead)", () => {
  it("escalates finger-shaped bruises on a child who flinches, as abuse", () => {
    expect(escalates("my pupil, 7, has fingertip bruises on her arm and flinched when I raised my hand to the board")).toBe(true);
    expect(read("my pupil, 7, has fingertip bruises on her arm and flinched when I raised my hand to the board").flags).toContain("abuse");
  });
});

describe("an elder's grip marks and money held (AD-018, lost to the retrained net's noise and read by mechanism instead)", () => {
  it("escalates marks like fingertips beside a relative who answers every question for him", () => {
    const r = read("My grandad, 90, has marks like fingertips on his wrists, and my uncle, who moved in with him, answers every question I ask him.");
    expect(r.escalate).toBe(true);
    expect(r.flags).toContain("abuse");
  });
});

describe("self-harm hidden or done with a tool (AE)", () => {
  it("escalates self-harm moved to hidden skin, not clothes chosen for the same reason", () => {
    expect(escalates("switched to my hips now so no one at swimming notices")).toBe(true);
    expect(escalates("I wear baggy jeans over my hips so nobody asks about my weight")).toBe(false);
  });
  it("escalates digging at the skin with a tool until it weeps, not a splinter taken out", () => {
    expect(escalates("lately i use tweezers to dig at the patch on my scalp till it weeps")).toBe(true);
    expect(escalates("used tweezers to dig a splinter out of my thumb, it came out clean")).toBe(false);
  });
});

describe("harm to others with a weapon named as the trade names it (AE)", () => {
  it("escalates a loaded 12-gauge, his windows watched and going over to settle it", () => {
    expect(escalates("The 12-gauge is loaded in the truck and I've been watching his windows since dark. Going over there later to settle it.")).toBe(true);
    expect(escalates("Cleaned the 12-gauge for pheasant season, any tips on storing cartridges safely?")).toBe(false);
  });
});

describe("help refused, insurance, a date chosen, going to the dead (AE)", () => {
  it("escalates help refused beside a time, and only asks about it alone", () => {
    expect(escalates("yes. tomorrow morning.", "please don't send anyone")).toBe(true);
    const alone = read("please don't call anyone, I'm fine, I just want to talk about my exams");
    expect(alone.escalate).toBe(false);
  });
  it("escalates an insurance clause that now pays out whatever happens, not a car policy's exclusion", () => {
    expect(escalates("Rang the insurers about the two year clause on my policy. It's passed, so it pays out no matter what now.")).toBe(true);
    expect(escalates("Checked the car insurance policy; the exclusion for young drivers ends in March. Worth switching?")).toBe(false);
  });
  it("escalates a date chosen after a family event so as not to spoil it, not a party's date", () => {
    expect(escalates("I have settled on the 22nd, after my daughter's graduation, so I do not spoil it. The paperwork for my successor is nearly done.")).toBe(true);
    expect(escalates("We have settled on the 22nd for the party, after my daughter's graduation, so we don't clash with it.")).toBe(false);
  });
  it("escalates going to see someone who has died beside pills saved up, not a visit to the living", () => {
    expect(escalates("gonna go see grandad soon (he passed in 2020). got my pills packed for the trip")).toBe(true);
    expect(escalates("my nan passed away in 2019 and I still miss her. going to see grandad soon at his care home")).toBe(false);
  });
});

describe("German wishes and a gun cabinet (AE)", () => {
  it("escalates wanting it to stop with working out how, and sitting in front of the guns", () => {
    expect(escalates("Ich will nur noch, dass es aufhört, und überlege abends, wie ich es machen würde.")).toBe(true);
    expect(escalates("Die Gewehre sind im Waffenschrank im Keller. Abends sitze ich davor und will, dass endlich Ruhe ist in meinem Kopf.")).toBe(true);
  });
  it("does not escalate wanting a noise to stop, or a hunt planned", () => {
    expect(escalates("Ich will nur, dass der Lärm von der Baustelle aufhört.")).toBe(false);
    expect(escalates("Die Gewehre sind im Waffenschrank im Keller, am Samstag gehen wir mit dem Verein auf die Jagd.")).toBe(false);
  });
});

describe("false alarms from batch AE", () => {
  it("a spiritual 'die to my old self' is no wish to die; the same words plainly are", () => {
    expect(escalates("I told my therapist I want to die to my old self, it's how we talk at church")).toBe(false);
    expect(escalates("I told my therapist I want to die, and I meant it")).toBe(true);
  });
  it("readiness for ordinary life is no decision; 'I'm ready' beside a means is", () => {
    expect(escalates("My psychiatrist agrees I'm ready to go back to monthly prescriptions. Two years well now.")).toBe(false);
    expect(escalates("I'm ready. The rope is in the garage.")).toBe(true);
  });
  it("a cliff to climb on Saturday is a sport in French; the same cliff with a wish to end it is not", () => {
    expect(escalates("dimanche je grimpe en tête pour la première fois en falaise, j'ai peur de tomber. des conseils ?")).toBe(false);
    expect(escalates("dimanche je vais à la falaise, je veux en finir")).toBe(true);
  });
});
