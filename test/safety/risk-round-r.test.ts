/**
 * Mechanisms from blind batch R (session 21), each tested on our own wording, beside the contrast
 * that must keep its reading: an act asked about in general and then owned, objects swallowed to
 * hurt oneself, a method question's cover ("it's not for a trip"), a passive wish with a degree
 * word, a voice named a sentence before what it demands, death weighed as the answer, preparations
 * in deeds (assets moved, guardianship arranged, bills settled, accounts deleted), two signs of a
 * body failing in German, Spanish, French, Portuguese or Italian, and the false alarms: "kms" aimed
 * at a thing, a retracted threat, an unwanted harm image, "ich könnte ihn umbringen", and a
 * partner's thoughts that someone else is already helping with. Then from blind batch S (held back
 * until R's work was done): leetspeak throughout a message, "k.y.s" said of oneself, a euphemism in
 * scare quotes, a passive wish as a prayer in French, Spanish, Portuguese, Italian or German, a
 * railing climbed over and someone who stopped them, a voice saying who someone "really" is, a
 * parent's gun that stays within reach, and the false alarms: German "keine dunklen Gedanken", a
 * customer who "came in" to a pharmacy, and knees "ready to die". Then from blind batches T and U
 * (held back until S's work was done): a body in alarm after drugs or days without food, counted
 * overdoses of named medicines, burns with a cigarette or a hair straightener, a stomach pumped and
 * the wish it had worked, a cot shaken, a hose bought for an exhaust, pills bought at two shops
 * around the limit, Spanish and Portuguese algospeak ("desvivirse"), "only courage is missing", a
 * partner's threat to break a bone, and someone who won't wake after a party, in Italian.
 */
import { describe, expect, it } from "vitest";
import { directQuestion } from "../../safety/direct-question.js";
import { DIM } from "../../safety/learned/features.js";
import { readConversation } from "../../safety/read-risk.js";

const read = (...messages: string[]) => readConversation(messages);
const escalates = (...messages: string[]) => read(...messages).escalate;

describe("an act asked about in general, then owned", () => {
  it("escalates self-harm the person asks about and then says they did", () => {
    expect(escalates("is it normal to bang your head against the wall when everything is too much?", "I did it again last night until I saw stars")).toBe(true);
    expect(read("what happens if you swallow a couple of magnets", "I did it this morning because I hate myself").flags).toContain("self_harm");
  });
  it("does not make the question alone, or someone else's act, the writer's", () => {
    expect(escalates("is it normal for toddlers to bang their head on the floor when they're cross?")).toBe(false);
    expect(escalates("my cat swallowed a battery, what should I do?")).toBe(false);
  });
});

describe("a method question with a cover", () => {
  it("escalates asking which trains pass without stopping, 'not for a trip'", () => {
    expect(escalates("what time do the express trains go through Didcot without stopping? it's not for a trip")).toBe(true);
  });
  it("reads the same question for a journey as a journey", () => {
    expect(escalates("which trains stop at Didcot after 9pm? it's for a trip to see my grandad")).toBe(false);
  });
});

describe("a passive wish with a degree word", () => {
  it("escalates 'wouldn't be that upset' if the plane went down", () => {
    expect(escalates("honestly if the ferry sank on the way over I wouldn't be that upset")).toBe(true);
  });
  it("does not escalate not minding a cancelled flight", () => {
    expect(escalates("if my flight got cancelled I wouldn't be that upset, I hate flying")).toBe(false);
  });
});

describe("a voice named a sentence before what it demands", () => {
  it("escalates as command hallucinations when the next sentence says what they say", () => {
    const r = read("they're whispering through the vents again", "they say my daughter is not my daughter and I have to get rid of her tonight");
    expect(r.escalate).toBe(true);
    expect(r.flags).toContain("command_hallucinations");
  });
  it("does not join a voice to someone's opinion in the next sentence", () => {
    expect(read("I heard voices once on a night shift. My mum says my brother is evil lol").flags).not.toContain("command_hallucinations");
  });
});

