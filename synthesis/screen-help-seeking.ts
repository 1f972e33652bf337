/**
 * Is this post a person asking for help (for themselves, or for someone they are worried
 * about)? Replies to other users, advice lists, announcements, discussion threads and "doing
 * better now" updates are not: a dialogue built from them would put a helper's advice in the
 * client's mouth.
 *
 * Read from the shape of the text, not from topic words: who the sentences are about (first
 * person against second person), whether the writer speaks *to* someone (openers such as "OP",
 * closers such as "hope this helps", sentences that start with an instruction), quoted lines
 * (another person's words, set aside before reading), and whether the writer asks or shows a
 * need of their own. A post the risk reader escalates is never skipped: whatever its shape, the
 * writer's own words carry risk, and it goes on to the crisis set.
 */
import { extractFindings } from "../engine/extract-findings.js";
import { knowledgeModel } from "../engine/knowledge-model.js";
import { readConversation } from "../safety/read-risk.js";

export type PostKind = "help_seeking" | "third_party_worry" | "reply_or_advice" | "discussion_or_news" | "update_ok";

export interface HelpSeekingReading {
  kind: PostKind;
  /** True when the post can become a dialogue (help_seeking or third_party_worry). */
  helpSeeking: boolean;
  /** One line: what decided it. */
  reason: string;
}

const words = (s: string) => s.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
// "id" and "ill" are left out: they are words of their own more often than "I'd" and "I'll".
const FIRST = new Set(["i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll", "im", "ive"]);
const SECOND = new Set(["you", "your", "you're", "youre", "yourself", "yours", "you've", "you'll", "you'd", "op", "u", "ur"]);

