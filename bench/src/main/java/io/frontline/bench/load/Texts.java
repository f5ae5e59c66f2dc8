package io.frontline.bench.load;

import java.util.List;
import java.util.SplittableRandom;

/** Short, realistic ticket texts for write workloads (the dataset generator has the full phrase banks). */
final class Texts {

    private static final List<String> SUBJECTS = List.of(
            "Router keeps dropping the connection",
            "Charged twice for my subscription",
            "Cannot log in after password reset",
            "Where is my order?",
            "Rechnung doppelt abgebucht",
            "No puedo acceder a mi cuenta",
            "Colis jamais reçu",
            "返品の手続きについて");

    private static final List<String> BODIES = List.of(
            "Hello, since this morning the internet drops every few minutes. I already restarted the router twice.",
            "My card was charged twice this month for the same plan. Please refund one of the payments.",
            "After resetting my password the login page just reloads. I tried two browsers.",
            "Guten Tag, die Lieferung sollte gestern ankommen, die Sendungsverfolgung zeigt seit Tagen nichts Neues.",
            "Hola, necesito cambiar la dirección de facturación de mi cuenta antes del próximo cobro.",
            "Bonjour, le colis indiqué comme livré n'est jamais arrivé. Pouvez-vous vérifier ?");

    private static final List<String> REPLIES = List.of(
            "Thanks for the details. I have escalated this to our network team and will update you within the day.",
            "I have refunded the duplicate payment; it will show on your statement in 3-5 business days.",
            "Could you send a screenshot of the error? That helps us find the cause faster.",
            "Vielen Dank für Ihre Geduld, wir haben das Paket beim Versanddienst nachverfolgt.");

    private Texts() {}

    static String subject(SplittableRandom random) {
        return SUBJECTS.get(random.nextInt(SUBJECTS.size()));
    }

    static String body(SplittableRandom random) {
        return BODIES.get(random.nextInt(BODIES.size()));
    }

    static String reply(SplittableRandom random) {
        return REPLIES.get(random.nextInt(REPLIES.size()));
    }
}
