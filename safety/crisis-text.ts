/**
 * The crisis protocol's words, by language (data for crisis-reply.ts). Plain and warm; no method
 * is ever repeated back. French, Portuguese, German and Italian carry the first safety-planning
 * question themselves (the safety plan's own steps are in English and Spanish).
 */
import type { SafetyLanguage } from "./language.js";

/** Every sentence the crisis reply may use. */
export interface CrisisText {
  /** The first Stanley–Brown question, where safety-plan.ts has no translation. */
  firstStep: string;
  leadNow: (n: string) => string;
  lead: string;
  si: string;
  imminent: string;
  selfHarm: string;
  others: string;
  abuse: string;
  medical: string;
  command: string;
  mania: string;
  injection: string;
  thirdParty: (n: string, line?: string) => string;
  here: string;
  safeNow: string;
  friendSafe: string;
  plan: (first: string, means: string) => string;
  means: string;
  abusePlan: string;
  /** Opens the one-line reminder of resources on later turns. */
  reminder: string;
}

function lower(s: string): string {
  // The plan's opening prompt is a question; the reply asks only one question (about safety).
  const q = s.replace(/^¿/, "").replace(/\s*\?$/, ".");
  return q.charAt(0).toLowerCase() + q.slice(1);
}

const EN: CrisisText = {
  reminder: "If things feel unsafe at any point:",
  firstStep: "",
  leadNow: (n: string) => `Please call ${n} now, or go to the nearest emergency department. If you can, let someone near you know what is happening.`,
  lead: "You don't have to go through this alone. You can reach someone right now:",
  si: "It sounds like you are carrying so much pain that thoughts of not being alive have been coming up. Thank you for telling me; that took courage, and I'm glad you're still here talking with me.",
  imminent: "What you've told me sounds like an emergency, and your life matters. Getting medical help right away is the most important thing now.",
  selfHarm: "It sounds like hurting yourself has become a way to get through feelings that are overwhelming. You deserve care for the wounds and for the pain underneath them.",
  others: "It sounds like you are feeling a lot of anger or fear, and thoughts of hurting someone are pressing on you. Telling me is a good step; let's keep everyone safe, including you.",
  abuse: "What you're describing is not okay and it is not your fault. You deserve to be safe.",
  medical: "What you're describing could be a medical emergency, and it needs a doctor now rather than later.",
  command: "Hearing a voice tell you to hurt yourself or someone else sounds frightening. You don't have to do what it says, and help can make it easier to resist.",
  mania: "Going without sleep while doing things that could get you hurt can put you in real danger, even when you feel great.",
  injection: "I can't help with information about ways to die or how much of something would be harmful. But I don't want to skip past why you might be asking.",
  thirdParty: (n: string, line?: string) =>
    `It sounds like you're really worried about someone you care about, and it's right to take it seriously. If they might be in danger right now, stay with them if it's safe for you and call ${n}.` +
    (line ? ` You can also contact ${line} yourself for advice on how to help them.` : "") +
    " It's okay to tell a trusted adult or someone close to them, even if they asked you to keep it secret.",
  here: "I'm here with you, and I'd like to keep talking.",
  safeNow: "Are you safe right now?",
  friendSafe: "Is the person you're worried about safe right now?",
  plan: (first: string, means: string) => `When you feel ready, we could make a simple safety plan together, one step at a time, starting with this: ${lower(first)} ${means}`,
  means: "And for now, putting anything you could use to hurt yourself out of reach, or with someone you trust, can make the next hours safer.",
  abusePlan: "When you feel ready, we can think through a safety plan together: a safe place you could go, who you could call, and what you would take with you.",
};

