package com.safesupport.redaction.detect;

import java.util.LinkedHashMap;
import java.util.Map;

/** The entity types the service knows, with what they mean; custom recognisers may add more. */
public final class EntityTypes {

    /** One type: a description for callers and whether it is personal data (counted in accuracy totals). */
    public record Type(String name, String description, boolean personal) {
    }

    public static final Map<String, Type> BUILT_IN;

    static {
        Map<String, Type> m = new LinkedHashMap<>();
        put(m, "PERSON", "A person's name (learned model with name-list features)", true);
        put(m, "EMAIL_ADDRESS", "An e-mail address, also spelled out (\"jane at example dot com\")", true);
        put(m, "PHONE_NUMBER", "A telephone number, validated with libphonenumber", true);
        put(m, "CREDIT_CARD", "A payment card number (Luhn, brand prefixes)", true);
        put(m, "IBAN_CODE", "An international bank account number (country length, mod-97)", true);
        put(m, "US_SSN", "A US social security number (invalid ranges excluded)", true);
        put(m, "UK_NINO", "A UK national insurance number", true);
        put(m, "UK_NHS", "A UK NHS number (mod-11 check digit)", true);
        put(m, "US_ITIN", "A US individual taxpayer identification number (IRS ranges)", true);
        put(m, "MEDICAL_LICENSE", "A US DEA registration number (check digit)", true);
        put(m, "PASSPORT", "A passport number (needs context)", true);
        put(m, "US_DRIVER_LICENSE", "A US driver's licence number (needs context)", true);
        put(m, "IP_ADDRESS", "An IPv4 or IPv6 address", true);
        put(m, "MAC_ADDRESS", "A device's MAC address (six hex pairs with colons or hyphens, or Cisco's dotted quartets)", true);
        put(m, "URL", "A web address with scheme or www", true);
        put(m, "DOMAIN_NAME", "A host or domain name with a known top-level domain", true);
        put(m, "DATE_OF_BIRTH", "A date next to words of birth", true);
        put(m, "DATE_TIME", "A date, day or time", true);
        put(m, "STREET_ADDRESS", "A street address, PO box or apartment", true);
        put(m, "ZIP_CODE", "A ZIP or postcode", true);
        put(m, "LOCATION", "A city, region, country or other place (learned model with GeoNames features)", true);
        put(m, "NRP", "A nationality, religious or political group (learned model)", true);
        put(m, "AGE", "A person's age", true);
        put(m, "BANK_ACCOUNT", "A bank account number (needs context)", true);
        put(m, "ROUTING_NUMBER", "A US ABA routing number (needs context, checksum)", true);
        put(m, "CRYPTO", "A cryptocurrency wallet address (bech32, base58check, 0x)", true);
        put(m, "SECRET", "A password, PIN, API key, token, JWT or private key", true);
        put(m, "AU_ABN", "An Australian business number (mod-89 check; bare digits need context)", true);
        put(m, "AU_ACN", "An Australian company number (check digit; bare digits need context)", true);
        put(m, "AU_TFN", "An Australian tax file number (mod-11 check; bare digits need context)", true);
        put(m, "AU_MEDICARE", "An Australian Medicare card number (check digit; bare digits need context)", true);
        put(m, "IN_AADHAAR", "An Indian Aadhaar number (Verhoeff check; bare digits need context)", true);
        put(m, "PL_PESEL", "A Polish PESEL number (date and check digit; needs context)", true);
        put(m, "KR_RRN", "A Korean resident registration number (date, sex digit, check digit)", true);
        put(m, "TH_TNIN", "A Thai national ID number (province digits, mod-11 check)", true);
        put(m, "IT_VAT_CODE", "An Italian VAT number, partita IVA (office code, Luhn; needs context)", true);
        put(m, "ES_NIF", "A Spanish DNI/NIF (digits and mod-23 letter)", true);
        put(m, "ES_NIE", "A Spanish foreigner's NIE (X/Y/Z, digits, mod-23 letter)", true);
        put(m, "FI_PERSONAL_IDENTITY_CODE", "A Finnish personal identity code, henkilötunnus (date, mod-31 check)", true);
        put(m, "SG_NRIC_FIN", "A Singapore NRIC or FIN (check letter)", true);
        put(m, "SG_UEN", "A Singapore unique entity number (ACRA formats, check letter)", true);
        put(m, "IN_PAN", "An Indian permanent account number (PAN shape)", true);
        put(m, "IT_FISCAL_CODE", "An Italian fiscal code, codice fiscale (shape, check letter)", true);
        put(m, "IN_GSTIN", "An Indian GST identification number (state code, PAN, Z, check character)", true);
        put(m, "KR_FRN", "A Korean foreigner registration number (date, sex digit 5-8, check digit)", true);
        put(m, "KR_BRN", "A Korean business registration number (check digit; bare digits need context)", true);
        put(m, "KR_DRIVER_LICENSE", "A Korean driving licence number (regional office; bare digits need context)", true);
        put(m, "CA_SIN", "A Canadian social insurance number (Luhn; bare digits need context)", true);
        put(m, "IE_PPS", "An Irish PPS number (7 digits, mod-23 check letter, optional second letter)", true);
        put(m, "NL_BSN", "A Dutch citizen service number, burgerservicenummer (elfproef; needs context)", true);
        put(m, "FR_NIR", "A French social security number, NIR (sex, birth month, department, mod-97 key)", true);
        put(m, "BR_CPF", "A Brazilian CPF (two mod-11 check digits; bare digits need context)", true);
        put(m, "SE_PERSONNUMMER", "A Swedish personal identity number, personnummer (date, Luhn; bare digits need context)", true);
        put(m, "DE_TAX_ID", "A German tax identification number, Steuer-ID (digit counts, ISO 7064 check; bare digits need context)", true);
        put(m, "NO_FNR", "A Norwegian national identity number, fødselsnummer or D-number (date, two mod-11 check digits; needs context)", true);
        put(m, "PT_NIF", "A Portuguese personal tax number, NIF (mod-11 check digit; needs context)", true);
        put(m, "TR_NATIONAL_ID", "A Turkish identity number, T.C. kimlik no (two check digits; needs context)", true);
        put(m, "MX_CURP", "A Mexican population registry code, CURP (name letters, birth date, sex, state, check digit)", true);
        put(m, "ZA_ID", "A South African identity number (date, citizenship digit, Luhn; needs context)", true);
        put(m, "DK_CPR", "A Danish CPR number, personnummer (date and four digits, no check since 2007; needs context)", true);
        put(m, "BE_NATIONAL_NUMBER", "A Belgian national number, rijksregisternummer / numéro national (date, serial, mod-97; bare digits need context)", true);
        put(m, "CH_AHV", "A Swiss social-security number, AHV / AVS number (756, EAN-13 check; bare digits need context)", true);
        put(m, "AT_SVNR", "An Austrian social-security number, Sozialversicherungsnummer (serial, check digit, birth date; needs context)", true);
        put(m, "CZ_BIRTH_NUMBER", "A Czech or Slovak birth number, rodné číslo (date, month + 50 for women, mod 11; needs context)", true);
        put(m, "IN_VOTER", "An Indian voter ID, EPIC (3 letters, 7 digits; needs context)", true);
        put(m, "IN_PASSPORT", "An Indian passport number (letter, 7 digits; needs context)", true);
        put(m, "IN_VEHICLE_REGISTRATION", "An Indian vehicle registration (state, RTO district, series, number)", true);
        put(m, "IT_DRIVER_LICENSE", "An Italian driving licence, patente (shape; needs context)", true);
        put(m, "IT_PASSPORT", "An Italian passport number (2 letters, 7 digits; needs context)", true);
        put(m, "IT_IDENTITY_CARD", "An Italian identity card, paper or CIE (shape; needs context)", true);
        put(m, "KR_PASSPORT", "A Korean passport number (M/S/R/O/D, digits, a letter; needs context)", true);
        put(m, "UK_DRIVER_LICENSE", "A UK (DVLA) driving licence number (name, birth date and initials in fixed places)", true);
        put(m, "CA_DRIVER_LICENSE", "An Ontario driver's licence number (a letter, 14 digits ending in the birth date; A1234-56789-01234)", true);
        put(m, "UK_VEHICLE_REGISTRATION", "A UK registration plate since 2001 (area letters, age identifier, three letters; needs context)", true);
        put(m, "IE_VEHICLE_REGISTRATION", "An Irish registration plate (year, county code, serial)", true);
        put(m, "VEHICLE_REGISTRATION", "A registration plate of another country after its word (kenteken, Kennzeichen, immatriculation, matrícula, targa; shape only)", true);
        put(m, "USERNAME", "A user name or login after its word (username, login, handle, Benutzername, pseudo …; with a digit, an underscore or a dot)", true);
        put(m, "DENY_LIST", "A value on a deny list", true);
        BUILT_IN = Map.copyOf(m);
        ORDER = java.util.List.copyOf(m.keySet());
    }

    /** The built-in types in a stable, documented order. */
    public static final java.util.List<String> ORDER;

    private EntityTypes() {
    }

    private static void put(Map<String, Type> m, String name, String description, boolean personal) {
        m.put(name, new Type(name, description, personal));
    }
}
