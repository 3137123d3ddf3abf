package com.safesupport.redaction.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The recognisers every deployment has. All of them are hand-written scanners over the scan's shared views
 * (digit runs, word tokens, context hits) or RE2/J on one short token: no backtracking regular expression
 * ever runs on a caller's text, so detection is linear in the text's length by construction. Shapes are
 * written for the normalised text (see {@link TextNormalizer}).
 */
public final class BuiltInRecognizers {

    private BuiltInRecognizers() {
    }

    /**
     * @param names the learned name, place and NRP model for English; null when English is not configured
     */
    public static List<Recognizer> all(Gazetteer gazetteer, List<String> phoneRegions, NameModel names) {
        return all(gazetteer, phoneRegions, names, null);
    }

    /**
     * @param names the learned name, place and NRP model for English; null when English is not configured
     * @param support round rm3's support model beside it (its person runs through {@link SupportNameGate}); null: none
     */
    public static List<Recognizer> all(Gazetteer gazetteer, List<String> phoneRegions, NameModel names, NameModel support) {
        List<Recognizer> all = new ArrayList<>();
        all.add(new EmailRecognizers.Written(gazetteer));
        all.add(new EmailRecognizers.Spelled(gazetteer));
        PhoneRecognizer phones = new PhoneRecognizer(phoneRegions);
        all.add(phones);
        all.add(new SpelledPhoneRecognizer(phones));
        all.add(new NumberRecognizers.Card());
        all.add(new IbanRecognizer());
        all.add(new SpacedOutRecognizer(gazetteer));
        all.add(new NumberRecognizers.Ssn());
        all.add(new NumberRecognizers.Itin());
        all.add(new NumberRecognizers.Nhs());
        all.add(new CodeRecognizers.Nino());
        all.add(new CodeRecognizers.ContextIds("PassportRecognizer", "PASSPORT"));
        all.add(new CodeRecognizers.ContextIds("UsDriverLicenseRecognizer", "US_DRIVER_LICENSE"));
        all.add(new CodeRecognizers.MedicalLicense());
        all.add(new NumberRecognizers.Ipv4());
        all.add(new NetworkRecognizers.Ipv6());
        all.add(new NetworkRecognizers.Mac());
        all.add(new LogUserRecognizer(gazetteer));
        all.add(new NetworkRecognizers.Url());
        all.add(new NetworkRecognizers.Domain(gazetteer));
        all.add(new DateRecognizer());
        all.add(new AddressRecognizer(gazetteer));
        all.add(new ZipCodeRecognizer());
        all.add(new CodeRecognizers.Age());
        all.add(new NumberRecognizers.BankAccount());
        all.add(new NumberRecognizers.Routing());
        all.add(new NationalIdRecognizers.Digits());
        all.add(new NationalIdRecognizers.Codes());
        all.add(new DocumentShapeRecognizer());
        all.add(new PlateWordRecognizer());
        all.add(new HandleRecognizer());
        all.add(new CodeRecognizers.Crypto());
        all.add(new CodeRecognizers.SecretAfterKeyword());
        all.add(new CodeRecognizers.SecretShapes());
        if (names != null) {
            all.add(new NameModelRecognizer(names, support));
            all.add(new CjkNameRecognizer());
        }
        return all;
    }
}
