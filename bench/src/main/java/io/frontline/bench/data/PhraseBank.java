package io.frontline.bench.data;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Sentences that support mail is made of, per language. Placeholders in braces ({order}, {invoice}, {amount},
 * {tracking}, {device}, {name}) are filled per ticket.
 */
record PhraseBank(
        String language,
        List<String> customerGreetings,
        List<String> customerClosings,
        List<String> followUps,
        List<String> stillBroken,
        List<String> agentGreetings,
        List<String> agentClosings,
        List<String> agentQuestions,
        List<String> agentUpdates,
        Map<Topic, TopicPhrases> topics) {

    /** The i-th subject, problem and answer of a topic belong to the same scenario. */
    record TopicPhrases(List<String> subjects, List<String> problems, List<String> answers) {}

    /** Agents write internal notes in English whatever the customer's language. */
    static final List<String> NOTES = List.of(
            "Checked the account: no open incidents on our side, asked for more details.",
            "Customer is on a premium plan, please prioritise.",
            "Escalating to tier 2, the logs point to a provisioning problem.",
            "Refund approved by finance, waiting for the payment provider.",
            "Duplicate of an earlier conversation with the same customer; keeping this one.",
            "Carrier confirmed the parcel is stuck at the hub, new ETA in two days.",
            "Reset the 2FA enrolment after verifying identity with the last invoice number.",
            "Known issue with firmware 7.57, engineering ticket linked.",
            "Called the customer, no answer. Will try again tomorrow morning.",
            "Please double-check the VAT number before re-issuing the invoice.");

    static Map<String, PhraseBank> all() {
        return Map.of(
                "en", english(),
                "de", german(),
                "es", spanish(),
                "fr", french(),
                "ja", japanese(),
                "pt-BR", portuguese());
    }

    private static Map<Topic, TopicPhrases> topics(
            TopicPhrases outage, TopicPhrases login, TopicPhrases billing, TopicPhrases refund, TopicPhrases shipping) {
        Map<Topic, TopicPhrases> map = new EnumMap<>(Topic.class);
        map.put(Topic.OUTAGE, outage);
        map.put(Topic.LOGIN, login);
        map.put(Topic.BILLING, billing);
        map.put(Topic.REFUND, refund);
        map.put(Topic.SHIPPING, shipping);
        return map;
    }

    private static TopicPhrases t(List<String> subjects, List<String> problems, List<String> answers) {
        return new TopicPhrases(subjects, problems, answers);
    }

    private static PhraseBank english() {
        return new PhraseBank(
                "en",
                List.of("Hello,", "Hi there,", "Good morning,", "Dear support team,"),
                List.of("Thanks in advance.", "Looking forward to your reply.", "Best regards,", "Cheers,"),
                List.of(
                        "Sure, the order number is {order}. Let me know if you need anything else.",
                        "I tried what you suggested, here are the details you asked for.",
                        "Any update on this? It has been a couple of days.",
                        "Attached is a screenshot of the error message."),
                List.of(
                        "Unfortunately the problem is back since this morning.",
                        "Sorry to reopen this, but it still does not work for me."),
                List.of("Hi {name},", "Hello {name},", "Dear {name},"),
                List.of("Let us know if there is anything else we can do.", "Kind regards,", "Have a great day!"),
                List.of(
                        "Could you send us the serial number printed on the back of the device?",
                        "Could you confirm the email address on the account and the last four digits of the card?",
                        "Could you tell us since when this happens and whether anything changed on your side?"),
                List.of(
                        "Thanks for the details. I have passed this on to our specialists and will update you as soon as I hear back.",
                        "I am still looking into this and will get back to you within one business day."),
                topics(
                        t(
                                List.of(
                                        "Internet down since last night",
                                        "Router keeps dropping the connection",
                                        "No connection after firmware update on {device}"),
                                List.of(
                                        "Our internet has been down since last night. The {device} shows a red light and restarting it did not help.",
                                        "The connection drops every few minutes, which makes video calls impossible. The whole office is affected.",
                                        "After the automatic firmware update the {device} no longer connects. The WAN light keeps blinking."),
                                List.of(
                                        "I am sorry about the trouble. There was a regional outage in your area which has now been resolved.",
                                        "I have pushed a new configuration to your {device}. Please restart it once and it should reconnect within five minutes.",
                                        "We rolled back the firmware on your device; the connection should be stable again.")),
                        t(
                                List.of(
                                        "Cannot log in to my account",
                                        "Password reset email never arrives",
                                        "Locked out after changing phone (2FA)"),
                                List.of(
                                        "I cannot log in anymore, the page says my password is wrong although I just reset it.",
                                        "I requested a password reset three times but the email never arrived, not even in spam.",
                                        "I got a new phone and now I cannot receive the two-factor codes, so I am locked out."),
                                List.of(
                                        "I have unlocked your account and sent a fresh password reset link, valid for one hour.",
                                        "Our mail provider delayed some messages this morning; I resent the reset email just now.",
                                        "I have reset your two-factor enrolment. At the next login you can register your new phone.")),
                        t(
                                List.of(
                                        "Charged twice for invoice {invoice}",
                                        "Question about my latest invoice",
                                        "Wrong VAT on invoice {invoice}"),
                                List.of(
                                        "My credit card was charged twice for invoice {invoice}, {amount} each time.",
                                        "The latest invoice is {amount} higher than usual and I do not understand the extra line items.",
                                        "Invoice {invoice} shows VAT although we gave you our VAT ID. Please issue a corrected invoice."),
                                List.of(
                                        "You are right, the second charge of {amount} was a mistake. I have refunded it; it will show on your statement in 3-5 business days.",
                                        "The difference comes from the prorated upgrade in the middle of the month. I have attached a breakdown.",
                                        "I have re-issued invoice {invoice} without VAT and sent it to your billing address.")),
                        t(
                                List.of(
                                        "Refund for order {order}",
                                        "Item arrived damaged, I want my money back",
                                        "Still waiting for my refund"),
                                List.of(
                                        "I returned order {order} two weeks ago but have not received the refund of {amount} yet.",
                                        "The item from order {order} arrived broken. I would like a full refund, not a replacement.",
                                        "You confirmed my return weeks ago, where is my money?"),
                                List.of(
                                        "Your refund of {amount} for order {order} has been approved and issued to the original payment method.",
                                        "I am sorry the item arrived damaged. I have issued a full refund and you do not need to send it back.",
                                        "The refund was delayed at our payment provider; it has now gone through.")),
                        t(
                                List.of(
                                        "Where is my order {order}?",
                                        "Tracking number {tracking} not updating",
                                        "Change delivery address for order {order}"),
                                List.of(
                                        "My order {order} was supposed to arrive on Tuesday and the tracking has not moved since.",
                                        "The tracking number {tracking} has shown \"label created\" for five days.",
                                        "I moved last week. Can you still change the delivery address for order {order}?"),
                                List.of(
                                        "The carrier had a delay at the sorting centre; your parcel {tracking} is now out for delivery.",
                                        "I have asked the carrier to investigate. If the parcel does not move in 48 hours we will ship a replacement.",
                                        "I have updated the delivery address for order {order}; it has not left our warehouse yet."))));
    }

    private static PhraseBank german() {
        return new PhraseBank(
                "de",
                List.of("Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Hallo Support-Team,"),
                List.of("Vielen Dank im Voraus.", "Mit freundlichen Grüßen", "Viele Grüße", "Danke und Gruß"),
                List.of(
                        "Die Bestellnummer lautet {order}. Brauchen Sie noch etwas?",
                        "Ich habe es wie vorgeschlagen probiert, hier die gewünschten Angaben.",
                        "Gibt es hierzu schon Neuigkeiten? Ich warte seit ein paar Tagen.",
                        "Im Anhang ein Screenshot der Fehlermeldung."),
                List.of(
                        "Leider tritt das Problem seit heute Morgen wieder auf.",
                        "Entschuldigung, dass ich mich nochmal melde, aber es funktioniert immer noch nicht."),
                List.of("Hallo {name},", "Guten Tag {name},", "Liebe(r) {name},"),
                List.of(
                        "Melden Sie sich gern, wenn wir noch etwas tun können.",
                        "Freundliche Grüße",
                        "Einen schönen Tag noch!"),
                List.of(
                        "Könnten Sie uns die Seriennummer auf der Rückseite des Geräts schicken?",
                        "Können Sie uns die E-Mail-Adresse des Kontos und die letzten vier Ziffern der Karte bestätigen?",
                        "Seit wann tritt das auf, und hat sich bei Ihnen etwas geändert?"),
                List.of(
                        "Danke für die Angaben. Ich habe das an unsere Fachabteilung weitergegeben und melde mich, sobald ich Rückmeldung habe.",
                        "Ich kümmere mich noch darum und melde mich spätestens am nächsten Werktag."),
                topics(
                        t(
                                List.of(
                                        "Internet seit gestern Abend ausgefallen",
                                        "Router verliert ständig die Verbindung",
                                        "Keine Verbindung nach Firmware-Update der {device}"),
                                List.of(
                                        "Seit gestern Abend haben wir kein Internet. Die {device} leuchtet rot, ein Neustart hat nicht geholfen.",
                                        "Die Verbindung bricht alle paar Minuten ab, Videokonferenzen sind so unmöglich. Das ganze Büro ist betroffen.",
                                        "Nach dem automatischen Firmware-Update verbindet sich die {device} nicht mehr. Die WAN-LED blinkt dauerhaft."),
                                List.of(
                                        "Entschuldigen Sie die Unannehmlichkeiten. In Ihrer Region gab es eine Störung, die inzwischen behoben ist.",
                                        "Ich habe eine neue Konfiguration auf Ihre {device} übertragen. Bitte starten Sie sie einmal neu.",
                                        "Wir haben die Firmware Ihres Geräts zurückgesetzt; die Verbindung sollte wieder stabil sein.")),
                        t(
                                List.of(
                                        "Anmeldung nicht möglich",
                                        "E-Mail zum Zurücksetzen des Passworts kommt nicht an",
                                        "Nach Handywechsel ausgesperrt (Zwei-Faktor)"),
                                List.of(
                                        "Ich kann mich nicht mehr anmelden, angeblich ist mein Passwort falsch, obwohl ich es gerade zurückgesetzt habe.",
                                        "Ich habe dreimal ein neues Passwort angefordert, aber die E-Mail kommt nicht an, auch nicht im Spam.",
                                        "Ich habe ein neues Handy und bekomme keine Zwei-Faktor-Codes mehr. Jetzt bin ich ausgesperrt."),
                                List.of(
                                        "Ich habe Ihr Konto entsperrt und Ihnen einen neuen Link zum Zurücksetzen geschickt, er ist eine Stunde gültig.",
                                        "Unser Mailanbieter hatte heute Morgen Verzögerungen; ich habe die E-Mail eben erneut gesendet.",
                                        "Ich habe die Zwei-Faktor-Einrichtung zurückgesetzt. Bei der nächsten Anmeldung können Sie Ihr neues Handy registrieren.")),
                        t(
                                List.of(
                                        "Doppelte Abbuchung für Rechnung {invoice}",
                                        "Frage zu meiner letzten Rechnung",
                                        "Falsche Umsatzsteuer auf Rechnung {invoice}"),
                                List.of(
                                        "Für die Rechnung {invoice} wurden mir zweimal {amount} € abgebucht.",
                                        "Die letzte Rechnung ist {amount} € höher als sonst und ich verstehe die zusätzlichen Posten nicht.",
                                        "Auf Rechnung {invoice} ist Umsatzsteuer ausgewiesen, obwohl wir unsere USt-IdNr. angegeben haben."),
                                List.of(
                                        "Sie haben recht, die zweite Abbuchung über {amount} € war ein Fehler. Der Betrag ist in 3 bis 5 Werktagen wieder auf Ihrem Konto.",
                                        "Der Unterschied entsteht durch das anteilige Upgrade zur Monatsmitte. Eine Aufstellung finden Sie im Anhang.",
                                        "Ich habe die Rechnung {invoice} ohne Umsatzsteuer neu ausgestellt und an Ihre Rechnungsadresse geschickt.")),
                        t(
                                List.of(
                                        "Erstattung für Bestellung {order}",
                                        "Ware beschädigt angekommen – bitte Geld zurück",
                                        "Warte immer noch auf meine Erstattung"),
                                List.of(
                                        "Ich habe die Bestellung {order} vor zwei Wochen zurückgeschickt, aber die {amount} € noch nicht erstattet bekommen.",
                                        "Der Artikel aus Bestellung {order} kam kaputt an. Ich möchte keinen Ersatz, sondern mein Geld zurück.",
                                        "Sie haben meine Rücksendung vor Wochen bestätigt. Wo bleibt mein Geld?"),
                                List.of(
                                        "Ihre Erstattung über {amount} € für Bestellung {order} wurde freigegeben und auf Ihr ursprüngliches Zahlungsmittel überwiesen.",
                                        "Es tut mir leid, dass der Artikel beschädigt ankam. Sie erhalten den vollen Betrag zurück und müssen nichts zurückschicken.",
                                        "Die Erstattung hing bei unserem Zahlungsdienstleister fest; sie ist jetzt durchgegangen.")),
                        t(
                                List.of(
                                        "Wo bleibt meine Bestellung {order}?",
                                        "Sendungsnummer {tracking} wird nicht aktualisiert",
                                        "Lieferadresse für Bestellung {order} ändern"),
                                List.of(
                                        "Meine Bestellung {order} sollte am Dienstag kommen, die Sendungsverfolgung steht seitdem still.",
                                        "Die Sendungsnummer {tracking} zeigt seit fünf Tagen nur \"Versandetikett erstellt\".",
                                        "Ich bin letzte Woche umgezogen. Können Sie die Lieferadresse für Bestellung {order} noch ändern?"),
                                List.of(
                                        "Der Paketdienst hatte eine Verzögerung im Verteilzentrum; Ihr Paket {tracking} ist jetzt in der Zustellung.",
                                        "Ich habe einen Nachforschungsauftrag gestellt. Bewegt sich das Paket in 48 Stunden nicht, schicken wir Ersatz.",
                                        "Ich habe die Lieferadresse für Bestellung {order} geändert; sie hat unser Lager noch nicht verlassen."))));
    }

    private static PhraseBank spanish() {
        return new PhraseBank(
                "es",
                List.of("Hola,", "Buenos días,", "Estimado equipo de soporte:"),
                List.of("Gracias de antemano.", "Un saludo,", "Quedo a la espera de su respuesta."),
                List.of(
                        "Claro, el número de pedido es {order}.",
                        "He probado lo que me indicaron; aquí tienen los datos que pidieron.",
                        "¿Hay alguna novedad? Llevo varios días esperando.",
                        "Adjunto una captura de pantalla del error."),
                List.of(
                        "Lamentablemente el problema ha vuelto desde esta mañana.",
                        "Siento reabrir el caso, pero sigue sin funcionar."),
                List.of("Hola {name}:", "Buenos días, {name}:", "Estimado/a {name}:"),
                List.of(
                        "Si necesita algo más, no dude en escribirnos.",
                        "Un cordial saludo,",
                        "¡Que tenga un buen día!"),
                List.of(
                        "¿Podría enviarnos el número de serie que aparece en la parte trasera del equipo?",
                        "¿Puede confirmarnos el correo de la cuenta y los últimos cuatro dígitos de la tarjeta?",
                        "¿Desde cuándo ocurre y ha cambiado algo por su parte?"),
                List.of(
                        "Gracias por los datos. Lo he trasladado a nuestro equipo especializado y le escribiré en cuanto tenga respuesta.",
                        "Sigo revisando el caso y le responderé en un día hábil como máximo."),
                topics(
                        t(
                                List.of(
                                        "Sin internet desde anoche",
                                        "El router pierde la conexión constantemente",
                                        "Sin conexión tras actualizar el {device}"),
                                List.of(
                                        "Desde anoche no tenemos internet. El {device} tiene la luz roja y reiniciarlo no ha servido.",
                                        "La conexión se corta cada pocos minutos y no podemos hacer videollamadas en la oficina.",
                                        "Después de la actualización automática el {device} ya no se conecta."),
                                List.of(
                                        "Disculpe las molestias. Hubo una avería en su zona que ya está resuelta.",
                                        "He enviado una nueva configuración a su {device}. Reinícielo una vez y debería conectarse en cinco minutos.",
                                        "Hemos revertido el firmware de su equipo; la conexión debería ser estable de nuevo.")),
                        t(
                                List.of(
                                        "No puedo iniciar sesión",
                                        "No me llega el correo para restablecer la contraseña",
                                        "Bloqueado tras cambiar de móvil (verificación en dos pasos)"),
                                List.of(
                                        "No puedo entrar en mi cuenta; dice que la contraseña es incorrecta aunque acabo de cambiarla.",
                                        "He pedido restablecer la contraseña tres veces y el correo no llega, tampoco al spam.",
                                        "Cambié de móvil y ya no recibo los códigos de verificación, así que no puedo entrar."),
                                List.of(
                                        "He desbloqueado su cuenta y le he enviado un nuevo enlace para restablecer la contraseña.",
                                        "Nuestro proveedor de correo tuvo retrasos esta mañana; acabo de reenviarle el correo.",
                                        "He restablecido la verificación en dos pasos. En el próximo inicio de sesión podrá registrar su nuevo móvil.")),
                        t(
                                List.of(
                                        "Cobro duplicado de la factura {invoice}",
                                        "Duda sobre mi última factura",
                                        "IVA incorrecto en la factura {invoice}"),
                                List.of(
                                        "Me han cobrado dos veces la factura {invoice}, {amount} € cada vez.",
                                        "La última factura es {amount} € más alta de lo normal y no entiendo los conceptos nuevos.",
                                        "La factura {invoice} incluye IVA aunque les dimos nuestro NIF intracomunitario."),
                                List.of(
                                        "Tiene razón, el segundo cargo de {amount} € fue un error. Se lo hemos devuelto; lo verá en 3 a 5 días hábiles.",
                                        "La diferencia se debe a la mejora de plan prorrateada a mitad de mes. Le adjunto el desglose.",
                                        "He emitido de nuevo la factura {invoice} sin IVA y se la he enviado.")),
                        t(
                                List.of(
                                        "Reembolso del pedido {order}",
                                        "El artículo llegó dañado, quiero la devolución del dinero",
                                        "Sigo esperando mi reembolso"),
                                List.of(
                                        "Devolví el pedido {order} hace dos semanas y todavía no he recibido los {amount} €.",
                                        "El artículo del pedido {order} llegó roto. Quiero el reembolso completo, no un cambio.",
                                        "Confirmaron mi devolución hace semanas. ¿Dónde está mi dinero?"),
                                List.of(
                                        "Su reembolso de {amount} € del pedido {order} está aprobado y se ha enviado al método de pago original.",
                                        "Lamento que el artículo llegara dañado. Le hemos devuelto el importe completo y no necesita enviarlo.",
                                        "El reembolso se retrasó en nuestro proveedor de pagos; ya se ha procesado.")),
                        t(
                                List.of(
                                        "¿Dónde está mi pedido {order}?",
                                        "El seguimiento {tracking} no se actualiza",
                                        "Cambiar la dirección de entrega del pedido {order}"),
                                List.of(
                                        "Mi pedido {order} debía llegar el martes y el seguimiento no ha cambiado desde entonces.",
                                        "El número de seguimiento {tracking} lleva cinco días en \"etiqueta creada\".",
                                        "Me mudé la semana pasada. ¿Pueden cambiar la dirección de entrega del pedido {order}?"),
                                List.of(
                                        "La empresa de transporte tuvo un retraso en el centro de clasificación; su paquete {tracking} ya está en reparto.",
                                        "He abierto una reclamación con el transportista. Si el paquete no se mueve en 48 horas le enviaremos otro.",
                                        "He actualizado la dirección de entrega del pedido {order}; aún no había salido del almacén."))));
    }

    private static PhraseBank french() {
        return new PhraseBank(
                "fr",
                List.of("Bonjour,", "Madame, Monsieur,", "Bonjour l'équipe support,"),
                List.of("Merci d'avance.", "Cordialement,", "Dans l'attente de votre réponse,"),
                List.of(
                        "Bien sûr, le numéro de commande est {order}.",
                        "J'ai essayé ce que vous m'avez conseillé, voici les informations demandées.",
                        "Avez-vous du nouveau ? J'attends depuis plusieurs jours.",
                        "Vous trouverez en pièce jointe une capture d'écran de l'erreur."),
                List.of(
                        "Malheureusement le problème est revenu depuis ce matin.",
                        "Désolé de rouvrir la demande, mais cela ne fonctionne toujours pas."),
                List.of("Bonjour {name},", "Bonjour {name}, merci pour votre message."),
                List.of("N'hésitez pas à revenir vers nous si besoin.", "Bien cordialement,", "Excellente journée !"),
                List.of(
                        "Pourriez-vous nous envoyer le numéro de série indiqué au dos de l'appareil ?",
                        "Pouvez-vous confirmer l'adresse e-mail du compte et les quatre derniers chiffres de la carte ?",
                        "Depuis quand le problème se produit-il et avez-vous changé quelque chose ?"),
                List.of(
                        "Merci pour ces informations. J'ai transmis votre demande à notre équipe spécialisée et reviens vers vous dès que possible.",
                        "Je suis toujours en train de vérifier et vous réponds au plus tard sous un jour ouvré."),
                topics(
                        t(
                                List.of(
                                        "Plus d'internet depuis hier soir",
                                        "La box perd sans arrêt la connexion",
                                        "Plus de connexion après la mise à jour du {device}"),
                                List.of(
                                        "Depuis hier soir nous n'avons plus internet. Le {device} affiche un voyant rouge et le redémarrage n'a rien changé.",
                                        "La connexion coupe toutes les quelques minutes, impossible de faire des visioconférences.",
                                        "Depuis la mise à jour automatique, le {device} ne se connecte plus."),
                                List.of(
                                        "Veuillez nous excuser pour la gêne occasionnée. Un incident touchait votre secteur, il est maintenant résolu.",
                                        "J'ai envoyé une nouvelle configuration à votre {device}. Redémarrez-le une fois, la connexion devrait revenir.",
                                        "Nous avons réinstallé la version précédente du firmware ; la connexion devrait être stable.")),
                        t(
                                List.of(
                                        "Impossible de me connecter",
                                        "Je ne reçois pas l'e-mail de réinitialisation du mot de passe",
                                        "Bloqué après un changement de téléphone (double authentification)"),
                                List.of(
                                        "Je n'arrive plus à me connecter : le mot de passe serait incorrect alors que je viens de le changer.",
                                        "J'ai demandé trois fois la réinitialisation du mot de passe mais l'e-mail n'arrive pas, même dans les spams.",
                                        "J'ai changé de téléphone et je ne reçois plus les codes de vérification."),
                                List.of(
                                        "J'ai débloqué votre compte et vous ai envoyé un nouveau lien de réinitialisation, valable une heure.",
                                        "Notre prestataire e-mail a eu des retards ce matin ; je viens de renvoyer le message.",
                                        "J'ai réinitialisé la double authentification. Vous pourrez enregistrer votre nouveau téléphone à la prochaine connexion.")),
                        t(
                                List.of(
                                        "Double prélèvement pour la facture {invoice}",
                                        "Question sur ma dernière facture",
                                        "TVA erronée sur la facture {invoice}"),
                                List.of(
                                        "J'ai été prélevé deux fois de {amount} € pour la facture {invoice}.",
                                        "La dernière facture est plus élevée de {amount} € et je ne comprends pas les nouvelles lignes.",
                                        "La facture {invoice} comporte de la TVA alors que nous avons fourni notre numéro de TVA intracommunautaire."),
                                List.of(
                                        "Vous avez raison, le second prélèvement de {amount} € était une erreur. Le remboursement apparaîtra sous 3 à 5 jours ouvrés.",
                                        "La différence vient du changement d'offre au prorata en milieu de mois. Vous trouverez le détail en pièce jointe.",
                                        "J'ai réémis la facture {invoice} sans TVA et l'ai envoyée à votre adresse de facturation.")),
                        t(
                                List.of(
                                        "Remboursement de la commande {order}",
                                        "Article arrivé endommagé, je souhaite être remboursé",
                                        "Toujours pas de remboursement"),
                                List.of(
                                        "J'ai retourné la commande {order} il y a deux semaines et je n'ai toujours pas reçu les {amount} €.",
                                        "L'article de la commande {order} est arrivé cassé. Je souhaite un remboursement complet.",
                                        "Vous avez confirmé mon retour il y a plusieurs semaines. Où en est mon remboursement ?"),
                                List.of(
                                        "Votre remboursement de {amount} € pour la commande {order} a été validé sur votre moyen de paiement d'origine.",
                                        "Je suis désolé que l'article soit arrivé endommagé. Nous vous remboursons intégralement, inutile de le renvoyer.",
                                        "Le remboursement était bloqué chez notre prestataire de paiement ; il est maintenant effectué.")),
                        t(
                                List.of(
                                        "Où est ma commande {order} ?",
                                        "Le suivi {tracking} ne bouge plus",
                                        "Changer l'adresse de livraison de la commande {order}"),
                                List.of(
                                        "Ma commande {order} devait arriver mardi et le suivi n'a pas évolué depuis.",
                                        "Le numéro de suivi {tracking} indique \"étiquette créée\" depuis cinq jours.",
                                        "J'ai déménagé la semaine dernière. Pouvez-vous modifier l'adresse de livraison de la commande {order} ?"),
                                List.of(
                                        "Le transporteur a eu du retard au centre de tri ; votre colis {tracking} est en cours de livraison.",
                                        "J'ai ouvert une enquête auprès du transporteur. Sans mouvement sous 48 heures, nous renverrons la commande.",
                                        "J'ai mis à jour l'adresse de livraison de la commande {order} ; elle n'avait pas encore quitté l'entrepôt."))));
    }

    private static PhraseBank japanese() {
        return new PhraseBank(
                "ja",
                List.of("お世話になっております。", "サポートご担当者様", "いつもお世話になっております。"),
                List.of("よろしくお願いいたします。", "ご確認のほどよろしくお願いいたします。", "お手数をおかけしますが、よろしくお願いします。"),
                List.of(
                        "注文番号は{order}です。ほかに必要な情報があれば教えてください。",
                        "ご案内いただいた方法を試しました。ご依頼の情報をお送りします。",
                        "その後いかがでしょうか。数日待っています。",
                        "エラー画面のスクリーンショットを添付します。"),
                List.of("申し訳ありませんが、今朝からまた同じ問題が起きています。", "再度のご連絡で恐縮ですが、まだ解決していません。"),
                List.of("{name}様", "{name}様、お問い合わせありがとうございます。"),
                List.of("ほかにご不明な点がございましたら、お気軽にお問い合わせください。", "今後ともよろしくお願いいたします。"),
                List.of(
                        "機器の背面に記載されているシリアル番号をお知らせいただけますか。",
                        "ご登録のメールアドレスとカード番号の下4桁をご確認いただけますか。",
                        "いつ頃から発生しているか、また何か変更されたかお知らせください。"),
                List.of("詳細をお知らせいただきありがとうございます。担当部署に確認しておりますので、回答があり次第ご連絡いたします。", "引き続き確認しております。1営業日以内にご連絡いたします。"),
                topics(
                        t(
                                List.of("昨夜からインターネットにつながりません", "ルーターの接続が頻繁に切れます", "{device}のファームウェア更新後に接続できません"),
                                List.of(
                                        "昨夜からインターネットが使えません。{device}のランプが赤く点灯しており、再起動しても直りません。",
                                        "数分おきに接続が切れるため、オンライン会議ができません。オフィス全体で発生しています。",
                                        "自動アップデートの後、{device}が接続できなくなりました。"),
                                List.of(
                                        "ご不便をおかけして申し訳ございません。お客様の地域で発生していた障害は復旧いたしました。",
                                        "{device}に新しい設定を送信しました。一度再起動していただくと、5分ほどで接続されます。",
                                        "ファームウェアを以前のバージョンに戻しました。接続が安定するはずです。")),
                        t(
                                List.of("ログインできません", "パスワード再設定のメールが届きません", "機種変更後に二段階認証でログインできません"),
                                List.of(
                                        "パスワードを再設定したばかりなのに、パスワードが違うと表示されてログインできません。",
                                        "パスワード再設定を3回依頼しましたが、迷惑メールフォルダにもメールが届きません。",
                                        "スマートフォンを機種変更したため、認証コードを受け取れずログインできません。"),
                                List.of(
                                        "アカウントのロックを解除し、新しい再設定リンクをお送りしました。有効期限は1時間です。",
                                        "本日午前、メール配信に遅延が発生しておりました。先ほど再送いたしました。",
                                        "二段階認証の設定をリセットしました。次回ログイン時に新しい端末を登録できます。")),
                        t(
                                List.of("請求書{invoice}が二重に請求されています", "最新の請求書について質問があります", "請求書{invoice}の消費税が誤っています"),
                                List.of(
                                        "請求書{invoice}の代金{amount}円が二重に引き落とされています。",
                                        "今月の請求額がいつもより{amount}円高く、追加項目の内容がわかりません。",
                                        "請求書{invoice}の宛名と税額に誤りがあります。再発行をお願いします。"),
                                List.of(
                                        "ご指摘のとおり、2回目の{amount}円の請求は誤りでした。返金手続きを行いました。",
                                        "月の途中でプランを変更されたため、日割りの差額が発生しております。明細を添付いたします。",
                                        "請求書{invoice}を修正のうえ再発行し、ご登録の住所へお送りしました。")),
                        t(
                                List.of("注文{order}の返金について", "商品が破損して届いたので返金してください", "返金がまだ届いていません"),
                                List.of(
                                        "2週間前に注文{order}を返品しましたが、{amount}円の返金がまだありません。",
                                        "注文{order}の商品が壊れた状態で届きました。交換ではなく全額返金を希望します。",
                                        "返品の受付メールは数週間前に届きましたが、返金はいつになりますか。"),
                                List.of(
                                        "注文{order}の{amount}円の返金を承認し、元のお支払い方法へ返金いたしました。",
                                        "破損した状態でお届けしてしまい申し訳ございません。全額返金いたしますので、返送は不要です。",
                                        "決済代行会社で処理が遅れておりましたが、本日返金が完了しました。")),
                        t(
                                List.of("注文{order}はいつ届きますか", "追跡番号{tracking}が更新されません", "注文{order}の配送先を変更したい"),
                                List.of(
                                        "注文{order}は火曜日に届く予定でしたが、追跡情報がそれ以降更新されていません。",
                                        "追跡番号{tracking}が5日間「伝票発行済み」のままです。",
                                        "先週引っ越しました。注文{order}の配送先を変更できますか。"),
                                List.of(
                                        "配送センターで遅延が発生しておりましたが、お荷物{tracking}は本日配達予定です。",
                                        "配送業者に調査を依頼しました。48時間以内に動きがなければ代替品を発送いたします。",
                                        "注文{order}の配送先を変更しました。まだ倉庫から出荷されておりませんでした。"))));
    }

    private static PhraseBank portuguese() {
        return new PhraseBank(
                "pt-BR",
                List.of("Olá,", "Bom dia,", "Prezada equipe de suporte,"),
                List.of("Desde já agradeço.", "Atenciosamente,", "Aguardo retorno."),
                List.of(
                        "Claro, o número do pedido é {order}.",
                        "Fiz o que vocês sugeriram, seguem as informações solicitadas.",
                        "Alguma novidade? Já faz alguns dias.",
                        "Segue em anexo um print da mensagem de erro."),
                List.of(
                        "Infelizmente o problema voltou desde hoje de manhã.",
                        "Desculpe reabrir o chamado, mas continua sem funcionar."),
                List.of("Olá, {name}!", "Oi {name}, tudo bem?", "Prezado(a) {name},"),
                List.of("Qualquer dúvida, estamos à disposição.", "Abraços,", "Tenha um ótimo dia!"),
                List.of(
                        "Você pode nos enviar o número de série que fica na parte de trás do aparelho?",
                        "Pode confirmar o e-mail da conta e os quatro últimos dígitos do cartão?",
                        "Desde quando isso acontece e houve alguma mudança do seu lado?"),
                List.of(
                        "Obrigado pelas informações. Encaminhei para a equipe responsável e retorno assim que tiver novidades.",
                        "Ainda estou verificando e retorno em até um dia útil."),
                topics(
                        t(
                                List.of(
                                        "Sem internet desde ontem à noite",
                                        "Roteador caindo a conexão toda hora",
                                        "Sem conexão após atualização do {device}"),
                                List.of(
                                        "Estamos sem internet desde ontem à noite. O {device} está com a luz vermelha e reiniciar não resolveu.",
                                        "A conexão cai a cada poucos minutos e não conseguimos fazer chamadas de vídeo no escritório.",
                                        "Depois da atualização automática o {device} não conecta mais."),
                                List.of(
                                        "Pedimos desculpas pelo transtorno. Houve uma falha na sua região que já foi resolvida.",
                                        "Enviei uma nova configuração para o seu {device}. Reinicie uma vez e ele deve conectar em cinco minutos.",
                                        "Revertemos o firmware do seu aparelho; a conexão deve ficar estável de novo.")),
                        t(
                                List.of(
                                        "Não consigo entrar na minha conta",
                                        "O e-mail de redefinição de senha não chega",
                                        "Bloqueado depois de trocar de celular (verificação em duas etapas)"),
                                List.of(
                                        "Não consigo fazer login, diz que a senha está errada mas acabei de redefini-la.",
                                        "Pedi a redefinição de senha três vezes e o e-mail não chega, nem no spam.",
                                        "Troquei de celular e não recebo mais os códigos de verificação."),
                                List.of(
                                        "Desbloqueei sua conta e enviei um novo link de redefinição, válido por uma hora.",
                                        "Nosso provedor de e-mail teve atrasos hoje cedo; acabei de reenviar a mensagem.",
                                        "Redefini a verificação em duas etapas. No próximo login você poderá cadastrar o novo celular.")),
                        t(
                                List.of(
                                        "Cobrança em duplicidade da fatura {invoice}",
                                        "Dúvida sobre a minha última fatura",
                                        "Imposto errado na fatura {invoice}"),
                                List.of(
                                        "Fui cobrado duas vezes pela fatura {invoice}, R$ {amount} cada.",
                                        "A última fatura veio R$ {amount} mais alta e não entendi os itens novos.",
                                        "A fatura {invoice} está com o CNPJ errado. Podem emitir uma nova?"),
                                List.of(
                                        "Você tem razão, a segunda cobrança de R$ {amount} foi um erro. O estorno aparece em 3 a 5 dias úteis.",
                                        "A diferença é do upgrade proporcional no meio do mês. Segue o detalhamento em anexo.",
                                        "Reemiti a fatura {invoice} com os dados corretos e enviei para o seu e-mail.")),
                        t(
                                List.of(
                                        "Reembolso do pedido {order}",
                                        "Produto chegou danificado, quero meu dinheiro de volta",
                                        "Ainda aguardando meu reembolso"),
                                List.of(
                                        "Devolvi o pedido {order} há duas semanas e ainda não recebi os R$ {amount}.",
                                        "O produto do pedido {order} chegou quebrado. Quero o reembolso total, não a troca.",
                                        "Vocês confirmaram a devolução há semanas. Cadê o meu dinheiro?"),
                                List.of(
                                        "Seu reembolso de R$ {amount} do pedido {order} foi aprovado e enviado para a forma de pagamento original.",
                                        "Sinto muito pelo produto danificado. Fizemos o reembolso total e não é preciso devolvê-lo.",
                                        "O reembolso estava parado no nosso intermediador de pagamento; agora foi concluído.")),
                        t(
                                List.of(
                                        "Cadê o meu pedido {order}?",
                                        "Rastreio {tracking} não atualiza",
                                        "Alterar endereço de entrega do pedido {order}"),
                                List.of(
                                        "Meu pedido {order} deveria chegar na terça e o rastreio não mudou desde então.",
                                        "O código de rastreio {tracking} está há cinco dias como \"etiqueta emitida\".",
                                        "Mudei de endereço semana passada. Ainda dá para alterar a entrega do pedido {order}?"),
                                List.of(
                                        "A transportadora teve um atraso no centro de distribuição; seu pacote {tracking} já saiu para entrega.",
                                        "Abri uma reclamação com a transportadora. Se o pacote não andar em 48 horas, enviaremos outro.",
                                        "Atualizei o endereço de entrega do pedido {order}; ele ainda não tinha saído do estoque."))));
    }
}
