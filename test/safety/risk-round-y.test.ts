/**
 * Mechanisms from blind batch Y (session 26), each tested on our own wording beside the contrast that
 * must keep its reading: "he's been sick" read as "has been"; laughter that belongs to another
 * sentence; a reported verdict ("she thinks I'm being dramatic") or a cover story ("I told him it was a
 * joke") is not the writer's own "not literally"; gifts and goodbyes told as deeds; a welcomed crash;
 * burning by pressing something heated on the skin; a fall from a bunk with red flags; a child left
 * locked in alone, and a bang then silence (English and the five languages); a bare decision beside a
 * day in the five languages; "is it normal to think about ending things"; a death asked about in
 * algospeak and then owned; and the false alarms: a protagonist's thoughts in a novel, a hyperbole
 * framed "if I had to sit through one more…", a plain "obviously a joke".
 */
import { describe, expect, it } from "vitest";
import { normalizeText } from "../../safety/normalize-text.js";
import { readConversation, readRisk } from "../../safety/read-risk.js";
import { saysNotLiteral } from "../../safety/risk-context.js";

const read = (...messages: string[]) => readConversation(messages);
const escalates = (...messages: string[]) => read(...messages).escalate;

describe("normalising: the clitic 's before a participle is 'has'", () => {
  it("reads he's been / she's got as has, and keeps he's here as is", () => {
    expect(normalizeText("she's been sick three times and he's got a temperature").text).toBe("she has been sick three times and he has got a temperature");
    expect(normalizeText("he's here and it's fine").text).toBe("he is here and it is fine");
  });
});

describe("markers that are someone else's, not the writer's", () => {
  it("a reported verdict or a cover story is not the writer saying it is not literal", () => {
    expect(saysNotLiteral("my brother thinks i am being dramatic")).toBe(false);
    expect(saysNotLiteral("i told my mum it was a joke")).toBe(false);
    expect(saysNotLiteral("i said i wanted to die but obviously a joke")).toBe(true);
  });
  it("escalates a ligature interrupted and covered as a joke", () => {
    expect(escalates("My brother came in when I had the cord round my neck. I told him it was a joke. It was not.")).toBe(true);
  });
  it("laughter in another sentence does not make a farewell a joke", () => {
    expect(escalates("handed my guitar and all my vinyl to my nephew, he couldn't believe it lol. said goodbye to my best mate too. it's all sorted now")).toBe(true);
  });
  it("a plain 'obviously a joke' still withdraws a bare wish", () => {
    expect(escalates("ugh I want to die lol, obviously a joke, it's just mondays")).toBe(false);
  });
});

describe("deeds, welcomed harm and burns", () => {
  it("gives away possessions to someone and says goodbye", () => {
    expect(escalates("gave my switch and all my games to my little brother. said bye to my mates as well")).toBe(true);
    expect(escalates("gave my old notes to a classmate who missed the lecture")).toBe(false);
  });
  it("a crash that would be a relief is a passive wish; a relief that the bus was late is not", () => {
    expect(escalates("on the motorway I catch myself thinking it would be a relief if a truck ploughed into me")).toBe(true);
    // The components read no wish here; the learned net alone still escalates it (a known false alarm, see the README).
    expect(read("it would be a relief if the bus was late, I'm never ready on time").findings.every((f) => f.rule.startsWith("net."))).toBe(true);
  });
  it("pressing something heated on the skin is self-harm, whatever heated it", () => {
    expect(escalates("I hold a key against my wrist after I've heated it over the stove. it helps. no one knows")).toBe(true);
    expect(escalates("burnt my hand on the stove by accident while cooking")).toBe(false);
  });
});

describe("a child in danger", () => {
  it("a fall from a bunk with drowsiness and vomiting is an emergency; a tumble and back to play is not", () => {
    expect(escalates("my 4 year old fell off the top bunk an hour ago, now she's very drowsy and has been sick twice")).toBe(true);
    expect(escalates("my son fell off the slide, cried for a minute, then ran back to play")).toBe(false);
  });
  it("a child left locked in alone, or a bang and then silence, in English and other languages", () => {
    expect(escalates("the woman upstairs leaves her little boy locked in alone all day")).toBe(true);
    expect(escalates("heard a horrible thud next door and then the baby stopped crying")).toBe(true);
    expect(escalates("a vizinha deixa o filhinho trancado sozinho em casa o dia todo")).toBe(true);
    expect(escalates("la vecina deja a su hijita encerrada sola en casa todo el día")).toBe(true);
    expect(escalates("my sister leaves her kids with their grandma all day on saturdays")).toBe(false);
    expect(escalates("heard a loud bang next door and then the music stopped")).toBe(false);
  });
});

