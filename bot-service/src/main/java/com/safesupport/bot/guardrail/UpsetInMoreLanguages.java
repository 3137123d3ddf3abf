package com.safesupport.bot.guardrail;

/**
 * Round 85 (bh85, issue 14): the customer's own upset, said in words, in the languages of {@link
 * PersonAskedInMoreLanguages} (Danish, Norwegian, Swedish, Icelandic, Finnish, Estonian, Latvian, Lithuanian, Polish
 * typed without diacritics, Czech, Slovak, Slovenian, Croatian and Serbian, Bulgarian, Romanian, Hungarian, Greek,
 * Catalan, Basque, Galician, Ukrainian, Russian, Turkish), with and without diacritics. Two strengths, as for the eight
 * languages in {@link SentimentScorer}: being fed up, having had enough or losing patience ({@link #FED_UP}) marks the
 * message frustrated like {@code EXASPERATION}; disappointment, anger, frustration, nobody helping and nothing working
 * ({@link #UPSET}, which includes the first) only name the customer's upset as the reason of a hand-over that happens
 * anyway ({@code OwnReason}). The first person only ("I am fed up", "jeg er skuffet"): "the shop was unacceptable" is
 * anger at someone else. Written for this round from general knowledge of the languages, no text of a set or dataset.
 */
final class UpsetInMoreLanguages {

    private static final String FED_UP_WORDS =
            // Danish, Norwegian, Swedish, Icelandic
            "\\bjeg er (ved at blive |så |virkelig |helt )?(tr[æa]e?t af (det|jer|dette)|(dritt)?lei( av (dette|det))?)\\b|\\bjeg har f[åa]a?(et|tt) nok\\b"
                    + "|\\b(jeg )?(mister|er ved at miste|holder p[åa] [åa] miste) (t[åa]a?lmodigheden|t[åa]lmodigheten)\\b"
                    + "|\\bjag (är|ar) (så |verkligen |helt )?(tr[öo]tt p[åa] (det här|detta|er)|less( p[åa] (det här|detta))?)\\b|\\bjag har f[åa]tt nog\\b|\\b(jag )?(tappar|b[öo]rjar tappa|h[åa]ller p[åa] att tappa) t[åa]lamodet\\b"
                    + "|\\b[ée]g hef fengi[ðd] n[óo]g\\b|\\b[ée]g er a[ðd] missa [þt]h?olinm[æa]e?[ðd]ina\\b"
                    // Finnish, Estonian, Latvian, Lithuanian
                    + "|\\b(olen (jo |todella |niin )?kyll[äa]stynyt|(minulla|mulla) on mitta t[äa]ynn[äa]|(alan|alkaa) menett[äa][äa] (hermoni|k[äa]rsiv[äa]llisyyteni))\\b"
                    + "|\\bmul (on )?(k[õo]rini|villand|kopp ees)\\b|\\bkaotan (oma )?kannatuse\\b"
                    + "|\\bman (jau )?(ir )?apnicis\\b|\\bzaud[ēe]ju pacietību\\b|\\bzaudeju pacietibu\\b"
                    + "|\\bman (jau )?(atsibodo|[įi]griso|nusibodo)\\b|\\b(prarandu|netenku) kantryb[ėe]s?\\b"
                    // Polish without diacritics, Czech, Slovak, Slovenian, Croatian / Serbian
                    + "|\\bmam (juz )?(tego )?(naprawde )?dosc\\b|\\b(trace|tracę) (juz |już )?cierpliwo[śs][ćc]\\b"
                    + "|\\b(u[žz] )?m[áa]m toho (u[žz] )?dost\\b|\\bztr[áa]c[íi]m trp[ěe]livost\\b|\\bm[áa]m toho (u[žz] )?dos[ťt]\\b|\\bstr[áa]cam trpezlivos[ťt]\\b"
                    + "|\\b(dovolj mi je|imam (vsega )?dovolj)\\b|\\bizgubljam potrpe[žz]ljivost\\b"
                    + "|\\b(dosta mi je|dosadilo mi je|sit sam|sita sam|pukao mi je film)\\b|\\bgubim strpljenje\\b|\\b(доста ми је|губим стрпљење)\\b"
                    // Bulgarian, Romanian, Hungarian, Greek
                    + "|\\b(писна ми|омръзна ми|губя търпение)\\b"
                    + "|\\bm-am (cam )?s[ăa]turat\\b|\\b[îi]mi pierd r[ăa]bdarea\\b"
                    + "|\\b(elegem van|el[ée]g volt|betelt a poh[áa]r)\\b|\\b(fogy|elfogyott) a t[üu]relmem\\b"
                    + "|\\b(βαρ[έε]θηκα|[έε]χω αγανακτ[ήη]σει|αγαν[άα]κτησα|μπο[ύυ]χτισα)|\\bχ[άα]νω την υπομον[ήη] μου"
                    // Catalan, Basque, Galician
                    + "|\\bestic (ja )?(fart|farta|tip|tipa) (d'aix[òo]|de tot aix[òo])\\b|\\bn'estic (fart|farta|tip|tipa|fins als nassos)\\b|\\bperdo la paci[èe]ncia\\b"
                    + "|\\bnazkatuta nago\\b|\\bpazientzia galtzen ari naiz\\b"
                    + "|\\bestou (xa )?(farto|farta) (disto|de todo isto)\\b|\\bperdo a paciencia\\b"
                    // Ukrainian, Russian, Turkish
                    + "|\\b(мені (вже )?набридло|втрачаю терпіння|мене це дістало)\\b|\\b(мне (уже )?надоело|меня (это )?(достало|бесит)|с меня хватит|теряю терпение)\\b"
                    + "|\\b(b[ıi]kt[ıi]m|sabr[ıi]m (ta[şs]t[ıi]|t[üu]keniyor|t[üu]kendi|kalmad[ıi])|sinirlerim bozul\\p{L}{0,12})\\b";

