import type { Condition, Exclusion } from "../types.js";

/**
 * Anxiety and fear-related disorders: generalised anxiety, panic disorder, agoraphobia,
 * social anxiety, specific phobia and separation anxiety. Criterion texts are our own
 * paraphrases.
 *
 * Physical arousal (racing heart, sweating, shaking) is shared by every anxiety disorder, so it
 * sits in the second groups; what identifies each disorder is the focus of the fear (core items):
 * the future in general, the attacks themselves, places hard to escape, other people's
 * judgement, one object or situation, separation from loved ones.
 */

const medical = (prefix: string): Exclusion => ({
  id: `${prefix}.EX.medical`,
  text: "not caused by a medical condition (e.g. thyroid, heart or lung disease), medication, caffeine or other substance",
  ifConcepts: ["medical_cause"],
  effect: "demote",
});

/** Anxiety that comes with intoxication or withdrawal is substance-induced (DSM-5-TR, ICD-11 6C4x.7x). */
const substance = (prefix: string): Exclusion => ({
  id: `${prefix}.EX.substance`,
  text: "not attributable to the effects of a substance (intoxication or withdrawal)",
  ifConditions: ["alcohol_use", "cannabis_use", "opioid_use", "sedative_use", "stimulant_use"],
  effect: "demote",
});

/** Physical signs of a surge of fear, shared by panic, phobias and social anxiety. */
const AROUSAL = ["palpitations", "sweating", "trembling", "shortness_of_breath", "chest_tightness", "nausea_abdominal", "dizziness"];

