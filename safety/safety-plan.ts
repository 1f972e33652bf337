/**
 * The Stanley–Brown Safety Planning Intervention's steps, as data for apps (a form, a card
 * the person keeps) and for the crisis reply, which offers one step at a time.
 */

/** One step of a safety plan, in the person's language. */
export interface SafetyPlanStep {
  /** Stable id. */
  id: "warning_signs" | "internal_coping" | "social_distraction" | "people_to_ask" | "professionals" | "safe_environment" | "reasons_for_living";
  /** Step number in the plan (1-7). */
  order: number;
  title: { en: string; es: string };
  /** A gentle question that opens the step. */
  prompt: { en: string; es: string };
}

export const SAFETY_PLAN_STEPS: readonly SafetyPlanStep[] = Object.freeze([
  {
    id: "warning_signs", order: 1,
    title: { en: "Warning signs", es: "Señales de alerta" },
    prompt: { en: "What thoughts, feelings or situations tend to come just before things get this hard?", es: "¿Qué pensamientos, sentimientos o situaciones suelen aparecer justo antes de que todo se ponga tan difícil?" },
  },
  {
    id: "internal_coping", order: 2,
    title: { en: "Things I can do on my own", es: "Lo que puedo hacer por mi cuenta" },
    prompt: { en: "What is something you can do on your own that takes the edge off, even a little?", es: "¿Qué puedes hacer por tu cuenta que te alivie, aunque sea un poco?" },
  },
  {
    id: "social_distraction", order: 3,
    title: { en: "People and places that help me feel better", es: "Personas y lugares que me ayudan a distraerme" },
    prompt: { en: "Which people or places help you take your mind off things?", es: "¿Qué personas o lugares te ayudan a despejarte?" },
  },
  {
    id: "people_to_ask", order: 4,
    title: { en: "People I can ask for help", es: "Personas a las que puedo pedir ayuda" },
    prompt: { en: "Who is one person you could tell how you are really doing?", es: "¿A qué persona podrías contarle cómo estás de verdad?" },
  },
  {
    id: "professionals", order: 5,
    title: { en: "Professionals and crisis lines", es: "Profesionales y líneas de crisis" },
    prompt: { en: "Which professional or crisis line could you contact, and how?", es: "¿A qué profesional o línea de crisis podrías contactar, y cómo?" },
  },
  {
    id: "safe_environment", order: 6,
    title: { en: "Making my surroundings safer", es: "Hacer más seguro mi entorno" },
    prompt: { en: "Could anything you might use to hurt yourself be put out of reach, or kept by someone you trust for now?", es: "¿Podrías dejar fuera de tu alcance, o con alguien de confianza, cualquier cosa con la que pudieras hacerte daño?" },
  },
  {
    id: "reasons_for_living", order: 7,
    title: { en: "My reasons for living", es: "Mis razones para vivir" },
    prompt: { en: "What matters most to you, even on the hard days?", es: "¿Qué es lo que más te importa, incluso en los días difíciles?" },
  },
]);

/** A step by id. */
export function safetyPlanStep(id: SafetyPlanStep["id"]): SafetyPlanStep {
  return SAFETY_PLAN_STEPS.find((s) => s.id === id)!;
}
