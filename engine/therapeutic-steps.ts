/**
 * One small, concrete therapeutic step per modality, in plain words, for a single reply.
 * Several per modality so consecutive turns do not repeat themselves.
 */
const STEPS: Record<string, string[]> = {
  BA: [
    "When everything feels flat, waiting to feel motivated tends to keep us stuck. One small step that often helps is picking one tiny, doable thing each day — a short walk, a shower, texting one friend — and doing it whether or not you feel like it, then noticing how you feel afterwards.",
    "It can help to jot down what you do in a day and how each thing leaves you feeling, even roughly. Patterns often show up — small things that lift you a little — and we can build on those.",
  ],
  CBT: [
    "Something that can help is catching the thoughts that show up in the hardest moments and writing them down. Then we can look at them together: what supports them, what doesn't, and whether there's a kinder, more balanced way to see things.",
    "Our thoughts, feelings and what we do tend to feed into each other. If you notice a moment this week when things spike, try noting what was going through your mind — it gives us something concrete to work with.",
  ],
  ACT: [
    "Rather than fighting the worry or the feelings head-on, it can help to notice them — 'there's that thought again' — and gently bring your attention back to what matters to you in that moment.",
    "It might help to think about what really matters to you, and one small step toward that this week, even with the difficult feelings coming along for the ride.",
  ],
  ERP: [
    "The urge to check or put things right brings relief in the moment, but it tends to teach the brain the fear is real. With support, people gradually practise sitting with the discomfort a little longer without doing the ritual, and the anxiety usually fades on its own.",
  ],
  "CBT-I": [
    "Some simple steps often help sleep: keeping the same wake-up time every day, getting out of bed if you've been awake for a while and only returning when sleepy, and keeping the bed for sleep rather than lying there worrying.",
  ],
  IRT: ["Some people find it helps to rewrite a recurring bad dream while awake — changing the story to something less frightening — and rehearse the new version for a few minutes each day."],
  PST: [
    "It can help to break this into smaller pieces: name the one part that feels most pressing, brainstorm a few options without judging them, then pick one small step to try this week.",
    "Sometimes writing the problem down and listing what's in your control and what isn't makes it feel more manageable.",
  ],
  SUPPORT: [
    "What you're feeling makes a lot of sense given what's going on, and it's okay to give yourself some room for it. Leaning on people you trust and keeping a simple routine can make a real difference.",
  ],
  PCT: ["I'd like to understand this from your side, at your pace — there's no right or wrong way to talk about it."],
  IPT: ["Changes in our relationships and roles can affect mood a lot. It might help to look at the people around you right now — who feels supportive, and where things feel strained."],
  STPP: ["Sometimes feelings like these connect to older patterns in how we relate to others or to ourselves. It could be worth noticing whether this feels familiar from earlier in your life."],
  MBCT: ["A few minutes a day of simply noticing your breath and the thoughts passing through, without following them, can help you step out of the spiral when your mood dips."],
  DBT: [
    "When emotions hit 100, some quick skills can help you ride the wave: cold water on your face, slow paced breathing, or intense exercise for a few minutes, until the peak passes.",
    "It might help to notice the early signs that an emotion is building, so there's a moment to choose what to do next.",
  ],
  MBT: ["When things feel intense with someone, it can help to pause and wonder what might be going on in their mind — and in yours — before acting on the first reading."],
  "TF-CBT": ["Reactions like these are common after something frightening; your mind and body are still on alert. Therapies that help people gently process what happened, at a safe pace, work well for this."],
  CPT: ["After something like this, people often get stuck on beliefs about themselves or the world — like 'it was my fault' or 'nowhere is safe'. Looking at those beliefs carefully can loosen their grip."],
  PE: ["Avoiding reminders makes sense, but it can keep the fear going. With a trained therapist, people gradually approach what they avoid, at a safe pace, and the fear tends to lose its power."],
  EMDR: ["There are therapies that help the brain process a frightening memory so it feels more like the past and less like the present; a trained therapist can guide that safely."],
  GRIEF: ["Grief has no timetable. It might help to set aside a little time to remember them — looking at photos, writing to them — alongside small steps back into parts of life that still matter to you."],
  "CBT-E": ["Regular eating — three meals and a couple of snacks at roughly set times — is often the first step in breaking the cycle, even when it feels scary. A specialist can support you with this."],
  FBT: ["Having family closely involved in meals and support can make a real difference, with guidance from a specialist team."],
  MI: [
    "It sounds like part of you wants things to change and part of you isn't sure — that's very normal. What would be the good things about cutting back, and what worries you about it?",
    "On a scale of 0 to 10, how important is making a change right now — and what makes it that number rather than lower?",
  ],
  CM: ["Setting small, concrete goals and rewarding yourself each time you meet one can help build momentum."],
  FT: ["Bringing the people closest to you into the conversation can help everyone understand what's happening and how to support each other."],
  CBTp: ["It can help to talk through these experiences calmly and look at different ways of understanding them, alongside support from a specialist team."],
  IPSRT: ["Keeping a steady daily rhythm — regular sleep, meals and activity — can help keep mood more stable."],
  "PE-ED": ["Understanding what is happening in your body and mind can itself be a relief; a specialist can walk you through it."],
  HRT: ["Noticing the moments just before the urge kicks in, and having something else to do with your hands then, can help loosen the habit."],
  ORG: ["Simple external supports — one list, phone reminders, breaking tasks into 15-minute chunks — can take a lot of load off a busy mind."],
  "TF-CBT-child": [],
};

/** A concrete step for the reply; `turn` rotates through the modality's steps. */
export function therapeuticStep(modality: string, turn: number): string | undefined {
  const steps = STEPS[modality];
  if (!steps?.length) return undefined;
  return steps[turn % steps.length];
}
