import type { Condition, ModalityRecommendation } from "../types.js";

/**
 * Problems of living: everyday troubles that bring people to counselling without being
 * disorders. They are reported with Z codes (ICD-10-CM chapter 21) and chapter 24 codes in
 * ICD-11 (QD/QE), and the engine never gives them a provisional disorder status.
 *
 * Their job is to name ordinary difficulties (arguments with a partner, a boss who is a
 * nightmare, nerves before a new job, a friend moving away, a recent loss) so that the
 * differential does not reach for a disorder to explain them. Each needs its situation concept
 * (core) and is strengthened by the ordinary reactions people describe.
 *
 * ICD-11 chapter 24 codes below are from memory of the MMS browser and are marked "verify" in
 * sources where they have not been checked against the current release.
 */

const EVERYDAY_SUPPORT: ModalityRecommendation[] = [
  { modality: "SUPPORT", line: "first", source: "NICE CG123 (2011) stepped care: support and active monitoring for common problems" },
  { modality: "PST", line: "first", source: "WHO Problem Management Plus (2016); Cuijpers et al. 2018 meta-analysis" },
  { modality: "PCT", line: "second", source: "NICE NG222 (2022) counselling as an option for less severe distress" },
];

/** The ordinary emotional reactions that often accompany a life problem (not criteria for a disorder). */
const ORDINARY_REACTIONS = ["marked_distress", "worry_excessive", "depressed_mood", "tearfulness", "irritability"];