const ES: CrisisText = {
  reminder: "Si en algún momento no te sientes a salvo:",
  firstStep: "",
  leadNow: (n: string) => `Por favor, llama ya al ${n.replace(/^llama al /, "")} o ve a urgencias del hospital más cercano. Si puedes, avisa a alguien que esté cerca.`,
  lead: "No tienes que pasar por esto a solas. Puedes hablar con alguien ahora mismo:",
  si: "Parece que cargas con tanto dolor que te han venido pensamientos de no seguir con vida. Gracias por contármelo; hace falta valor, y me alegra que sigas aquí hablando conmigo.",
  imminent: "Lo que me cuentas suena a una emergencia, y tu vida importa. Lo más importante ahora es recibir atención médica enseguida.",
  selfHarm: "Parece que hacerte daño se ha vuelto una forma de aguantar emociones que te desbordan. Mereces cuidado, para las heridas y para el dolor que hay debajo.",
  others: "Parece que sientes mucha rabia o miedo, y que la idea de hacer daño a alguien te está presionando. Contármelo es un buen paso; cuidemos de que todos estén a salvo, también tú.",
  abuse: "Lo que describes no está bien y no es culpa tuya. Mereces estar a salvo.",
  medical: "Lo que describes podría ser una urgencia médica y necesita atención ahora, no más tarde.",
  command: "Oír una voz que te dice que te hagas daño o que hagas daño a otra persona suena aterrador. No tienes que hacer lo que dice, y con ayuda es más fácil resistirlo.",
  mania: "Pasar días sin dormir mientras haces cosas arriesgadas puede ponerte en peligro, aunque te sientas muy bien.",
  injection: "No puedo dar información sobre formas de morir ni sobre cantidades que harían daño. Pero no quiero pasar por alto por qué podrías estar preguntándolo.",
  thirdParty: (n: string, line?: string) =>
    `Parece que te preocupa mucho alguien que te importa, y haces bien en tomártelo en serio. Si esa persona puede estar en peligro ahora, quédate con ella si es seguro para ti y llama al ${n}.` +
    (line ? ` También puedes contactar tú con ${line} para pedir consejo sobre cómo ayudarla.` : "") +
    " Está bien contárselo a un adulto de confianza o a alguien cercano, aunque te haya pedido que lo guardes en secreto.",
  here: "Estoy aquí contigo y me gustaría seguir hablando.",
  safeNow: "¿Estás a salvo ahora mismo?",
  friendSafe: "¿La persona que te preocupa está a salvo ahora mismo?",
  plan: (first: string, means: string) => `Cuando quieras, podemos hacer juntos un plan de seguridad sencillo, paso a paso, empezando por esto: ${lower(first)} ${means}`,
  means: "Y por ahora, dejar fuera de tu alcance, o con alguien de confianza, cualquier cosa con la que pudieras hacerte daño puede hacer más seguras las próximas horas.",
  abusePlan: "Cuando quieras, podemos pensar juntos un plan de seguridad: un lugar seguro al que ir, a quién llamar y qué llevarte.",
};