export const conditions: Condition[] = [
  {
    id: "gad",
    prefix: "GAD",
    name: "Generalised anxiety disorder",
    kind: "disorder",
    family: "anxiety",
    codes: { icd10cm: "F41.1", icd11: "6B00" },
    summary:
      "Excessive, hard-to-control worry about many everyday things (work, health, family, money) on most days for at least six months, with physical and mental tension such as restlessness, tiredness, poor concentration, irritability, muscle tension and poor sleep. The worry jumps from topic to topic rather than centring on one feared object or situation.",
    criteria: [
      {
        id: "GAD.A",
        text: "Excessive worry about several areas of life that is hard to control",
        require: 1,
        items: [
          { id: "GAD.A1", text: "Worrying excessively about many different things", concepts: ["worry_excessive"], core: true, weight: 2 },
          { id: "GAD.A2", text: "Finding the worry hard to stop or control", concepts: ["worry_uncontrollable"], core: true, weight: 2 },
          // A person who only says "I have anxiety" is best served by the anxiety family as a working lead.
          { id: "GAD.A3", text: "Feeling nervous, anxious or on edge", concepts: ["anxious_mood"], core: true },
        ],
      },
      {
        id: "GAD.B",
        text: "At least three of six associated symptoms on most days",
        require: 3,
        items: [
          { id: "GAD.B1", text: "Restlessness or feeling keyed up", concepts: ["restlessness"] },
          { id: "GAD.B2", text: "Tiring easily", concepts: ["fatigue"] },
          { id: "GAD.B3", text: "Difficulty concentrating or mind going blank", concepts: ["poor_concentration"] },
          { id: "GAD.B4", text: "Irritability", concepts: ["irritability"] },
          { id: "GAD.B5", text: "Muscle tension", concepts: ["muscle_tension"] },
          { id: "GAD.B6", text: "Disturbed sleep", concepts: ["insomnia_initial", "insomnia_maintenance", "early_morning_waking"] },
        ],
      },
    ],
    time: { minDays: 180, text: "worry on more days than not for at least six months" },
    exclusions: [
      medical("GAD"),
      substance("GAD"),
      // "It's mostly about my health": worry confined to having a serious illness is illness anxiety.
      { id: "GAD.EX.illness", text: "worry not confined to having a serious illness", ifConditions: ["illness_anxiety"], effect: "demote" },
    ],
    distinguish: [
      { from: "ordinary worry", how: "Everyday worry is proportionate and can be set aside; GAD worry is pervasive, uncontrollable and exhausting." },
      { from: "panic disorder", how: "Panic disorder centres on sudden attacks and fear of the next one; GAD is steady background worry." },
      { from: "OCD", how: "Obsessions are intrusive, often bizarre thoughts answered by rituals; GAD worries are about real-life concerns." },
      { from: "illness anxiety", how: "Worry confined to having a serious illness points to illness anxiety disorder." },
      { from: "depression", how: "Rumination about past failures and hopelessness points to depression; GAD worry looks ahead." },
      { from: "hyperthyroidism, caffeine, stimulants", how: "Check thyroid function and intake of caffeine or stimulants." },
    ],
    redFlags: ["co-occurring depression with suicidal thoughts", "self-medicating with alcohol or sedatives"],
    modalities: [
      { modality: "CBT", line: "first", source: "NICE CG113 (2011, updated 2020): high-intensity CBT or applied relaxation" },
      { modality: "ACT", line: "second", source: "APA Division 12 research-supported treatments; trials in GAD" },
      { modality: "MBCT", line: "second", source: "Mindfulness-based trials in GAD (evidence moderate)" },
    ],
    sources: ["ICD-10-CM 2025 F41.1", "ICD-11 MMS 6B00", "NICE CG113 (2011, updated 2020)", "GAD-7 (Spitzer et al. 2006)"],
  },
  {
    id: "panic_disorder",
    prefix: "PD",
    name: "Panic disorder",
    kind: "disorder",
    family: "anxiety",
    codes: { icd10cm: "F41.0", icd11: "6B01" },
    summary:
      "Recurrent unexpected panic attacks: sudden surges of intense fear peaking within minutes, with symptoms such as a pounding heart, breathlessness, chest pain, dizziness, shaking and a fear of dying or losing control. At least a month of persistent worry about further attacks or of changing behaviour to avoid them follows. Many people first present to emergency care believing they are having a heart attack.",
    criteria: [
      {
        id: "PD.A",
        text: "Recurrent, unexpected panic attacks",
        require: 1,
        items: [
          { id: "PD.A1", text: "Sudden surges of intense fear or discomfort (panic attacks)", concepts: ["panic_attack"], core: true, weight: 2.5 },
          { id: "PD.A2", text: "Attacks that come out of the blue, without an obvious trigger", concepts: ["attacks_unexpected"], core: true, weight: 2 },
        ],
      },
      {
        id: "PD.B",
        text: "At least four physical or mental symptoms during attacks",
        require: 4,
        items: [
          { id: "PD.B1", text: "Pounding or racing heart", concepts: ["palpitations"] },
          { id: "PD.B2", text: "Sweating", concepts: ["sweating"] },
          { id: "PD.B3", text: "Trembling or shaking", concepts: ["trembling"] },
          { id: "PD.B4", text: "Shortness of breath or choking feeling", concepts: ["shortness_of_breath"] },
          { id: "PD.B5", text: "Chest pain or tightness", concepts: ["chest_tightness"] },
          { id: "PD.B6", text: "Nausea or abdominal distress", concepts: ["nausea_abdominal"] },
          { id: "PD.B7", text: "Dizziness, unsteadiness or faintness", concepts: ["dizziness"] },
          { id: "PD.B8", text: "Chills or heat sensations", concepts: ["chills_hot_flushes"] },
          { id: "PD.B9", text: "Numbness or tingling", concepts: ["paresthesia"] },
          { id: "PD.B10", text: "Feeling unreal or detached from oneself", concepts: ["derealization", "depersonalization"] },
          { id: "PD.B11", text: "Fear of losing control or going crazy", concepts: ["fear_losing_control"] },
          { id: "PD.B12", text: "Fear of dying", concepts: ["fear_of_dying"], weight: 1.5 },
        ],
      },
      {
        id: "PD.C",
        text: "A month or more of worry about further attacks, or changes in behaviour to avoid them",
        require: 1,
        items: [
          { id: "PD.C1", text: "Persistent worry about more attacks or their consequences", concepts: ["anticipatory_anxiety"], core: true, weight: 2 },
          { id: "PD.C2", text: "Avoiding situations or exercise in case of an attack", concepts: ["avoidance"] },
          { id: "PD.C3", text: "Safety behaviours (sitting near exits, never going alone)", concepts: ["safety_behaviours"], weight: 1.5 },
        ],
      },
    ],
    time: { minDays: 30, text: "at least one month of worry about attacks or avoidance after an attack" },
    exclusions: [medical("PD"), substance("PD")],
    distinguish: [
      { from: "cardiac or respiratory disease", how: "First attacks with chest pain need medical review (ECG); panic is diagnosed once a physical cause is excluded." },
      { from: "agoraphobia", how: "If attacks lead to avoiding several kinds of places, agoraphobia is diagnosed as well." },
      { from: "social anxiety or specific phobia", how: "Attacks that only occur in social situations or with one feared object are expected attacks belonging to those disorders." },
      { from: "substance effects", how: "Caffeine, stimulants, cannabis and alcohol or benzodiazepine withdrawal can all trigger attacks." },
    ],
    redFlags: ["chest pain with exertion or other cardiac risk factors (rule out heart disease)", "suicidal thoughts", "escalating alcohol or benzodiazepine use to manage attacks"],
    modalities: [
      { modality: "CBT", line: "first", source: "NICE CG113 (2011, updated 2020): CBT for panic disorder" },
      { modality: "ACT", line: "second", source: "APA Division 12; trials in panic disorder" },
    ],
    sources: ["ICD-10-CM 2025 F41.0", "ICD-11 MMS 6B01", "NICE CG113 (2011, updated 2020)"],
  },
  {
    id: "agoraphobia",
    prefix: "AGO",
    name: "Agoraphobia",
    kind: "disorder",
    family: "anxiety",
    codes: { icd10cm: "F40.00", icd11: "6B02" },
    specifiers: [
      { id: "agoraphobia.with_panic", name: "Agoraphobia with panic disorder", icd10cm: "F40.01", icd11: "6B02", when: { concepts: ["panic_attack"] } },
    ],
    summary:
      "Marked fear or avoidance of at least two kinds of situation where escape or help might be hard to get if panic or embarrassing symptoms struck: public transport, open spaces, enclosed places such as shops or cinemas, crowds or queues, and being out of the house alone. Situations are avoided, endured with dread, or only faced with a companion, for six months or more; at worst people become housebound.",
    criteria: [
      {
        id: "AGO.A",
        text: "Fear or avoidance of at least two of five kinds of situation",
        require: 2,
        items: [
          { id: "AGO.A1", text: "Public transport (buses, trains, planes)", concepts: ["agora_public_transport"], core: true, weight: 1.5 },
          { id: "AGO.A2", text: "Open spaces (car parks, markets, bridges)", concepts: ["agora_open_spaces"], core: true, weight: 1.5 },
          { id: "AGO.A3", text: "Enclosed places (shops, cinemas, theatres)", concepts: ["agora_enclosed_spaces"], core: true, weight: 1.5 },
          { id: "AGO.A4", text: "Crowds or standing in line", concepts: ["agora_crowds_queues"], core: true, weight: 1.5 },
          { id: "AGO.A5", text: "Being outside the home alone", concepts: ["agora_outside_alone"], core: true, weight: 2 },
        ],
      },
      {
        id: "AGO.B",
        text: "The situations are avoided, need a companion, or are endured with intense fear",
        require: 1,
        items: [
          { id: "AGO.B1", text: "Actively avoiding the situations", concepts: ["avoidance"] },
          { id: "AGO.B2", text: "Needing a companion or other safety behaviours", concepts: ["safety_behaviours"], weight: 1.5 },
          { id: "AGO.B3", text: "Enduring them with intense fear or panic", concepts: ["panic_attack", "anxious_mood", "fear_losing_control"] },
        ],
      },
    ],
    time: { minDays: 180, text: "fear or avoidance lasting about six months or more" },
    exclusions: [medical("AGO")],
    distinguish: [
      { from: "panic disorder", how: "Panic disorder is about the attacks; agoraphobia is the fear of places where an attack would be hard to escape. Both may be present." },
      { from: "social anxiety", how: "In social anxiety the fear is of being judged; in agoraphobia it is of being trapped or helpless." },
      { from: "specific phobia (situational)", how: "A phobia confined to one situation (only flying, only lifts) is a specific phobia; agoraphobia spans two or more kinds." },
      { from: "depression", how: "Staying home from lost interest or energy, rather than fear, points to depression." },
    ],
    redFlags: ["becoming housebound", "unable to reach medical care or food"],
    modalities: [
      { modality: "CBT", line: "first", source: "NICE CG113 (2011, updated 2020): CBT with graded exposure for panic with agoraphobia" },
      { modality: "ACT", line: "second", source: "APA Division 12; trials in panic with agoraphobia" },
    ],
    sources: ["ICD-10-CM 2025 F40.00, F40.01", "ICD-11 MMS 6B02", "NICE CG113 (2011, updated 2020)"],
  },
  {
    id: "social_anxiety",
    prefix: "SAD",
    name: "Social anxiety disorder",
    kind: "disorder",
    family: "anxiety",
    codes: { icd10cm: "F40.10", icd11: "6B04" },
    summary:
      "Marked, lasting fear of social or performance situations where one might be scrutinised, such as conversations, meeting new people, eating in front of others, phone calls or giving a talk, driven by fear of acting in a way that will be embarrassing or judged negatively (including visibly blushing, sweating or shaking). The situations are avoided or endured with intense anxiety for six months or more.",
    criteria: [
      {
        id: "SAD.A",
        text: "Fear of social situations in which one may be scrutinised or judged",
        require: 1,
        items: [
          { id: "SAD.A1", text: "Fear of being judged, watched or negatively evaluated", concepts: ["fear_of_judgement"], core: true, weight: 2 },
          { id: "SAD.A2", text: "Fear of embarrassment or humiliation", concepts: ["embarrassment_fear"], core: true, weight: 1.5 },
          { id: "SAD.A3", text: "Fear of social or performance situations (talking, parties, meetings, phone calls)", concepts: ["social_situation_fear"], core: true, weight: 2 },
        ],
      },
      {
        id: "SAD.B",
        text: "The situations provoke anxiety and are avoided or endured with distress",
        require: 1,
        items: [
          { id: "SAD.B1", text: "Avoiding social situations", concepts: ["avoidance", "social_withdrawal"] },
          { id: "SAD.B2", text: "Blushing", concepts: ["blushing"], weight: 1.5 },
          { id: "SAD.B3", text: "Physical anxiety in social situations (shaking, sweating, racing heart)", concepts: AROUSAL },
          { id: "SAD.B4", text: "Intense anxiety or panic in those situations", concepts: ["anxious_mood", "panic_attack"] },
        ],
      },
    ],
    time: { minDays: 180, text: "fear or avoidance lasting six months or more" },
    exclusions: [medical("SAD")],
    distinguish: [
      { from: "shyness", how: "Shyness does not cause marked distress or avoidance that limits work, study or relationships." },
      { from: "agoraphobia", how: "Agoraphobic fear is about escape and help; social fear is about other people's judgement." },
      { from: "autism", how: "In autism, social difficulty stems from differences in social communication rather than fear of evaluation." },
      { from: "body dysmorphic disorder", how: "If the fear of judgement is only about a perceived appearance flaw, consider BDD." },
      { from: "avoidant personality disorder", how: "A pervasive lifelong pattern of inadequacy and avoidance across all relationships suggests avoidant personality disorder (often co-occurs)." },
    ],
    redFlags: ["using alcohol or drugs to cope with social situations", "depression with suicidal thoughts", "complete social isolation"],
    modalities: [
      { modality: "CBT", line: "first", source: "NICE CG159 (2013): individual CBT for social anxiety disorder (Clark and Wells model)" },
      { modality: "STPP", line: "second", source: "NICE CG159 (2013): short-term psychodynamic therapy if CBT is declined" },
      { modality: "ACT", line: "second", source: "APA Division 12; trials in social anxiety" },
    ],
    sources: ["ICD-10-CM 2025 F40.10", "ICD-11 MMS 6B04", "NICE CG159 Social anxiety disorder (2013)"],
  },
  {
    id: "specific_phobia",
    prefix: "SP",
    name: "Specific phobia",
    kind: "disorder",
    family: "anxiety",
    codes: { icd10cm: "F40.298", icd11: "6B03" },
    specifiers: [
      { id: "specific_phobia.other", name: "Specific phobia, other type", icd10cm: "F40.298", icd11: "6B03", when: { concepts: ["phobia_other"] } },
      { id: "specific_phobia.animal", name: "Specific phobia, animal type", icd10cm: "F40.218", icd11: "6B03", when: { concepts: ["phobia_animal"] } },
      { id: "specific_phobia.natural", name: "Specific phobia, natural environment type", icd10cm: "F40.228", icd11: "6B03", when: { concepts: ["phobia_natural_environment"] } },
      { id: "specific_phobia.situational", name: "Specific phobia, situational type", icd10cm: "F40.248", icd11: "6B03", when: { concepts: ["phobia_situational"] } },
      // Blood-injection-injury: F40.230 blood, F40.231 injections/transfusions, F40.232 other
      // medical care, F40.233 injury. Needles are the commonest focus, so F40.231 stands in.
      { id: "specific_phobia.bii", name: "Specific phobia, blood-injection-injury type", icd10cm: "F40.231", icd11: "6B03", when: { concepts: ["phobia_blood_injection_injury"] } },
    ],
    summary:
      "Marked, immediate fear of a specific object or situation (animals, heights, storms, water, blood or needles, flying, lifts, enclosed spaces, vomiting) that is out of proportion to the actual danger and is avoided or endured with intense anxiety for six months or more. Blood-injection-injury phobia can cause fainting. Exposure-based therapy is highly effective, often in few sessions.",
    criteria: [
      {
        id: "SP.A",
        text: "Marked fear of a specific object or situation",
        require: 1,
        items: [
          { id: "SP.A1", text: "Fear of an animal or insect", concepts: ["phobia_animal"], core: true, weight: 2 },
          { id: "SP.A2", text: "Fear of heights, storms, water or the dark", concepts: ["phobia_natural_environment"], core: true, weight: 2 },
          { id: "SP.A3", text: "Fear of blood, needles, injections or medical procedures", concepts: ["phobia_blood_injection_injury"], core: true, weight: 2 },
          { id: "SP.A4", text: "Fear of a situation such as flying, lifts, driving, tunnels or enclosed spaces", concepts: ["phobia_situational"], core: true, weight: 2 },
          { id: "SP.A5", text: "Fear of something else specific, such as vomiting, choking or loud noises", concepts: ["phobia_other"], core: true, weight: 2 },
        ],
      },
      {
        id: "SP.B",
        text: "The object or situation almost always provokes immediate fear and is avoided or endured with distress",
        require: 1,
        items: [
          { id: "SP.B1", text: "Avoiding the object or situation", concepts: ["avoidance", "safety_behaviours"] },
          { id: "SP.B2", text: "Immediate intense fear or panic on exposure or even thinking about it", concepts: ["panic_attack", "anxious_mood", "fear_of_dying"] },
          { id: "SP.B3", text: "Physical fear reaction (racing heart, shaking, faintness)", concepts: AROUSAL },
          { id: "SP.B4", text: "Interfering with work, travel, health care or daily life", concepts: ["functional_impairment", "marked_distress"] },
        ],
      },
    ],
    time: { minDays: 180, text: "fear lasting six months or more" },
    exclusions: [
      { id: "SP.EX.agoraphobia", text: "fear not spread across several agoraphobic situations", ifConditions: ["agoraphobia"], effect: "demote" },
    ],
    distinguish: [
      { from: "agoraphobia", how: "Fear of two or more kinds of places where escape is hard (transport, shops, crowds, alone outside) is agoraphobia; one situation is a specific phobia." },
      { from: "PTSD", how: "Fear of reminders that began with a trauma (driving after a crash) belongs to PTSD if other trauma symptoms are present." },
      { from: "OCD", how: "Avoidance of contamination driven by obsessions, with washing rituals, is OCD." },
      { from: "panic disorder", how: "Panic attacks only in the feared situation are part of the phobia, not panic disorder." },
      { from: "ordinary fear", how: "Common fears that do not cause marked distress or avoidance that limits life are not a disorder." },
    ],
    redFlags: ["avoiding needed medical care, vaccination or blood tests", "fainting with injury at the sight of blood or needles"],
    modalities: [
      { modality: "CBT", line: "first", source: "APA Division 12 research-supported treatments: exposure-based CBT (including one-session treatment) for specific phobias" },
      { modality: "ACT", line: "second", source: "APA Division 12 (third-wave approaches; limited evidence in phobia)" },
    ],
    sources: ["ICD-10-CM 2025 F40.218, F40.228, F40.230-F40.233, F40.248, F40.298", "ICD-11 MMS 6B03", "APA Division 12 research-supported psychological treatments"],
  },
  {
    id: "separation_anxiety",
    prefix: "SEP",
    name: "Separation anxiety disorder",
    kind: "disorder",
    family: "anxiety",
    codes: { icd10cm: "F93.0", icd11: "6B05" },
    summary:
      "Fear or anxiety about separation from the people one is most attached to (parents, partner, children) that is excessive for the person's age: distress when apart, persistent worry that harm will befall them, reluctance to go out, travel or sleep away, nightmares and physical complaints around separation. It occurs in adults as well as children and lasts at least six months in adults (four weeks in children).",
    criteria: [
      {
        id: "SEP.A",
        text: "At least two signs of excessive fear about separation from attachment figures",
        require: 2,
        items: [
          { id: "SEP.A1", text: "Intense distress when separated or expecting separation", concepts: ["separation_distress"], core: true, weight: 2 },
          { id: "SEP.A2", text: "Persistent worry that harm will come to loved ones", concepts: ["separation_harm_worry"], core: true, weight: 2 },
          { id: "SEP.A3", text: "Reluctance to go out, travel or sleep away from them", concepts: ["separation_avoidance"], core: true, weight: 2 },
          { id: "SEP.A4", text: "Physical symptoms around separation (stomach aches, nausea)", concepts: ["nausea_abdominal"] },
          { id: "SEP.A5", text: "Anxiety or panic when apart", concepts: ["anxious_mood", "panic_attack"] },
        ],
      },
    ],
    time: { minDays: 180, text: "lasting six months or more in adults (four weeks in children)" },
    exclusions: [],
    distinguish: [
      { from: "agoraphobia", how: "In separation anxiety the fear is about being apart from loved ones, not about being trapped in places." },
      { from: "generalised anxiety", how: "GAD worry covers many topics; separation anxiety centres on attachment figures." },
      { from: "borderline personality or dependent personality", how: "Fear of abandonment with unstable relationships and identity suggests borderline personality; needing others to take over decisions suggests dependent personality." },
      { from: "normal attachment", how: "Missing loved ones is ordinary; the disorder involves distress and avoidance out of proportion that limits life." },
    ],
    redFlags: ["school refusal or inability to work", "co-occurring panic attacks or depression"],
    modalities: [
      { modality: "CBT", line: "first", source: "AACAP practice parameter for anxiety disorders (2007; clinical guideline 2020): CBT first line" },
      { modality: "FT", line: "second", source: "Family-involved CBT in children (AACAP 2020)" },
    ],
    sources: ["ICD-10-CM 2025 F93.0", "ICD-11 MMS 6B05", "AACAP Clinical Practice Guideline for anxiety disorders (2020)"],
  },
];