export const conditions: Condition[] = [
  {
    id: "relationship_distress",
    prefix: "RELD",
    name: "Relationship distress with spouse or partner",
    kind: "problem-of-living",
    family: "problem-of-living",
    codes: { icd10cm: "Z63.0", icd11: "QE51.0" },
    summary:
      "Difficulties in a couple relationship (frequent arguments, feeling distant or unappreciated, trust broken by an affair, poor communication, a relationship ending) that are the focus of help-seeking. A problem of living, not a mental disorder, though it can come with low mood or anxiety.",
    criteria: [
      {
        id: "RELD.A",
        text: "Distress arising from the relationship with a partner",
        require: 1,
        items: [
          { id: "RELD.A1", text: "Conflict, distance or broken trust with a partner", concepts: ["relationship_conflict"], core: true, weight: 2 },
          { id: "RELD.A2", text: "A breakup, separation or divorce", concepts: ["breakup"], core: true, allowHistorical: true },
        ],
      },
      {
        id: "RELD.B",
        text: "Ordinary emotional reactions to it",
        require: 1,
        items: [
          { id: "RELD.B1", text: "Upset, sad, worried or irritable about the relationship", concepts: ORDINARY_REACTIONS },
          { id: "RELD.B2", text: "Feeling lonely within or after the relationship", concepts: ["loneliness_feeling"] },
        ],
      },
    ],
    exclusions: [],
    distinguish: [
      { from: "Adjustment disorder", how: "adjustment disorder has marked distress out of proportion or clear impairment after the stressor" },
      { from: "Major depressive disorder", how: "pervasive low mood, loss of interest and other symptoms most days for two weeks or more" },
      { from: "Intimate partner violence", how: "fear of a partner, being hit, threatened or controlled is a safety issue, not a relationship problem" },
    ],
    redFlags: ["fear of a partner, violence, threats or coercive control: safety planning", "thoughts of suicide after a breakup", "threats to harm the partner"],
    modalities: [
      { modality: "FT", line: "first", source: "Couple therapy for relationship distress (Lebow et al. 2012 review); NICE NG222 (2022) couples therapy when the relationship contributes to depression" },
      { modality: "SUPPORT", line: "first", source: "NICE CG123 (2011) stepped care" },
      { modality: "PST", line: "second", source: "WHO Problem Management Plus (2016)" },
    ],
    sources: ["ICD-10-CM 2025 Z63.0 problems in relationship with spouse or partner", "ICD-11 MMS QE51.0 relationship distress with spouse or partner (verify)"],
  },
  {
    id: "occupational_stress",
    prefix: "OCCS",
    name: "Occupational stress (problem related to work)",
    kind: "problem-of-living",
    family: "problem-of-living",
    codes: { icd10cm: "Z56.6", icd11: "QD8Z" },
    summary:
      "Strain from work: heavy workload and long hours, a difficult boss or colleagues, a toxic workplace, job insecurity or losing a job, or feeling burnt out. A problem of living rather than a mental disorder, unless symptoms go well beyond an ordinary reaction.",
    criteria: [
      {
        id: "OCCS.A",
        text: "A source of strain at work or from employment",
        require: 1,
        items: [
          { id: "OCCS.A1", text: "Work pressure, workload or burnout", concepts: ["work_stress"], core: true, weight: 1.5 },
          { id: "OCCS.A2", text: "Conflict with a boss or colleagues", concepts: ["boss_conflict"], core: true, weight: 1.5 },
          { id: "OCCS.A3", text: "Job insecurity, threat of job loss or unemployment", concepts: ["job_insecurity"], core: true },
        ],
      },
      {
        id: "OCCS.B",
        text: "Ordinary stress reactions",
        require: 1,
        items: [
          { id: "OCCS.B1", text: "Stressed, worried, irritable or low about it", concepts: ORDINARY_REACTIONS },
          { id: "OCCS.B2", text: "Tired or sleeping poorly with the strain", concepts: ["fatigue", "insomnia_initial"] },
        ],
      },
    ],
    exclusions: [],
    distinguish: [
      { from: "Generalised anxiety disorder", how: "worry across many areas of life for six months or more, not just work" },
      { from: "Major depressive disorder", how: "low mood and loss of interest that persist outside work, most days for two weeks or more" },
      { from: "Adjustment disorder", how: "distress out of proportion to the work stressor, or clear impairment, starting within three months of it" },
    ],
    redFlags: ["thoughts of suicide linked to work or job loss", "bullying or harassment that feels unsafe", "drinking or drug use to cope"],
    modalities: [
      ...EVERYDAY_SUPPORT,
      { modality: "CBT", line: "second", source: "Cochrane review of interventions for work-related stress (Tamminga et al. 2023)" },
    ],
    sources: [
      "ICD-10-CM 2025 Z56.6 other physical and mental strain related to work (Z56.4 discord with boss and workmates; Z56.2 threat of job loss)",
      "ICD-11 MMS chapter 24 problems associated with employment or unemployment, QD8Z unspecified (verify); QD85 burn-out",
    ],
  },
  {
    id: "academic_stress",
    prefix: "ACAD",
    name: "Academic or educational problem",
    kind: "problem-of-living",
    family: "problem-of-living",
    codes: { icd10cm: "Z55.9", icd11: "QD7Z" },
    summary:
      "Stress from studies: exams coming up, coursework piling up, fear of failing, pressure to get good grades, or difficulties at school or university. Ordinary exam nerves are a problem of living, not an anxiety disorder.",
    criteria: [
      {
        id: "ACAD.A",
        text: "A source of strain from study, exams or school",
        require: 1,
        items: [{ id: "ACAD.A1", text: "Exam, grade or coursework pressure", concepts: ["exam_stress"], core: true, weight: 2 }],
      },
      {
        id: "ACAD.B",
        text: "Ordinary stress reactions",
        require: 1,
        items: [
          { id: "ACAD.B1", text: "Stressed, worried or low about studies", concepts: [...ORDINARY_REACTIONS, "anxious_mood"] },
          { id: "ACAD.B2", text: "Trouble focusing or sleeping around exams", concepts: ["poor_concentration", "insomnia_initial"] },
        ],
      },
    ],
    exclusions: [],
    distinguish: [
      { from: "Generalised anxiety disorder", how: "worry about many things beyond studies for six months or more" },
      { from: "Social anxiety disorder", how: "fear centred on being judged, e.g. presentations, rather than on the exams themselves" },
      { from: "ADHD", how: "lifelong inattention since childhood across settings, not only under exam pressure" },
    ],
    redFlags: ["thoughts of suicide around exam results or failure", "not eating or sleeping for days", "misusing stimulants to study"],
    modalities: [
      ...EVERYDAY_SUPPORT,
      { modality: "CBT", line: "second", source: "Meta-analyses of CBT for test anxiety (Huntley et al. 2019)" },
    ],
    sources: ["ICD-10-CM 2025 Z55.9 problems related to education and literacy, unspecified (Z55.2 failed examinations; Z55.3 underachievement)", "ICD-11 MMS chapter 24 problems associated with education, QD7Z (verify)"],
  },
  {
    id: "uncomplicated_bereavement",
    prefix: "BERV",
    name: "Uncomplicated bereavement",
    kind: "problem-of-living",
    family: "problem-of-living",
    codes: { icd10cm: "Z63.4", icd11: "QE62" },
    summary:
      "The normal grief that follows the death of someone close: sadness, missing them, tears that come in waves, memories, trouble sleeping for a while, while still coping and keeping connected to others. It is not a disorder; grief becomes a concern only when intense longing and impairment persist well beyond cultural norms (around a year in adults) or when features of depression appear.",
    criteria: [
      {
        id: "BERV.A",
        text: "The death of someone close",
        require: 1,
        items: [{ id: "BERV.A1", text: "Death of a loved one", concepts: ["bereavement_recent_death"], core: true, weight: 2, allowHistorical: true }],
      },
      {
        id: "BERV.B",
        text: "Ordinary grief reactions",
        require: 1,
        items: [
          { id: "BERV.B1", text: "Missing them; grief coming in waves", concepts: ["normal_grief_reaction"] },
          { id: "BERV.B2", text: "Sadness and tears", concepts: ["depressed_mood", "tearfulness"] },
          { id: "BERV.B3", text: "Still coping, leaning on others", concepts: ["coping_adequately"] },
        ],
      },
    ],
    requiresStressor: ["bereavement_recent_death"],
    exclusions: [
      // These point beyond ordinary grief; the disorder conditions then carry the weight.
      { id: "BERV.EX.depression", text: "no pervasive worthlessness, hopelessness or thoughts of suicide", ifConcepts: ["worthlessness", "hopelessness", "suicidal_thoughts"], effect: "demote" },
      { id: "BERV.EX.mdd", text: "not a major depressive episode", ifConditions: ["mdd_single", "mdd_recurrent"], effect: "demote" },
    ],
    distinguish: [
      { from: "Prolonged grief disorder", how: "intense longing or preoccupation with the person, with marked impairment, persisting at least 12 months (6 in ICD-11)" },
      { from: "Major depressive disorder", how: "pervasive low mood and loss of pleasure not tied to reminders, worthlessness, self-loathing; grief comes in waves with preserved self-esteem" },
      { from: "PTSD", how: "a traumatic death can bring flashbacks and nightmares of the event itself" },
    ],
    redFlags: ["wish to die to join the person, or thoughts of suicide", "not eating or caring for oneself", "heavy drinking to cope"],
    modalities: [
      { modality: "SUPPORT", line: "first", source: "NICE CG123 (2011); bereavement support (tier 1-2) as usual care" },
      { modality: "PCT", line: "first", source: "NICE NG222 (2022) counselling; normal grief needs no specialist treatment" },
      { modality: "GRIEF", line: "second", source: "Only if grief becomes prolonged (Shear et al. JAMA 2005)" },
    ],
    sources: ["ICD-10-CM 2025 Z63.4 disappearance and death of family member", "ICD-11 MMS QE62 (bereavement; verify)", "ICD-11 CDDR boundary with normal grief (6B42 prolonged grief disorder)"],
  },
  {
    id: "life_transition",
    prefix: "LIFT",
    name: "Phase-of-life problem (adjusting to a life transition)",
    kind: "problem-of-living",
    family: "problem-of-living",
    codes: { icd10cm: "Z60.0", icd11: "QD9Z" },
    summary:
      "Ordinary stress around a life change: nerves about starting a new job or school, moving to a new city, becoming a parent, children leaving home, retirement, graduating or turning a milestone age. It is a normal adjustment, not a disorder, unless distress is out of proportion or clearly impairing.",
    criteria: [
      {
        id: "LIFT.A",
        text: "A life transition or new beginning",
        require: 1,
        items: [
          { id: "LIFT.A1", text: "Starting a new job, school or role", concepts: ["new_job_nerves"], core: true, weight: 1.5 },
          { id: "LIFT.A2", text: "Moving home, city or country", concepts: ["moving_home"], core: true },
          { id: "LIFT.A3", text: "A life-stage change (retirement, empty nest, new parent, graduation)", concepts: ["life_stage_change"], core: true },
          { id: "LIFT.A4", text: "Another recent life change", concepts: ["stressor_life_event"], allowHistorical: true },
        ],
      },
      {
        id: "LIFT.B",
        text: "Ordinary reactions to the change",
        require: 1,
        items: [
          { id: "LIFT.B1", text: "Nervous, unsettled or low about it", concepts: [...ORDINARY_REACTIONS, "anxious_mood"] },
          { id: "LIFT.B2", text: "Still coping, otherwise well", concepts: ["coping_adequately"] },
          { id: "LIFT.B3", text: "Missing people or feeling lonely in the new situation", concepts: ["loneliness_feeling"] },
        ],
      },
    ],
    exclusions: [],
    distinguish: [
      { from: "Adjustment disorder", how: "distress out of proportion to the change, or clear impairment, beginning within three months of it" },
      { from: "Social anxiety disorder", how: "long-standing fear of being judged in many social situations, not just first-day nerves" },
      { from: "Generalised anxiety disorder", how: "persistent, hard-to-control worry about many things for six months or more" },
    ],
    redFlags: ["thoughts of suicide after a major life change (e.g. retirement, job loss)", "postnatal low mood or thoughts of harming the baby"],
    modalities: EVERYDAY_SUPPORT,
    sources: ["ICD-10-CM 2025 Z60.0 problems of adjustment to life-cycle transitions", "ICD-11 MMS chapter 24 problems associated with social or cultural environment, QD9Z (verify)"],
  },
  {
    id: "loneliness",
    prefix: "LONE",
    name: "Loneliness or social isolation",
    kind: "problem-of-living",
    family: "problem-of-living",
    codes: { icd10cm: "Z60.2", icd11: "QD9Z" },
    summary:
      "Feeling lonely or cut off: few people to talk to, a close friend or family member moving away, living alone, feeling left out. Loneliness is common and painful, and a problem of living rather than a disorder, though it raises the risk of depression.",
    criteria: [
      {
        id: "LONE.A",
        text: "Loneliness or the loss of nearby company",
        require: 1,
        items: [
          { id: "LONE.A1", text: "Feels lonely, isolated or left out", concepts: ["loneliness_feeling"], core: true, weight: 2 },
          { id: "LONE.A2", text: "A close friend or relative moved away", concepts: ["friend_moved_away"], core: true, weight: 1.5 },
        ],
      },
      {
        id: "LONE.B",
        text: "Ordinary reactions",
        require: 1,
        items: [
          { id: "LONE.B1", text: "Sad or missing people", concepts: ["depressed_mood", "tearfulness", "normal_grief_reaction"] },
          { id: "LONE.B2", text: "Still coping, keeping busy or in touch", concepts: ["coping_adequately"] },
        ],
      },
    ],
    exclusions: [],
    distinguish: [
      { from: "Major depressive disorder", how: "pervasive low mood, loss of interest and other symptoms most days for two weeks or more" },
      { from: "Social anxiety disorder", how: "avoiding people because of fear of judgement rather than lack of opportunity" },
      { from: "Social withdrawal in depression", how: "pulling away from people who are available, rather than missing people who are not" },
    ],
    redFlags: ["thoughts that no one would miss them, or of suicide", "older person living alone and not eating or coping"],
    modalities: [
      { modality: "SUPPORT", line: "first", source: "NICE CG123 (2011) stepped care; social prescribing" },
      { modality: "PST", line: "first", source: "WHO Problem Management Plus (2016): strengthening social support" },
      { modality: "CBT", line: "second", source: "Meta-analysis of loneliness interventions (Masi et al. 2011): addressing social cognition" },
    ],
    sources: ["ICD-10-CM 2025 Z60.2 problems related to living alone (Z60.4 social exclusion and rejection when excluded; verify which fits)", "ICD-11 MMS chapter 24 social environment problems, QD9Z (verify)"],
  },
  {
    id: "family_conflict",
    prefix: "FAMC",
    name: "Family conflict (problem related to primary support group)",
    kind: "problem-of-living",
    family: "problem-of-living",
    codes: { icd10cm: "Z63.8", icd11: "QE52" },
    summary:
      "Tension and arguments within the family (with parents, siblings or in-laws): critical or controlling relatives, falling out, not speaking, disputes over care or inheritance. A problem of living, though it often brings stress, sadness or anger.",
    criteria: [
      {
        id: "FAMC.A",
        text: "Conflict within the family",
        require: 1,
        items: [{ id: "FAMC.A1", text: "Arguments, estrangement or tension with family members", concepts: ["family_argument"], core: true, weight: 2 }],
      },
      {
        id: "FAMC.B",
        text: "Ordinary emotional reactions",
        require: 1,
        items: [{ id: "FAMC.B1", text: "Upset, angry, sad or worried about it", concepts: ORDINARY_REACTIONS }],
      },
    ],
    exclusions: [],
    distinguish: [
      { from: "Abuse or domestic violence", how: "being hit, threatened or controlled by a family member is a safety concern" },
      { from: "Parent-child relational problem", how: "when the difficulty is between a parent and their child" },
      { from: "Major depressive disorder", how: "persistent low mood and loss of interest beyond the conflict" },
    ],
    redFlags: ["violence, threats or abuse at home: safety first", "a young person being thrown out or unsafe"],
    modalities: [
      { modality: "FT", line: "first", source: "Systemic family therapy (Carr 2019 review); NICE CG178/NG69 family interventions" },
      ...EVERYDAY_SUPPORT,
    ],
    sources: ["ICD-10-CM 2025 Z63.8 other specified problems related to primary support group (family discord)", "ICD-11 MMS QE52 (verify)"],
  },
  {
    id: "parent_child_problem",
    prefix: "PARC",
    name: "Parent-child relational problem",
    kind: "problem-of-living",
    family: "problem-of-living",
    codes: { icd10cm: "Z62.820", icd11: "QE52.0" },
    summary:
      "Difficulty between a parent and their child or teenager: the child will not listen, constant battles over homework, screens or bedtime, back-talk and defiance, or a parent feeling lost about how to reach them. A common relational problem, not a disorder in the parent or the child.",
    criteria: [
      {
        id: "PARC.A",
        text: "A strained relationship between parent and child",
        require: 1,
        items: [{ id: "PARC.A1", text: "Parenting struggles, defiance or conflict with a child", concepts: ["parenting_struggle"], core: true, weight: 2 }],
      },
      {
        id: "PARC.B",
        text: "Ordinary emotional reactions",
        require: 1,
        items: [{ id: "PARC.B1", text: "Stressed, worried, guilty or irritable as a parent", concepts: [...ORDINARY_REACTIONS, "excessive_guilt", "fatigue"] }],
      },
    ],
    exclusions: [],
    distinguish: [
      { from: "Child's own disorder (ADHD, anxiety, oppositional defiant disorder)", how: "a child's persistent difficulties across settings need their own assessment" },
      { from: "Postnatal depression", how: "low mood, loss of interest and guilt in a parent within a year of birth" },
    ],
    redFlags: ["fear of hurting the child, or the child being hurt", "a teenager self-harming or talking of suicide", "a parent at the end of their tether with thoughts of harm"],
    modalities: [
      { modality: "FT", line: "first", source: "NICE CG158 (2013) parent training programmes; systemic family therapy" },
      { modality: "PST", line: "first", source: "WHO Problem Management Plus (2016)" },
      { modality: "SUPPORT", line: "second", source: "NICE CG123 (2011) stepped care" },
    ],
    sources: ["ICD-10-CM 2025 Z62.820 parent-biological child conflict", "ICD-11 MMS QE52.0 caregiver-child relationship problem (verify)"],
  },
];