const FR: CrisisText = {
  reminder: "Si à un moment tu ne te sens pas en sécurité :",
  firstStep: "Quelles pensées, quels ressentis ou quelles situations arrivent juste avant que tout devienne si dur ?",
  leadNow: (n: string) => `S'il te plaît, appelle le ${n} maintenant ou va aux urgences les plus proches. Si tu peux, préviens quelqu'un près de toi.`,
  lead: "Tu n'as pas à traverser ça seul·e. Tu peux parler à quelqu'un tout de suite :",
  si: "On dirait que tu portes tellement de douleur que des pensées de ne plus être en vie te viennent. Merci de me l'avoir dit ; il faut du courage, et je suis content que tu sois encore là à me parler.",
  imminent: "Ce que tu me dis ressemble à une urgence, et ta vie compte. Le plus important maintenant, c'est d'avoir une aide médicale tout de suite.",
  selfHarm: "On dirait que te faire du mal est devenu une façon de tenir face à des émotions qui te submergent. Tu mérites qu'on prenne soin de tes blessures et de la douleur qu'il y a dessous.",
  others: "On dirait que tu ressens beaucoup de colère ou de peur, et que l'idée de faire du mal à quelqu'un te pousse. Me le dire est un bon pas ; faisons en sorte que tout le monde soit en sécurité, toi compris.",
  abuse: "Ce que tu décris n'est pas normal et ce n'est pas de ta faute. Tu mérites d'être en sécurité.",
  medical: "Ce que tu décris pourrait être une urgence médicale, et il faut voir un médecin maintenant, pas plus tard.",
  command: "Entendre une voix qui te dit de te faire du mal ou d'en faire à quelqu'un, ça doit être effrayant. Tu n'es pas obligé·e de lui obéir, et avec de l'aide c'est plus facile de résister.",
  mania: "Ne pas dormir pendant des jours en faisant des choses risquées peut te mettre en danger, même si tu te sens très bien.",
  injection: "Je ne peux pas donner d'informations sur des façons de mourir ni sur des quantités dangereuses. Mais je ne veux pas passer à côté de la raison pour laquelle tu poses la question.",
  thirdParty: (n: string, line?: string) =>
    `On dirait que tu t'inquiètes beaucoup pour quelqu'un qui compte pour toi, et tu as raison de le prendre au sérieux. Si cette personne est en danger maintenant, reste avec elle si c'est sans risque pour toi et appelle le ${n}.` +
    (line ? ` Tu peux aussi contacter ${line} pour savoir comment l'aider.` : "") +
    " Tu peux en parler à un adulte de confiance ou à un proche, même si elle t'a demandé de garder le secret.",
  here: "Je suis là avec toi et j'aimerais qu'on continue à parler.",
  safeNow: "Est-ce que tu es en sécurité en ce moment ?",
  friendSafe: "Est-ce que la personne qui t'inquiète est en sécurité en ce moment ?",
  plan: (first: string, means: string) => `Quand tu te sentiras prêt·e, on pourra faire ensemble un plan de sécurité simple, étape par étape, en commençant par ceci : ${lower(first)} ${means}`,
  means: "Et pour l'instant, mettre hors de portée, ou confier à quelqu'un de confiance, tout ce qui pourrait te servir à te faire du mal peut rendre les prochaines heures plus sûres.",
  abusePlan: "Quand tu te sentiras prêt·e, on pourra réfléchir ensemble à un plan de sécurité : un endroit sûr où aller, qui appeler et quoi emporter.",
};

const PT: CrisisText = {
  reminder: "Se em algum momento você não se sentir em segurança:",
  firstStep: "Que pensamentos, sentimentos ou situações costumam aparecer logo antes de tudo ficar tão difícil?",
  leadNow: (n: string) => `Por favor, ligue já para o ${n} ou vá ao pronto-socorro ou às urgências mais próximas. Se puder, avise alguém que esteja perto de você.`,
  lead: "Você não precisa passar por isso sozinho. Pode falar com alguém agora mesmo:",
  si: "Parece que você carrega tanta dor que pensamentos de não estar vivo têm aparecido. Obrigado por me contar; isso exige coragem, e fico feliz que você ainda esteja aqui conversando comigo.",
  imminent: "O que você me contou parece uma emergência, e a sua vida importa. O mais importante agora é receber ajuda médica imediatamente.",
  selfHarm: "Parece que se machucar virou uma forma de aguentar sentimentos que transbordam. Você merece cuidado para as feridas e para a dor que está por baixo delas.",
  others: "Parece que você está sentindo muita raiva ou medo, e a ideia de machucar alguém está pressionando você. Me contar é um bom passo; vamos cuidar para que todos fiquem seguros, inclusive você.",
  abuse: "O que você descreve não está certo e não é culpa sua. Você merece estar em segurança.",
  medical: "O que você descreve pode ser uma emergência médica e precisa de um médico agora, não depois.",
  command: "Ouvir uma voz mandando você se machucar ou machucar alguém deve ser assustador. Você não precisa fazer o que ela diz, e com ajuda fica mais fácil resistir.",
  mania: "Passar dias sem dormir fazendo coisas arriscadas pode colocar você em perigo, mesmo quando se sente muito bem.",
  injection: "Não posso dar informações sobre formas de morrer nem sobre quantidades perigosas. Mas não quero deixar passar o motivo de você estar perguntando.",
  thirdParty: (n: string, line?: string) =>
    `Parece que você está muito preocupado com alguém importante para você, e está certo em levar isso a sério. Se essa pessoa pode estar em perigo agora, fique com ela se for seguro para você e ligue para o ${n}.` +
    (line ? ` Você também pode contatar ${line} para pedir orientação sobre como ajudar.` : "") +
    " Tudo bem contar para um adulto de confiança ou alguém próximo, mesmo que ela tenha pedido segredo.",
  here: "Estou aqui com você e gostaria de continuar conversando.",
  safeNow: "Você está em segurança agora?",
  friendSafe: "A pessoa com quem você se preocupa está em segurança agora?",
  plan: (first: string, means: string) => `Quando se sentir pronto, podemos fazer juntos um plano de segurança simples, passo a passo, começando por isto: ${lower(first)} ${means}`,
  means: "E, por agora, deixar fora do seu alcance, ou com alguém de confiança, qualquer coisa que você possa usar para se machucar pode tornar as próximas horas mais seguras.",
  abusePlan: "Quando se sentir pronto, podemos pensar juntos num plano de segurança: um lugar seguro para onde ir, para quem ligar e o que levar.",
};