describe("a bare decision beside a day, in the five languages", () => {
  it.each([
    ["de", "Ich hab mich entschieden. Samstag, wenn alle weg sind."],
    ["es", "Ya lo decidí. El domingo."],
    ["fr", "J'ai pris ma décision. Ce sera dimanche."],
    ["it", "Ormai ho deciso. Sabato."],
  ])("%s escalates", (_lang, text) => {
    expect(escalates(text)).toBe(true);
  });
  it("a decision with its object is not a plan", () => {
    expect(escalates("Decidí estudiar medicina, el lunes empiezo")).toBe(false);
  });
});

describe("questions that disclose", () => {
  it("'is it normal to think about ending things' is a disclosure; thinking about death after a loss is not", () => {
    expect(escalates("is it normal to think about ending it all whenever you're alone at night")).toBe(true);
    expect(escalates("is it normal to think about death a lot after losing a grandparent?")).toBe(false);
  });
  it("a death asked about in algospeak and then owned, across turns", () => {
    expect(escalates("random question", "if someone took a dirt nap how long till people noticed", "asking for me tbh")).toBe(true);
    expect(escalates("if someone took a dirt nap how long till people noticed")).toBe(false);
  });
  it("asks directly when the doubt is read only across turns", () => {
    const r = read("hypothetically", "how long before anyone would notice if someone just stopped being around");
    expect(r.escalate || !!r.askedDirectly).toBe(true);
  });
});

describe("false alarms that must stop", () => {
  it("a protagonist's thoughts in a novel are the protagonist's", () => {
    expect(readRisk("For my novel, the narrator, an old fisherman, thinks about suicide after the storm. How do I write it responsibly?").escalate).toBe(false);
    expect(escalates("the novel I'm reading made me think about suicide again")).toBe(true);
  });
  it("a hyperbole framed 'if I had to sit through one more…'", () => {
    expect(escalates("I'd throw myself off a bridge if I had to sit through one more of his golf stories")).toBe(false);
  });
});

/**
 * Mechanisms from blind batch Z (session 26, held back until Y's work and the retrained net were done),
 * each on our own wording beside its contrast.
 */
describe("batch Z: idioms that are not disclosures", () => {
  it("a workout's 'going to die on the stairs tomorrow' is an exertion idiom", () => {
    expect(escalates("spin class wrecked me, my legs are dead, going to die on the stairs tomorrow 😂")).toBe(false);
    expect(escalates("I'm going to die tomorrow, I've decided")).toBe(true);
  });
  it("someone else's anger ('my dad will kill me when he sees the car') is an idiom, in English and other languages", () => {
    expect(escalates("my dad is going to kill me when he sees the dent, he won't actually kill me he'll just do the disappointed voice")).toBe(false);
    expect(escalates("My manager says he'll kill me if there's one more typo in the report. It's just how he talks.")).toBe(false);
    expect(escalates("A minha mãe vai matar-me, parti o telemóvel outra vez.")).toBe(false);
    expect(escalates("Mi jefe me va a matar, llegué tarde otra vez")).toBe(false);
    expect(escalates("My husband said he will kill me if I leave him")).toBe(true);
  });
  it("dying of embarrassment in Spanish, breathless with laughter, a simile of an edge", () => {
    expect(escalates("me quiero morir de la vergüenza, le mandé el mensaje a mi jefe")).toBe(false);
    expect(escalates("the cat fell off the sofa I'M DEAD 💀 i literally cannot breathe")).toBe(false);
    expect(escalates("took a load of pills and now i cannot breathe properly")).toBe(true);
    expect(escalates("Feels like I'm standing on the edge of a cliff with this business decision. Any advice?")).toBe(false);
  });
  it("a harm-OCD image put down, quoted or not, is no aborted attempt; a knife put down from one's own wrist is", () => {
    expect(escalates("When I'm cutting bread and my wife walks past I get this awful thought of 'what if I stabbed her'. I put the knife down every time. I'm terrified it's harm OCD.")).toBe(false);
    expect(escalates("I had the knife to my wrist last night, I'm terrified of what I might do. I put the knife down in the end.")).toBe(true);
  });
});