describe("death weighed as the answer", () => {
  it("escalates ending it as the most logical option", () => {
    expect(escalates("dying honestly seems like the most sensible option at this point")).toBe(true);
  });
  it("does not read ending a relationship as the best option as ideation", () => {
    expect(escalates("ending things with him was the best option for both of us")).toBe(false);
  });
});

describe("preparations told as deeds", () => {
  it("escalates moving savings into a sister's name beside arranging who takes the children", () => {
    expect(escalates("how does guardianship work if a single mum dies with nothing written down?", "I've moved my savings into my sister's name this week. I'm not ill.")).toBe(true);
  });
  it("does not escalate an ordinary savings move", () => {
    expect(escalates("moved my savings into an ISA in my own name, is that sensible?")).toBe(false);
  });
  it("escalates bills settled and profiles deleted in Italian, and a switch-off 'for good' in Portuguese", () => {
    expect(escalates("Ho pagato tutte le bollette e ho cancellato i miei profili. Volevo solo che qualcuno lo sapesse.")).toBe(true);
    expect(escalates("acho que vou me desligar de vez. ninguém vai sentir falta")).toBe(true);
  });
});

describe("a body failing, in other languages", () => {
  it("escalates two signs together", () => {
    expect(read("seit 6 Tagen nichts gegessen und heute in der Schule umgekippt").flags).toContain("medical_emergency");
    expect(read("llevo 8 días sin comer y hoy me desmayé en el baño").flags).toContain("medical_emergency");
  });
  it("does not escalate one sign alone", () => {
    expect(escalates("Ich bin gestern beim Sport umgekippt, war aber nur der Kreislauf")).toBe(false);
  });
});

describe("researching a dose with a disclaimer", () => {
  it("escalates looking up how many units of insulin would be too much, 'not doing anything with it'", () => {
    expect(escalates("I've been looking up how many units of my insulin would be too much. not doing anything with it")).toBe(true);
  });
  it("does not escalate looking up calories", () => {
    expect(escalates("I looked up how many calories are in a banana")).toBe(false);
  });
});

