import type { ConditionFamily } from "../knowledge/types.js";

/** CounselChat topics that name a disorder family (a weak label: a topic, not a diagnosis). */
export const TOPIC_FAMILIES: Record<string, ConditionFamily[]> = {
  depression: ["depressive", "bipolar"],
  anxiety: ["anxiety", "obsessive-compulsive"],
  trauma: ["trauma-stressor", "dissociative"],
  "eating-disorders": ["feeding-eating"],
  "substance-abuse": ["substance"],
  addiction: ["substance", "impulse-control"],
  "sleep-improvement": ["sleep-wake"],
  "grief-and-loss": ["trauma-stressor"],
};

/** Topics that mostly describe problems of living: they should not get a provisional disorder. */
export const LIVING_TOPICS = ["relationships", "intimacy", "parenting", "family-conflict", "marriage", "relationship-dissolution", "workplace-relationships", "social-relationships"];