describe("batch Z: means with their ordinary use, games and stories", () => {
  it("a supply of medicines for travelling is no stockpile; pills saved up are", () => {
    expect(escalates("Travelling abroad for six months with my whole supply of meds, do I need a doctor's letter for customs?")).toBe(false);
    expect(escalates("I've been saving up my pills for a few weeks now")).toBe(true);
  });
  it("hanging a thing is not hanging oneself; a knot for a hammock only gets the direct question", () => {
    const r = read("what's the best knot to hang something off a branch so it doesn't slip", "it's for a hammock, the rope keeps sliding at the campsite");
    expect(r.escalate).toBe(false);
    expect(escalates("i want to hang myself")).toBe(true);
  });
  it("deaths in a named video game are the character's, 'myself' included, unless said to be real", () => {
    expect(escalates("in dark souls i keep killing myself falling off the same bridge, any tips for the jump?")).toBe(false);
    expect(escalates("in minecraft i keep dying but irl i actually want to kill myself")).toBe(true);
  });
  it("a protagonist in a story being written, in Portuguese and Spanish", () => {
    expect(escalates("Estou escrevendo um conto em que o protagonista pensa em pular da ponte. Como escrever isso com cuidado?")).toBe(false);
    expect(escalates("Estoy escribiendo un cuento donde la protagonista quiere tirarse del puente. ¿Algún consejo?")).toBe(false);
    expect(escalates("penso em pular da ponte todas as noites")).toBe(true);
  });
});

describe("batch Z: what was missed", () => {
  it("a bang, a threat shouted next door, then silence, with a child there", () => {
    expect(escalates("the kid next door cries a lot", "just now a huge bang and someone yelling 'i'll f***ing kill you' and now it's gone dead quiet")).toBe(true);
  });
  it("a crash that would come as a relief, told after it", () => {
    expect(escalates("If a van hit me on my bike tomorrow I think I'd honestly be relieved.")).toBe(true);
  });
  it("letters left where they will be found", () => {
    expect(escalates("I've written letters to my sister and my dad. They're in the bedside drawer with my will so they'll be found.")).toBe(true);
  });
  it("a push against the wall and a threat to take the children, in Spanish", () => {
    expect(escalates("Mi marido me empujó contra la pared anoche. Dice que si lo dejo se lleva a los niños.")).toBe(true);
  });
  it("an elder kept in a room, meals missed, a pinch and an order not to tell", () => {
    expect(escalates("My son keeps me in my room when his friends come round and some days he forgets my lunch. He grabbed my wrist hard and told me not to tell the carer.")).toBe(true);
  });
});

/** Mechanisms from blind batch AA (session 26, written last and held back until everything above was done), on our own wording. */
describe("batch AA", () => {
  it("a plan whose method is not named: what is being used, and a day", () => {
    expect(escalates("I know exactly what I'm using. Everyone's away on Saturday. Weirdly I'm not even sad anymore.")).toBe(true);
    expect(escalates("I've worked it all out with the removals firm, moving on Friday")).toBe(false);
  });
  it("the same thoughts come back after a past attempt", () => {
    expect(escalates("I attempted when I was 20. I'm 30 now and doing well, but these last weeks the same thoughts have come back.")).toBe(true);
  });
  it("hoping a lorry would drift into our lane", () => {
    expect(escalates("driving home with the family I caught myself hoping a truck would swerve into our lane")).toBe(true);
  });
  it("a threat with a knife kept, 'do him in', and a hunting knife is no hunting trip", () => {
    expect(escalates("If he raises his hand to my mum again I'll do him in. I've got my grandad's hunting knife in my drawer.")).toBe(true);
    expect(escalates("going hunting with my uncle this weekend, need a new knife for dressing the deer")).toBe(false);
  });
  it("an adult who comes into a child's room when the parent works nights", () => {
    expect(escalates("my stepdad comes into my room when mum is on nights. im 12")).toBe(true);
  });
  it("arrangements 'if anything happened to me' with instructions left", () => {
    expect(escalates("If anything happened to me, who would take my dog? I've written out his routine and left it by the door.")).toBe(true);
  });
  it("Italian: wanting just to disappear, not to exist any more", () => {
    expect(escalates("vorrei solo sparire, proprio non esistere più")).toBe(true);
  });
  it("a petty repeat as the condition is a hyperbole; violence as the condition is not", () => {
    expect(escalates("if one more person asks me about the wedding I'll throw myself off the balcony lol")).toBe(false);
    expect(escalates("if he hits me one more time I'm going to kill him")).toBe(true);
  });
});