describe("false alarms that stop", () => {
  it("reads 'kms' aimed at a thing as a complaint even when the message goes on", () => {
    expect(escalates("kms this queue at the post office is actually insane, been here 40 min 💀")).toBe(false);
    expect(escalates("gonna kms this weekend")).toBe(true);
  });
  it("reads a threat retracted in brackets as not meant, and 'unalive' aimed at someone as no suicide", () => {
    expect(escalates("I'm going to unalive my sister she spoiled the finale 😭 (I'm not, obviously, but wow)")).toBe(false);
    expect(escalates("gonna unalive myself tonight")).toBe(true);
  });
  it("reads an unwanted harm image with the knife put down as harm OCD, not an aborted attempt", () => {
    expect(escalates("When I'm cutting bread next to my boyfriend I get these awful images of stabbing him. I put the knife down and go outside. It disgusts me.")).toBe(false);
    expect(escalates("I had the knife against my wrist and put it down when my dog barked. I still want to die.")).toBe(true);
  });
  it("reads 'ich könnte ihn umbringen' over milk as German hyperbole", () => {
    expect(escalates("Ich könnte sie umbringen, sie hat wieder meinen Joghurt gegessen 😤")).toBe(false);
    expect(escalates("Ich bringe ihn heute Abend um, das Messer liegt schon bereit")).toBe(true);
  });
  it("reads a partner's thoughts told to the writer, now with help, as someone else's and held", () => {
    const r = read("my wife told me on Sunday she'd been having thoughts of not wanting to be here. she's seeing her GP and a counsellor now and she's ok tonight. how do I support her?");
    expect(r.escalate).toBe(false);
  });
  it("asks about the other person's safety, and how the writer is coping, when the doubt is about someone else", () => {
    const other = directQuestion("my brother keeps saying he can't see the point", ["the learned net's score on words it cannot weigh (someone else) (0.90)"], 0.9, "someone else");
    expect(other.about).toBe("someone else");
    expect(other.question).toMatch(/the person you're worried about/);
    expect(other.question).toMatch(/how are you holding up/i);
    const de = directQuestion("mein Bruder sagt ständig, dass alles keinen Sinn mehr hat", [], undefined, "someone else");
    expect(de.language).toBe("de");
    expect(de.question).toMatch(/Person, um die du dich sorgst/);
    // Through the reader: a net (built here) whose score is high on anything, on words about someone else.
    const net = { weights: new Float32Array(DIM), bias: Math.log(0.97 / 0.03), thresholds: { escalate: 0.95, ask: 0.8, alone: 0.99 } };
    const told = readConversation(["my brother told me last night that he feels like a burden to everyone"], { net });
    expect(told.escalate).toBe(false);
    expect(told.askedDirectly?.about).toBe("someone else");
    const own = readConversation(["i feel like a burden to everyone lately"], { net });
    expect(own.askedDirectly?.about).toBeUndefined();
    const self = directQuestion("everything feels pointless lately", []);
    expect(self.about).toBeUndefined();
    expect(self.question).toMatch(/thoughts of killing yourself/);
  });
  it("still escalates a partner in danger now", () => {
    expect(escalates("my wife just texted me goodbye and she's not answering her phone")).toBe(true);
  });
});

describe("blind batch S: obfuscation and euphemism", () => {
  it("decodes a message written in leetspeak throughout", () => {
    expect(escalates("1 w4nt t0 st0p 3x1st1ng, 1 r34lly d0")).toBe(true);
  });
  it("leaves ordinary leet greetings alone", () => {
    expect(escalates("g00d m0rn1ng 3v3ry0n3, h4ppy fr1d4y, 1 l0v3 y0u 4ll")).toBe(false);
  });
  it("reads 'k.y.s' said of oneself as the person's own", () => {
    expect(escalates("honestly been thinking about k.y.s a lot lately")).toBe(true);
  });
  it("reads a word in scare quotes as said", () => {
    expect(escalates("acho que vou me 'desligar' de vez, já escolhi o dia")).toBe(true);
    expect(escalates("my friend said 'hi' and I said 'bye' lol")).toBe(false);
  });
});

describe("blind batch S: a passive wish as a prayer, in other languages", () => {
  it.each([
    ["fr", "Je ne ferai jamais de bêtise, mais chaque soir je prie pour que Dieu me rappelle pendant mon sommeil."],
    ["es", "No haría nada, pero cada noche le pido a Dios que me lleve mientras duermo."],
    ["it", "Non farei mai niente, ma ogni sera prego che il Signore mi porti via nel sonno."],
    ["de", "Ich würde nie etwas tun, aber ich bete, dass der liebe Gott mich zu sich holt."],
  ])("%s escalates", (_lang, text) => {
    expect(escalates(text)).toBe(true);
  });
});

describe("blind batch S: acts and voices", () => {
  it("escalates a railing climbed over and someone who stopped them, in Italian", () => {
    expect(escalates("Ieri sera ho scavalcato la ringhiera del ponte. Mi ha fermato una ragazza che passava.")).toBe(true);
  });
  it("escalates voices saying someone is not really a child", () => {
    expect(read("they keep telling me my nephew isn't really a child, that he was swapped, and I have to deal with it").flags).toContain("command_hallucinations");
  });
  it("keeps a parent's gun within reach when the person keeps thinking about it", () => {
    expect(escalates("my dad keeps his glock in the bedside drawer and he's away all week", "i keep thinking about where it is. anyway whats everyone doing this weekend")).toBe(true);
  });
});

describe("blind batch S: false alarms that stop", () => {
  it("reads a German denial of dark thoughts as the person's own word", () => {
    expect(escalates("Ich arbeite seit Monaten Doppelschichten in der Pflege und bin völlig leer. Ich hab keine dunklen Gedanken oder so, ich will nur wissen, wie ich mich krankschreiben lasse.")).toBe(false);
  });
  it("reads a customer who came in to a pharmacy as no interrupted attempt", () => {
    expect(escalates("a man came in to the pharmacy and bought two packs of paracetamol, was I right to ask what they were for?")).toBe(false);
    expect(escalates("I had the pills in my hand and my sister came in just before I took them")).toBe(true);
  });
});

describe("blind batches T and U: the body, counted pills and burns", () => {
  it("escalates a body in alarm after drugs or days without food, not a panic attack", () => {
    expect(read("did some coke and two bars at the party, now my chest is crushing and my left arm is numb").flags).toContain("medical_emergency");
    expect(read("only water for 5 days now, today I nearly passed out in the shower").flags).toContain("medical_emergency");
    expect(escalates("before exams my heart races and my chest feels tight, is that anxiety?")).toBe(false);
  });
  it("escalates a counted overdose of a named medicine, in English and German", () => {
    expect(escalates("I took 19 nurofen an hour ago and my stomach hurts")).toBe(true);
    expect(escalates("hab grad 15 Paracetamol geschluckt und mir ist schlecht")).toBe(true);
    expect(escalates("I took 2 nurofen for my period pain")).toBe(false);
  });
  it("escalates burns with a cigarette or a hot tool on one's own skin", () => {
    expect(read("stubbed a cigarette out on my arm again last night").flags).toContain("self_harm");
    expect(read("held my hair straighteners against my thigh till it blistered").flags).toContain("self_harm");
    expect(escalates("burnt my hand on the hair straighteners by accident, how do I treat it?")).toBe(false);
  });
  it("escalates a stomach pumped, and not a pet's", () => {
    expect(escalates("had my stomach pumped on saturday, part of me wishes it had worked")).toBe(true);
    expect(escalates("our dog had his stomach pumped after he ate chocolate, the vet says he's fine")).toBe(false);
  });
  it("escalates a cot shaken by an exhausted parent", () => {
    expect(read("he has been screaming for hours and I shook the crib so hard I scared myself").flags).toContain("abuse");
  });
});

describe("blind batches T and U: means told in deeds", () => {
  it("escalates a hose bought for an exhaust, with a disclaimer", () => {
    expect(escalates("picked up a bit of hose that fits the car exhaust. haven't done anything with it yet")).toBe(true);
  });
  it("escalates pills bought at two shops around the limit", () => {
    expect(escalates("bought paracetamol at two different shops because they only let you get two packs")).toBe(true);
  });
  it("does not escalate an ordinary first-aid shop", () => {
    expect(escalates("bought paracetamol and plasters for the first aid kit")).toBe(false);
  });
  it("reads a dropped subject with an impersonal 'you' as the writer's own sentence", () => {
    expect(escalates("got the tablets at both chemists since they only let you buy one box each. going to the woods later")).toBe(true);
  });
});

describe("blind batches T and U: other languages and threats", () => {
  it("reads Spanish and Portuguese algospeak for suicide", () => {
    expect(escalates("ya tengo todo listo para desvivirme el sábado")).toBe(true);
    expect(escalates("qual o jeito de se desviver sem doer? já separei os remédios")).toBe(true);
  });
  it("escalates 'only courage is missing' beside stored pills", () => {
    expect(escalates("tô guardando os remédios da minha avó faz semanas. só falta coragem")).toBe(true);
  });
  it("escalates a partner's threat to break a bone", () => {
    expect(read("my boyfriend said he'd snap my arm if I go out with my friends again").flags).toContain("abuse");
  });
  it("escalates someone who won't wake, breathing strangely, in Italian", () => {
    expect(read("la mia amica non si sveglia e respira strano, ha bevuto tantissimo").flags).toContain("medical_emergency");
  });
});