const DE: CrisisText = {
  reminder: "Wenn du dich irgendwann nicht sicher fühlst:",
  firstStep: "Welche Gedanken, Gefühle oder Situationen kommen meistens kurz bevor es so schwer wird?",
  leadNow: (n: string) => `Bitte ruf jetzt die ${n} an oder geh in die nächste Notaufnahme. Wenn du kannst, sag jemandem in deiner Nähe Bescheid.`,
  lead: "Du musst da nicht allein durch. Du kannst jetzt sofort mit jemandem sprechen:",
  si: "Es klingt, als würdest du so viel Schmerz tragen, dass Gedanken auftauchen, nicht mehr leben zu wollen. Danke, dass du es mir sagst; das braucht Mut, und ich bin froh, dass du noch hier bist und mit mir sprichst.",
  imminent: "Was du mir erzählst, klingt nach einem Notfall, und dein Leben zählt. Das Wichtigste ist jetzt, sofort medizinische Hilfe zu bekommen.",
  selfHarm: "Es klingt, als wäre es ein Weg geworden, dich zu verletzen, um überwältigende Gefühle auszuhalten. Du verdienst Fürsorge für die Wunden und für den Schmerz darunter.",
  others: "Es klingt, als würdest du viel Wut oder Angst spüren, und der Gedanke, jemandem wehzutun, drängt sich auf. Es mir zu sagen, ist ein guter Schritt; lass uns dafür sorgen, dass alle sicher sind, auch du.",
  abuse: "Was du beschreibst, ist nicht in Ordnung, und es ist nicht deine Schuld. Du verdienst es, sicher zu sein.",
  medical: "Was du beschreibst, könnte ein medizinischer Notfall sein und braucht jetzt einen Arzt, nicht später.",
  command: "Eine Stimme zu hören, die dir sagt, dir oder anderen wehzutun, klingt beängstigend. Du musst nicht tun, was sie sagt, und mit Hilfe fällt es leichter, ihr zu widerstehen.",
  mania: "Tagelang nicht zu schlafen und dabei Riskantes zu tun, kann dich in Gefahr bringen, auch wenn du dich großartig fühlst.",
  injection: "Ich kann keine Informationen über Wege zu sterben oder gefährliche Mengen geben. Aber ich möchte nicht übergehen, warum du vielleicht fragst.",
  thirdParty: (n: string, line?: string) =>
    `Es klingt, als würdest du dir große Sorgen um jemanden machen, der dir wichtig ist, und es ist richtig, das ernst zu nehmen. Wenn die Person jetzt in Gefahr sein könnte, bleib bei ihr, wenn es für dich sicher ist, und ruf die ${n} an.` +
    (line ? ` Du kannst dich auch selbst an ${line} wenden, um Rat zu bekommen, wie du helfen kannst.` : "") +
    " Es ist in Ordnung, es einem vertrauten Erwachsenen oder jemandem in ihrer Nähe zu sagen, auch wenn sie dich um Verschwiegenheit gebeten hat.",
  here: "Ich bin hier bei dir und würde gern weiter mit dir sprechen.",
  safeNow: "Bist du gerade in Sicherheit?",
  friendSafe: "Ist die Person, um die du dir Sorgen machst, gerade in Sicherheit?",
  plan: (first: string, means: string) => `Wenn du so weit bist, können wir zusammen einen einfachen Sicherheitsplan machen, Schritt für Schritt, und damit anfangen: ${lower(first)} ${means}`,
  means: "Und für jetzt kann es die nächsten Stunden sicherer machen, alles, womit du dir schaden könntest, außer Reichweite zu bringen oder jemandem zu geben, dem du vertraust.",
  abusePlan: "Wenn du so weit bist, können wir zusammen einen Sicherheitsplan überlegen: einen sicheren Ort, an den du gehen kannst, wen du anrufen kannst und was du mitnehmen würdest.",
};