    private static final String UPSET_WORDS =
            // Danish, Norwegian, Swedish, Icelandic
            "\\bjeg er (virkelig |meget |så |rigtig |ret |helt |ganske )?(irriteret|frustreret|skuffet|vred|sur|irritert|frustrert|sint|oppgitt)\\b|\\bdet er (helt |virkelig |bare )?(uacceptabelt|uakseptabelt|frustrerende|latterligt?)\\b|\\b(ingen hj[æa]e?lper mig|ingen hjelper meg|intet virker|ingenting (virker|fungerer))\\b"
                    + "|\\bjag (är|ar) (verkligen |väldigt |valdigt |så |helt )?(irriterad|frustrerad|besviken|arg|upprörd|upprord)\\b|\\bdet (är|ar) (helt |verkligen )?(oacceptabelt|frustrerande|l[öo]jligt)\\b|\\b(ingen hj[äa]lper mig|inget fungerar)\\b"
                    + "|\\b[ée]g er (or[ðd]in |or[ðd]inn )?(pirru[ðd]|pirra[ðd]ur|rei[ðd]|rei[ðd]ur|svekkt|svekktur|[þt]h?reytt|[þt]h?reyttur)\\b|\\b[þt]h?etta er [óo][áa]s[æa]e?ttanlegt\\b"
                    // Finnish, Estonian, Latvian, Lithuanian
                    + "|\\bolen (todella |tosi |jo |aika |hyvin |niin )?(turhautunut|pettynyt|vihainen|[äa]rtynyt|[äa]rsyyntynyt|suuttunut)\\b|\\b(alkaa|alan) (jo )?(ärsytt[äa][äa]|arsyttaa|hermostuttaa|kyll[äa]stytt[äa][äa])\\b|\\bt[äa]m[äa] on (ihan |t[äa]ysin )?(naurettavaa|kohtuutonta|turhauttavaa|[äa]rsytt[äa]v[äa][äa])\\b|\\b(kukaan ei (auta|vastaa)|mik[äa][äa]n ei toimi)\\b"
                    + "|\\bolen (v[äa]ga |juba |t[äa]iesti )?(pettunud|vihane|t[üu]dinud|[äa]rritunud|frustreeritud)\\b|\\bsee on (t[äa]iesti )?(vastuv[õo]etamatu|naeruv[äa][äa]rne)\\b|\\bkeegi ei aita\\b"
                    + "|\\besmu (ļoti |loti |jau )?(v[īi]lies|v[īi]lusies|dusm[īi]gs|dusm[īi]ga|sar[ūu]gtin[āa]ts|sar[ūu]gtin[āa]ta|noguris|nogurusi)\\b|\\btas ir (absol[ūu]ti )?(nepie[ņn]emami|smiekl[īi]gi)\\b|\\bneviens (man )?nepal[īi]dz\\b"
                    + "|\\besu (labai |jau )?(nusivyl[ęe]s|nusivylusi|piktas|pikta|pavarg[ęe]s|pavargusi|susierzin[ęe]s|susierzinusi)\\b|\\btai (yra )?(nepriimtina|juokinga)\\b|\\bniekas (man )?nepadeda\\b"
                    // Polish without diacritics, Czech, Slovak, Slovenian, Croatian / Serbian
                    + "|\\bjestem (juz )?(naprawde |bardzo |coraz bardziej )?(zdenerwowan|rozczarowan|sfrustrowan|zirytowan|wkurzon)[ya]\\b|\\bnikt mi (tu )?nie pomaga\\b|\\bnic (tu )?nie dziala\\b"
                    + "|\\bjsem (u[žz] )?(fakt |opravdu |hodn[ěe] |docela )?(na[šs]tvan[ýyáa]|zklaman[ýyáa]|otr[áa]ven[ýyáa]|frustrovan[ýyáa]|rozzloben[ýyáa])\\b|\\bto je (naprosto |[úu]pln[ěe] )?(nep[řr]ijateln[ée]|sm[ěe][šs]n[ée]|k ni[čc]emu)\\b|\\bnikdo mi nepom[ůu][žz]e\\b|\\bnic nefunguje\\b"
                    + "|\\bsom (u[žz] )?(naozaj |fakt |dos[ťt] )?(na[šs]tvan[ýyáa]|sklaman[ýyáa]|frustrovan[ýyáa]|nahnevan[ýyáa]|otr[áa]ven[ýyáa])\\b|\\bto je (absol[úu]tne |[úu]plne )?(neprijate[ľl]n[ée]|smie[šs]ne)\\b|\\bnikto mi nepom[ôo][žz]e\\b|\\bni[čc] nefunguje\\b"
                    + "|\\bsem (zelo |res )?(jezen|jezna|razo[čc]aran|razo[čc]arana|frustriran|frustrirana|navel[ií][čc]an|navel[ií][čc]ana)\\b|\\bto je (popolnoma )?(nesprejemljivo|sme[šs]no)\\b|\\bnih[čc]e mi ne pomaga\\b"
                    + "|\\b(ljut|ljuta|razo[čc]aran|razo[čc]arana|frustriran|frustrirana|nervozan|nervozna|iznerviran|iznervirana) sam\\b|\\bsam (jako |stvarno |ba[šs] )?(ljut|ljuta|razo[čc]aran|razo[čc]arana|frustriran|frustrirana|iznerviran|iznervirana)\\b"
                    + "|\\bovo je (stvarno |zaista |potpuno )?(neprihvatljivo|smije[šs]no|sme[šs]no|sramota)\\b|\\b(nitko|niko) mi ne poma[žz]e\\b|\\bni[šs]ta ne radi\\b|\\b(ово је неприхватљиво|нико ми не помаже)\\b"
                    // Bulgarian, Romanian, Hungarian, Greek
                    + "|\\b(ядосан|ядосана|разочарован|разочарована|изнервиран|изнервирана) съм\\b|\\bтова е (напълно )?(неприемливо|абсурдно)\\b|\\bникой не ми помага\\b"
                    + "|\\bsunt (foarte |chiar |tare )?(sup[ăa]rat|sup[ăa]rat[ăa]|nervos|nervoas[ăa]|dezam[ăa]git|dezam[ăa]git[ăa]|frustrat|frustrat[ăa]|exasperat|exasperat[ăa])\\b|\\b(este|e) (complet |total )?(inacceptabil|revolt[ăa]tor|o b[ăa]taie de joc)\\b|\\bnimeni nu m[ăa] ajut[ăa]\\b|\\bnimic nu func[țt]ioneaz[ăa]\\b"
                    + "|\\b(nagyon |eléggé |elegge )?(csal[óo]dott|d[üu]h[öo]s|ideges|frusztr[áa]lt) vagyok\\b|\\bez (teljesen )?(elfogadhatatlan|nevets[ée]ges|felh[áa]bor[íi]t[óo])\\b|\\bsenki nem seg[íi]t\\b|\\bsemmi nem m[űu]k[öo]dik\\b"
                    + "|\\b(ε[ίι]μαι) (π[άα]ρα |πολ[ύυ] )?(θυμωμ[έε]ν(ος|η)|απογοητευμ[έε]ν(ος|η)|εκνευρισμ[έε]ν(ος|η)|αγανακτισμ[έε]ν(ος|η))|\\b(αυτ[όο] )?ε[ίι]ναι (εντελ[ώω]ς )?(απαρ[άα]δεκτο|γελο[ίι]ο)|\\bκανε[ίι]ς δεν (με )?βοηθ[άα]"
                    // Catalan, Basque, Galician
                    + "|\\bestic (molt |realment |una mica )?(enfadat|enfadada|decebut|decebuda|frustrat|frustrada|emprenyat|emprenyada)\\b|\\b[ée]s (totalment )?(inacceptable|indignant|una vergonya)\\b|\\bning[úu] m'ajuda\\b|\\bres no funciona\\b"
                    + "|\\b(haserre|haserretuta|etsita|amorratuta) nago\\b|\\bonartezina da\\b|\\binork ez (nau|dit) laguntzen\\b"
                    + "|\\bestou (moi |moito |realmente )?(anoxado|anoxada|decepcionado|decepcionada|frustrado|frustrada|cabreado|cabreada)\\b|\\b[ée] (unha vergonza|inaceptable)\\b|\\bningu[ée]n me axuda\\b"
                    // Ukrainian, Russian, Turkish
                    + "|\\bя (дуже |вже )?(розчарований|розчарована|злий|роздратований|роздратована|засмучений|засмучена)\\b|\\bце (просто )?(неприйнятно|обурливо)\\b|\\bніхто (мені )?не допомагає\\b|\\bнічого не працює\\b"
                    + "|\\bя (очень |уже )?(разочарован|разочарована|зол|раздражён|раздражен|раздражена|расстроен|расстроена)\\b|\\bэто (просто )?(неприемлемо|возмутительно|издевательство)\\b|\\bникто (мне )?не помогает\\b|\\bничего не работает\\b"
                    + "|\\b([çc]ok |ger[çc]ekten |art[ıi]k )?(sinirliyim|sinirlendim|yoruldum|hayal k[ıi]r[ıi]kl[ıi][ğg][ıi]na u[ğg]rad[ıi]m)\\b|\\bbu (tamamen )?(kabul edilemez|rezalet|sa[çc]mal[ıi]k)\\b|\\bkimse (bana )?yard[ıi]m etmiyor\\b|\\bhi[çc]bir [şs]ey [çc]al[ıi][şs]m[ıi]yor\\b";

    /** Being fed up, having had enough, losing patience: marks a message frustrated ({@link SentimentScorer#exasperated}). */
    private static final Patterns FED_UP = Patterns.of(FED_UP_WORDS);
    /** Any upset of the customer's own said in words, the fed-up ones included: names the reason only ({@link SentimentScorer#upsetInWords}). */
    private static final Patterns UPSET = Patterns.of(FED_UP_WORDS, UPSET_WORDS);

    private UpsetInMoreLanguages() {
    }

    /** Whether the normalised message says the customer is fed up or losing patience. */
    static boolean fedUp(String normalized) {
        return FED_UP.foundIn(normalized);
    }

    /** Whether the normalised message says the customer is upset in any of the two strengths. */
    static boolean upset(String normalized) {
        return UPSET.foundIn(normalized);
    }
}