/** The writer speaks to another user: an address at the start… */
const REPLY_OPENER = /^\s*(?:@\w+|op\b|hey op|not op\b|to op\b|dear op|same here\b|this\b[.!]*\s*$|as (?:someone|a person|somebody) who\b|i(?:'m| am) (?:so )?sorry (?:you|to hear|for your)|you(?:'re| are) not alone|i went through (?:this|the same|something similar)|i was (?:exactly )?(?:in|where) your|(?:big )?hugs\b|speaking as\b|from (?:someone|a) who)/i;
/** …or at the end. */
const REPLY_CLOSER = /\b(?:hope (?:this|that|it) helps|good luck(?: op)?|you(?:'ve)? got this|sending (?:you )?(?:love|hugs|strength)|rooting for you|proud of you|dm me if|feel free to (?:dm|message|pm) me|take care of yourself|you deserve (?:better|to be)|wishing you)\b/i;
/** A sentence that starts with an instruction to the reader. */
const IMPERATIVE = /^(?:\d+[.)]\s*|[-*•]\s*)?(?:try|don't|do not|never|always|remember|make sure|get|find|stop|keep|take|give yourself|reach out|talk to|tell (?:them|him|her|your)|write|go|be (?:kind|gentle|patient|honest)|please (?:don't|talk|reach|get|go|call|see)|start|consider|look into|call|ask (?:them|your|for)|set|limit|drink|eat|sleep|walk|journal|breathe|focus|practice|practise|avoid|allow yourself|let yourself|forgive yourself|stay|seek)\b/i;
/** How helpers talk to the person they answer. */
const HELPER_TALK = /\b(?:it sounds like you|it seems like you|sounds like you(?:'re| are)?|i (?:would |'d )?(?:encourage|suggest|recommend|advise|urge) (?:you|that you|finding|talking|seeing|reaching)|you (?:may|might) (?:want to|find|consider|benefit)|you (?:should|could|can) (?:try|consider|talk|ask|reach|start|look|speak|see|find)|(?:thank you|thanks) for (?:your question|asking|sharing|reaching out|posting|writing)|your question|what you(?:'re| are)? (?:describe|describing|wrote|mention)|you(?:'re| are) describing|you mention(?:ed)?|i(?:'m| am) (?:so )?(?:glad|happy) you|i hope you|many people (?:who|with|find|experience|struggle)|it(?:'s| is) (?:completely |very |quite )?(?:normal|common|important|okay|ok|understandable) (?:to|for you|that you)|you (?:wrote|say|said|mention|describe|ask|asked|note|noted|seem|appear)|if you(?:'re| are)? (?:able|having|feeling|not|find|notice|decide|want)|your (?:son|daughter|partner|husband|wife|child|children|kids?|boyfriend|girlfriend|therapist|question|situation|feelings|experience|relationship|post|story|family|parents?|mother|father|mom|dad|doctor|body|mind|thoughts|emotions|needs|goals)|(?:good|great|excellent|important) question|in my (?:practice|experience as|work with|clinical)|as a (?:therapist|counselor|counsellor|clinician|psychologist|social worker|nurse|mod|moderator)|(?:hi|hello|dear) (?:there|friend|op)|what helped me (?:was|the most)|what worked for me|here(?:'s| is| are) (?:what|some|a few)|my advice|a few (?:things|tips)|some tips)\b/i;
/** A sentence that starts without a subject, the way people write about themselves ("Can't sleep again", "Had a good run"). */
const DROPPED_SUBJECT = /^(?:can'?t|cant|don'?t|dont|didn'?t|won'?t|had|have been|been|feel|feeling|felt|got|just|wish|want|wanted|hate|need|tired of|so tired|sick of|done with|lost|used to|going to|gonna|never|always|still|barely|literally can'?t|5\s*minutes|\d+\s*(?:minutes|hours|days) from)\b/i;

/** The post says it is written for others: a reply made a post, tips, "what helped me". */
const FOR_OTHERS = /^\s*(?:re:|re\b|for u\/|for (?:anyone|everyone|those|people)\b|to (?:op|u\/|everyone|anyone|all)\b|psa\b|tips?\b|advice for|(?:some |a few )?things that (?:actually )?help|what (?:actually )?help(?:s|ed)|how i (?:beat|got over|overcame|got through|stopped|quit|managed?|survived))|\b(?:(?:posting|making|writing) this (?:as )?(?:a|its own|my own) (?:post|thread)|couldn'?t fit (?:it |this )?in(?:to)? a comment|my comment (?:got|was) too long|for anyone (?:else )?(?:who|in|going|struggling|dealing|that|reading)|(?:i )?figured i'?d (?:write|share|post|put)|in case (?:it|this) helps|hope (?:this|it) helps (?:someone|anyone|somebody)|what (?:actually )?worked for me|(?:what|things|stuff|everything|lessons) i (?:wish|learned|learnt)\b)/i;

/** Announcements, discussion threads, news. */
const DISCUSSION = /^\s*(?:\[(?:mod|moderator)[^\]]*\]|\[?(?:psa|mod post|mod note|meta|discussion|news|article|study|survey|reminder|weekly thread|daily thread|announcement|poll|vote|question for (?:the|you) (?:group|sub|all))(?:\]|\b)|those of you\b|to (?:everyone|anyone|all (?:of )?(?:you|those))(?: who| posting| struggling| on)\b|unpopular opinion|hot take|does anyone else think|do you (?:guys|all|think)|what do (?:you|y'all) (?:guys |all )?think|let's talk about|can we talk about|i(?:'m| am) (?:doing|conducting) (?:a )?(?:survey|study|research))/i;
const NEWS = /\b(?:article|study (?:finds|found|shows|showed|says)|research (?:shows|suggests)|according to|published|researchers|this (?:piece|report|paper)|link in (?:the )?comments|(?:read|saw) (?:this|an?) (?:article|study|report))\b/i;
const LINK = /\bhttps?:\/\/|\bwww\.|\[URL\]/i;
/** Things are better now, said as news to the group. */
const UPDATE_OK = /\b(?:(?:i'?m|i am|im) (?:okay|ok|good|fine|doing (?:ok|okay|well|good|alright)|in a (?:much )?better place|better) now|(?:i'?m|i am|im) (?:doing|feeling) (?:alright|all right|okay|ok|well|good|better)\b|\d+\s*(?:days?|weeks?|months?|years?)\s*(?:sober|clean|free|smoke[- ]free|self[- ]harm[- ]free)|(?:one|two|three|a|1|2|3) (?:year|month)s? (?:sober|clean|free)|doing (?:so |much |a lot |way )?better(?: now)?|i made it\b|(?:finally|officially) (?:graduated|got the job|out of)|thank you (?:all|everyone|guys|so much)|thanks (?:everyone|all|guys|to this sub)|this sub (?:saved|helped)|milestone|celebrat)/i;
const UPDATE_TITLE = /^\s*(?:\[?update\]?|update:|an? update|good news|small win|(?:a )?win\b|\d+\s*(?:days?|months?|years?)\b)|^[^?]{0,40}\bupdate\s*[:\-–—]/i;
/** The writer asks or shows a need of their own. */
const ASKS = /\?|\b(?:advice|help me|need help|any help|some help|what (?:should|do|can|would) i\b|how (?:do|can|should) i\b|i need\b|i don'?t know what to do|idk what to do|is this normal|is it normal|anyone else\b|does anyone\b|has anyone\b|am i (?:the only|crazy|overreacting|wrong)|please\b|\bhelp\b|i can'?t (?:do this|take|cope|handle|stop|sleep|function|breathe)|i(?:'m| am) (?:struggling|scared|terrified|lost|exhausted|so tired|not okay|not ok|drowning|falling apart)|i feel\b|i(?:'ve| have) been (?:feeling|struggling|having))/i;
/** Worry about someone else, with a question about how to help them. */
const THIRD_PARTY = /\b(?:my|our) (?:\w+ )?(?:friend|best friend|bf|gf|boyfriend|girlfriend|partner|husband|wife|son|daughter|kid|child|teen|brother|sister|sibling|mom|mum|mother|dad|father|roommate|coworker|co-worker|colleague|fianc[eé]e?)\b/i;
const HOW_TO_HELP = /\b(?:how (?:do|can|should) i (?:help|support|talk to|approach|get (?:him|her|them))|what (?:can|should) i (?:do|say)|how to (?:help|support)|worried about (?:him|her|them|my)|(?:i'?m|i am) (?:so )?(?:worried|scared|concerned) (?:for|about))\b/i;

/** Symptoms the writer describes (the engine's lexicon), however the sentences are built. */
function distress(text: string): boolean {
  return extractFindings(text, 0, knowledgeModel().matcher, new Date(0)).findings.some((f) => !f.negated);
}

/** Splits off quoted lines ("> …" on Reddit): another person's words, not the writer's. */
export function unquoted(text: string): { own: string; quotedShare: number } {
  const lines = text.split("\n");
  const quoted = lines.filter((l) => /^\s*(?:>|&gt;)/.test(l));
  const own = lines.filter((l) => !/^\s*(?:>|&gt;)/.test(l)).join("\n");
  const total = text.replace(/\s+/g, "").length || 1;
  return { own, quotedShare: quoted.join("").replace(/\s+/g, "").length / total };
}

export function readHelpSeeking(title: string, rawBody: string): HelpSeekingReading {
  // Markdown emphasis and list marks are layout, not words ("1. **Get out of bed**").
  const body = rawBody.replace(/\*\*|__|(?<=\s|^)\*(?=\S)|(?<=\S)\*(?=\s|$)/g, "");
  const { own, quotedShare } = unquoted(body);
  const text = `${title}\n${own}`;
  const ws = words(own);
  const n = Math.max(1, ws.length);
  const first = ws.filter((w) => FIRST.has(w)).length / n;
  const second = ws.filter((w) => SECOND.has(w)).length / n;
  const sentences = own.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 2);
  const imperatives = sentences.filter((s) => IMPERATIVE.test(s)).length;
  const opener = REPLY_OPENER.test(own.trim().split("\n")[0] ?? "") || REPLY_OPENER.test(title);
  const closer = REPLY_CLOSER.test(sentences.slice(-3).join(" "));
  const asks = ASKS.test(text.replace(/\b(?:have you|did you|do you|are you|can you)\b[^?]*\?/gi, ""));
  const fmt = (x: number) => x.toFixed(2);
  const make = (kind: PostKind, reason: string): HelpSeekingReading => ({ kind, helpSeeking: kind === "help_seeking" || kind === "third_party_worry", reason });

  // Safety before shape: the writer's own words carry risk → the pipeline's crisis set.
  if (readConversation([`${title}\n${own}`]).escalate) return make("help_seeking", "the writer's own words carry risk");

  // Speaking to another user: about "you" more than about "I" (on CounselChat, 95% of therapists'
  // answers and 0.1% of the questions) *with* a helper's shape (advice, instructions, an address or
  // a sign-off, quoted words answered). Without that shape, "you" is usually the generic you of
  // someone describing their own pain ("when you can't get out of bed…"), which stays.
  const addressed = second > first * 1.5 && second >= 0.025;
  const helperTalk = HELPER_TALK.test(own);
  // Framed for others in the title or the opening (later, "for anyone who…" is an aside); a title asking about the writer's own life is not.
  const opening = own.trim().split(/(?<=[.!?])\s+|\n+/).slice(0, 2).join(" ");
  const ownQuestion = /\?/.test(title) && /\b(?:i|i'm|im|my|me)\b/i.test(title);
  const forOthers = !ownQuestion && (FOR_OTHERS.test(title) || FOR_OTHERS.test(opening));
  const shape = [forOthers && "says it is written for others", opener && "opens by addressing another user", closer && "signs off to another user", quotedShare > 0 && "answers quoted words", imperatives >= 2 && "gives instructions", helperTalk && "talks as a helper"].filter(Boolean) as string[];
  const dropped = sentences.filter((s) => DROPPED_SUBJECT.test(s)).length;
  const own1 = first + dropped / n;
  if ((addressed && shape.length) || shape.length >= 2 && second > own1) return make("reply_or_advice", `a reply or advice: ${shape.join("; ")}; "you" ${fmt(second)} against "I" ${fmt(first)}`);
  if (shape.length >= 3 || (forOthers && shape.length >= 2)) return make("reply_or_advice", `a reply or advice: ${shape.join("; ")}`);
  // A thread for others to answer, or a disclaimer that nothing is asked for the writer.
  const prompt = /\b(?:(?:drop|share|post|leave) (?:your|yours|them|it)\b[^.!?\n]{0,40}\b(?:below|in the comments)|vote (?:and|in the comments)|not (?:really )?(?:asking|looking) for (?:anything|advice|help)? ?(?:for me(?:self)?|particularly for me)|not asking for me|no advice needed, just (?:think|curious|wondering))/i.test(own);
  if (DISCUSSION.test(title) || DISCUSSION.test(own.trim()) || prompt) {
    // Unless the writer also asks for help with their own troubles.
    if (!(first >= 0.06 && /\b(?:help me|i need (?:help|advice)|what (?:should|do) i do)\b/i.test(own) && distress(own))) return make("discussion_or_news", "an announcement, survey or discussion thread");
  }
  if (NEWS.test(text) && LINK.test(text) && first < 0.04) return make("discussion_or_news", "about an article or study, little about the writer");
  // An update that still asks something is a request ("…but how do I keep going?").
  if ((UPDATE_TITLE.test(title) || /^\s*(?:update|edit)\b/i.test(own)) && UPDATE_OK.test(text) && !/\?/.test(own) && !/\b(?:but (?:now|lately|recently|today)|relaps|slipped|struggling again|back to square one|worse again|again\b.*\?)/i.test(text)) {
    return make("update_ok", "an update that things are better, said to the group");
  }
  if (own1 < 0.015 && !asks && !dropped && second < 0.02 && !distress(text)) return make("discussion_or_news", `hardly about the writer ("I" ${fmt(first)}) and no question or need`);
  if (THIRD_PARTY.test(text) && HOW_TO_HELP.test(text)) return make("third_party_worry", "worried about someone close, asking how to help");
  return make("help_seeking", asks ? "first person, asks or shows a need" : "first person");
}