const IT: CrisisText = {
  reminder: "Se in qualsiasi momento non ti senti al sicuro:",
  firstStep: "Quali pensieri, emozioni o situazioni arrivano di solito poco prima che tutto diventi così difficile?",
  leadNow: (n: string) => `Per favore, chiama subito il ${n} o vai al pronto soccorso più vicino. Se puoi, avvisa qualcuno vicino a te.`,
  lead: "Non devi affrontare tutto questo da solo. Puoi parlare con qualcuno adesso:",
  si: "Sembra che tu stia portando così tanto dolore che ti vengono pensieri di non essere più in vita. Grazie di avermelo detto; ci vuole coraggio, e sono contento che tu sia ancora qui a parlare con me.",
  imminent: "Quello che mi racconti sembra un'emergenza, e la tua vita conta. La cosa più importante adesso è ricevere subito un aiuto medico.",
  selfHarm: "Sembra che farti del male sia diventato un modo per reggere emozioni che ti travolgono. Meriti cura per le ferite e per il dolore che c'è sotto.",
  others: "Sembra che tu provi molta rabbia o paura, e che il pensiero di fare del male a qualcuno ti stia spingendo. Dirmelo è un buon passo; facciamo in modo che tutti siano al sicuro, anche tu.",
  abuse: "Quello che descrivi non va bene e non è colpa tua. Meriti di essere al sicuro.",
  medical: "Quello che descrivi potrebbe essere un'emergenza medica e ha bisogno di un medico adesso, non più tardi.",
  command: "Sentire una voce che ti dice di fare del male a te o a qualcuno deve fare paura. Non devi fare quello che dice, e con un aiuto è più facile resistere.",
  mania: "Passare giorni senza dormire facendo cose rischiose può metterti in pericolo, anche quando ti senti benissimo.",
  injection: "Non posso dare informazioni su modi per morire o su quantità pericolose. Ma non voglio ignorare il motivo per cui potresti chiederlo.",
  thirdParty: (n: string, line?: string) =>
    `Sembra che tu sia molto preoccupato per qualcuno a cui tieni, e fai bene a prenderlo sul serio. Se quella persona può essere in pericolo adesso, resta con lei se per te è sicuro e chiama il ${n}.` +
    (line ? ` Puoi anche contattare ${line} per avere consigli su come aiutarla.` : "") +
    " Va bene parlarne con un adulto di fiducia o con qualcuno vicino a lei, anche se ti ha chiesto di mantenere il segreto.",
  here: "Sono qui con te e mi piacerebbe continuare a parlare.",
  safeNow: "Sei al sicuro in questo momento?",
  friendSafe: "La persona per cui ti preoccupi è al sicuro in questo momento?",
  plan: (first: string, means: string) => `Quando te la senti, possiamo fare insieme un semplice piano di sicurezza, un passo alla volta, cominciando da questo: ${lower(first)} ${means}`,
  means: "E per ora, mettere fuori portata, o affidare a una persona di fiducia, qualsiasi cosa potresti usare per farti del male può rendere più sicure le prossime ore.",
  abusePlan: "Quando te la senti, possiamo pensare insieme a un piano di sicurezza: un posto sicuro dove andare, chi chiamare e cosa portare con te.",
};

/** The crisis text for each language the safety layer answers in. */
export const CRISIS_TEXT: Record<SafetyLanguage, CrisisText> = { en: EN, es: ES, fr: FR, pt: PT, de: DE, it: IT };
