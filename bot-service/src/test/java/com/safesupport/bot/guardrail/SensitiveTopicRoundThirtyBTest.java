package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 30b (issue 14): round 30's sensitive-topic rules brought back without its two fraud patterns (a code given to a
 * caller, a stolen card in use: ordinary card questions), and widened to a relative lost in other words and languages,
 * not wanting to go on in five languages, money controlled by someone close, a serious illness, legal action in other
 * languages and money sent to someone known only online. Sentences written for this test, none from a dataset or from
 * the round's written conversations; look-alikes beside them, and hostile inputs.
 */
class SensitiveTopicRoundThirtyBTest {

    private static void sensitive(String category, String text) {
        assertEquals(Optional.of(category), SensitiveTopicDetector.detect(text), text);
    }

    private static void notSensitive(String text) {
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect(text), text);
    }

    @Test
    void aRelativeLost() {
        sensitive("bereavement", "Sadly I lost my husband in the spring.");
        sensitive("bereavement", "Ever since Mum passed I've not opened the post.");
        sensitive("bereavement", "We lost her just before Christmas and the bills keep coming.");
        sensitive("bereavement", "My uncle passed on Tuesday, who do I tell?");
        sensitive("bereavement", "Ma mère est décédée le mois dernier.");
        sensitive("bereavement", "Mi padre falleció y tenía una cuenta con ustedes.");
        sensitive("bereavement", "Mijn oma is overleden, hoe sluit ik haar rekening?");
    }

    @Test
    void notWantingToGoOn() {
        sensitive("self-harm", "Sometimes I feel there's no point in carrying on.");
        sensitive("self-harm", "My kids would be better off without me.");
        sensitive("self-harm", "They'd all be better off if I weren't here.");
        sensitive("self-harm", "I can't see any point in living like this.");
        sensitive("self-harm", "Ya no quiero vivir así.");
        sensitive("self-harm", "Je veux en finir, tout va mal.");
        sensitive("self-harm", "Ich möchte nicht mehr leben.");
        sensitive("self-harm", "Ik zou er liever niet meer zijn.");
        sensitive("self-harm", "Prefiero no despertar nunca más.");
    }

    @Test
    void moneyControlledBySomeoneClose() {
        sensitive("vulnerability", "He forces me to transfer my benefits to his account.");
        sensitive("vulnerability", "My boyfriend took my bank card away from me.");
        sensitive("vulnerability", "She monitors every purchase I make and shouts if I spend.");
        sensitive("vulnerability", "I'm scared of my husband finding out about this account.");
        sensitive("vulnerability", "My flatmate threatened me when I asked for the rent back.");
    }

    @Test
    void aSeriousIllnessOrACondition() {
        sensitive("vulnerability", "I've got a brain injury and forms are hard for me.");
        sensitive("vulnerability", "My betting addiction has got out of hand.");
        sensitive("vulnerability", "I'm slowly going deaf and phone calls are impossible.");
        sensitive("vulnerability", "Since I had a heart attack I've not been able to work.");
        sensitive("vulnerability", "My wife has been diagnosed with multiple sclerosis.");
        sensitive("vulnerability", "My mother can no longer manage her finances.");
    }

    @Test
    void legalActionAndRegulators() {
        sensitive("legal-threat", "This is going to the Financial Ombudsman and the FCA.");
        sensitive("legal-threat", "Fine, I'll take the bank to court.");
        sensitive("legal-threat", "I've started legal proceedings over the missing money.");
        sensitive("legal-threat", "Mi abogado se pondrá en contacto con ustedes.");
        sensitive("legal-threat", "Ik stap naar de rechter als dit niet opgelost wordt.");
    }

    @Test
    void moneySentToSomeoneKnownOnlyOnline() {
        sensitive("fraud-in-progress", "The woman I've been talking to online needs money for her visa.");
        sensitive("fraud-in-progress", "I've paid him four times but I've never met him in person.");
    }

    @Test
    void ordinaryCardAndPaymentQuestionsStaySilent() {
        // Round 30's reverted fraud patterns read these as fraud in progress; they are ordinary, answerable questions.
        notSensitive("My card was stolen last night, how do I block it?");
        notSensitive("My purse was stolen and they've been using my card in shops, what do I do?");
        notSensitive("I gave the shop my card details for the deposit, is that safe?");
        notSensitive("I told the assistant my PIN by mistake, should I change it?");
        notSensitive("I want to report my card stolen to the police, do you need the reference?");
        notSensitive("I lost my dad's card, can I report it for him?");
        notSensitive("I've lost my wallet and my phone.");
        notSensitive("I lost it in the taxi, can you cancel it?");
    }

    @Test
    void wordsThatOnlyLookSensitiveStaySilent() {
        notSensitive("My phone died while I was paying, was the payment taken?");
        notSensitive("The card reader has just died on me, can I pay online?");
        notSensitive("My son passed his driving test, can I add him to my car insurance payments?");
        notSensitive("Your app is killing it, how do I invite a friend?");
        notSensitive("I need a statement for a court hearing next week.");
        notSensitive("How do I update my legal name on the account?");
        notSensitive("How do I set up a gambling block on my card?");
        notSensitive("Is there no point paying extra off my mortgage?");
        notSensitive("I can't keep going to the branch, can I do this online?");
        notSensitive("I wasn't around when the courier came, can you resend the card?");
        notSensitive("The machine took my card from me and didn't give it back.");
        notSensitive("Can I see the point balance of my rewards any more?");
        notSensitive("I met the seller in person and paid cash, can I get a receipt?");
        notSensitive("Is my late payment going to cost me a fee?");
    }

    @Test
    void theRulesAreLinearInTheInput() {
        RuleLinearity.assertLinear("lost him passed my dad has passed on en finir niet meer ", t -> SensitiveTopicDetector.detect(t).isPresent());
        RuleLinearity.assertLinear("better off if i weren't see the point in takes my card off ", t -> SensitiveTopicDetector.detect(t).isPresent());
        RuleLinearity.assertLinear("phone battery died has just died stolen someone using ", t -> SensitiveTopicDetector.detect(t).isPresent());
        RuleLinearity.assertLinear("the man i met online never met him in a stroke legal ", t -> SensitiveTopicDetector.detect(t).isPresent());
    }
}
