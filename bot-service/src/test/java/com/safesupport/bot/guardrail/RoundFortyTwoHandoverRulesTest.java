package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 42 (issue 14): round 41's candidate (commit 664df4c) unchanged, judged by the fresh held-out set r42h; its
 * test class renamed from round 41's. Round 41: round 40's hand-over rules of families A and B (commit d05dcd7, re-applied without its calm
 * "that didn't answer" family), each with the sentences it must fire on, look-alikes that must stay silent and a
 * linear-time check ({@link RuleLinearity}, 16 times the text): a person of the bank's asked to get in touch, whom to
 * turn to; a victim's two-part story (paid or gave away, then lost), card details typed into a link, someone posing
 * beside money sent; debts fallen behind on, collectors; treatment, a hospital stay, sick leave; a partner controlling
 * the money; being sued, summoned or visited by a bailiff; a death said as "left us"; wondering whether carrying on is
 * worth it. Sentences written for round 40's test, none from a dataset or from a written conversation set (r40h is held
 * out; r38, r38h and r39h are the tune sets).
 */
class RoundFortyTwoHandoverRulesTest {

    private static void sensitive(String category, String text) {
        assertEquals(Optional.of(category), SensitiveTopicDetector.detect(text), text);
    }

    private static void notSensitive(String text) {
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect(text), text);
    }

    private static void asks(String rule, String text) {
        assertEquals(Optional.of(rule), HumanRequestDetector.rule(text), text);
    }

    private static void asksNobody(String text) {
        assertEquals(Optional.empty(), HumanRequestDetector.rule(text), text);
    }

    @Test
    void aPersonOfTheBanksAskedToGetInTouch() {
        asks("bank-person-to-contact", "Would somebody at your card team be able to discuss the new limit with me?");
        asks("bank-person-to-contact", "J'aimerais que quelqu'un de votre agence me rappelle au sujet du prêt.");
        asks("bank-person-to-contact", "Kann mich jemand aus Ihrer Kreditabteilung heute noch anrufen?");
        asks("bank-person-to-contact", "Kan iemand van jullie afdeling hypotheken mij vandaag bellen?");
        asks("bank-person-to-contact", "¿Podría alguien de su oficina contactar conmigo mañana por la tarde?");
        // A practice asked about, a person who is not the bank's, nobody asked to act.
        asksNobody("Will anyone from your bank ever contact my employer about the loan?");
        asksNobody("Does someone of your staff see my messages in the app?");
        asksNobody("Can someone from my family contact the bank for me?");
        asksNobody("Jemand aus Ihrer Filiale hat mir gestern sehr gut geholfen, danke.");
    }

    @Test
    void whomToTurnTo() {
        asks("whom-to-turn-to", "Who should I take this up with, the branch or head office?");
        asks("whom-to-turn-to", "Which team do I need to get in touch with about a standing order mistake?");
        asks("whom-to-turn-to", "¿Con quién debo hablar sobre un cargo duplicado?");
        asks("whom-to-turn-to", "À qui est-ce que je dois m'adresser pour une erreur de virement ?");
        asks("whom-to-turn-to", "An wen kann ich mich wegen einer falschen Abbuchung wenden?");
        asks("whom-to-turn-to", "Bij wie kan ik terecht met een vraag over mijn pas?");
        // Who did something, who a payment goes to, a product for whom.
        asksNobody("Who should I name as the beneficiary on the form?");
        asksNobody("Which team won the match on the advert?");
        asksNobody("À qui appartient ce compte d'épargne, à moi ou à mon fils ?");
        asksNobody("Mit wem teile ich das Konto, wenn ich eine Zweitkarte bestelle?");
    }

    @Test
    void aVictimsStory() {
        sensitive("fraud-in-progress", "We transferred the deposit for a holiday flat and now the listing has disappeared.");
        sensitive("fraud-in-progress", "I sent a courier fee to a seller and then he blocked me everywhere.");
        sensitive("fraud-in-progress", "Ich habe 1.200 Euro an einen Onlineshop überwiesen und die Ware ist nie gekommen, der Shop ist verschwunden.");
        sensitive("fraud-in-progress", "After I clicked a link in an email I entered my login details on the page.");
        sensitive("fraud-in-progress", "A fake broker got me to put my pension into his fund and I sent him the money.");
        sensitive("fraud-in-progress", "Someone posing as my nephew messaged me and I paid his phone bill.");
        // Paid and it went through, a link followed with nothing given, a fake asked about.
        notSensitive("I paid the plumber by transfer and it has gone through fine.");
        notSensitive("I sent the money yesterday, when will it arrive?");
        notSensitive("I clicked the link in your email to see the new terms.");
        notSensitive("How can I tell a fake broker from a real one?");
        notSensitive("Is the app showing a fake balance when it is still loading?");
    }

    @Test
    void debtsFallenBehindOn() {
        sensitive("financial-hardship", "I'm two months behind with the mortgage and I don't know where to turn.");
        sensitive("financial-hardship", "We have not been able to pay the loan since the shop closed.");
        sensitive("financial-hardship", "Debt collectors keep ringing me at work about the old card.");
        sensitive("financial-hardship", "I keep borrowing on one card to pay off the other.");
        // Behind a page, a payment the app refuses, collectors as a word of a product.
        notSensitive("The balance shown is behind by a day, is that normal?");
        notSensitive("I can't make a payment in the app, the button is grey.");
        notSensitive("Do you sell my debt to collectors if I pay late once?");
    }

    @Test
    void illnessTreatmentAndControl() {
        sensitive("vulnerability", "I'm undergoing radiotherapy and can't get to the branch to sign.");
        sensitive("vulnerability", "My dad is too ill to deal with his post and bills any more.");
        sensitive("vulnerability", "Mijn vader ligt sinds gisteren in het ziekenhuis.");
        sensitive("vulnerability", "Ich bin seit Wochen krankgeschrieben und verliere den Überblick.");
        sensitive("vulnerability", "My boyfriend checks my statements and goes through my spending every week.");
        // A product for illness, a hospital as a place, a statement checked by the customer.
        notSensitive("Does your card give a discount at the hospital car park?");
        notSensitive("Is there cover for sick pay in the business account package?");
        notSensitive("How often do I need to check my statements for errors?");
    }

    @Test
    void suedSummonedOrABailiff() {
        sensitive("legal-threat", "I'm being sued by my old employer and need help with the account.");
        sensitive("legal-threat", "I have received a summons about the credit card balance.");
        sensitive("legal-threat", "The bailiffs are coming on Monday for the council tax.");
        // Words of the law as information or in other senses.
        notSensitive("What does a bailiff's fee look like on a statement?");
        notSensitive("Can I pay a court fee with my debit card?");
        notSensitive("Is a summons a valid proof of address?");
    }

    @Test
    void aDeathAndNotWantingToGoOn() {
        sensitive("bereavement", "Notre père nous a quittés en mars, que faire de son livret ?");
        sensitive("bereavement", "Mijn zus is ons vorige week ontvallen.");
        sensitive("self-harm", "I honestly don't know if it's worth going on.");
        notSensitive("Is it worth carrying on paying into the old pension?");
        notSensitive("Le client nous a quitté pour une autre banque ?");
        notSensitive("Is it worth going on the premium plan for travel?");
    }

    @Test
    void theRulesAreLinear() {
        RuleLinearity.assertLinear("i paid sent transferred 1.2.3.4 someone from your team ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("so-called my me paid link clicked entered behind on my ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("someone from your team could who should i which team do i ", HumanRequestDetector::detect, 16);
    }
}
