package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 86 (issue 14, branch bh86): the customer's own sensitive situation — a death in the family, a job lost and
 * debts, a serious illness, fear of a partner, a scam suffered — and a threat of court, a lawyer or a regulator, in
 * languages the rules did not read before ({@link SensitiveTopicMoreLanguages}), typed with or without diacritics; the
 * same words in the abstract, about a device, or in another sense stay silent. Each rule is linear on hostile input
 * ({@link RuleLinearity}, ×16). Sentences written for this test, none from a dataset or from the written sets.
 */
class Bh86MoreLanguagesSensitiveTest {

    private static void assertCategory(Map<String, String> messages) {
        messages.forEach((text, category) -> assertEquals(Optional.of(category), SensitiveTopicDetector.detect(text), text));
    }

    private static void assertSilent(List<String> messages) {
        for (String text : messages) {
            assertEquals(Optional.empty(), SensitiveTopicDetector.detect(text), text);
        }
    }

    @Test
    void aDeathInTheFamilyIsBereavement() {
        assertCategory(Map.ofEntries(
                Map.entry("Здравствуйте, мой муж умер в прошлом месяце, что делать с его картой?", "bereavement"),
                Map.entry("Не стало мамы, нужно закрыть её вклад.", "bereavement"),
                Map.entry("Мій батько помер минулого тижня.", "bereavement"),
                Map.entry("Майка ми почина в събота, какво става със сметката ѝ?", "bereavement"),
                Map.entry("Moj otac je preminuo prošli tjedan, kako zatvoriti njegov račun?", "bereavement"),
                Map.entry("Můj manžel zemřel a nevím, co s jeho účtem.", "bereavement"),
                Map.entry("moj maz zmarl w zeszlym tygodniu", "bereavement"),
                Map.entry("Mano tėtis mirė praėjusią savaitę.", "bereavement"),
                Map.entry("Mieheni kuoli viime kuussa, mitä teen hänen tililleen?", "bereavement"),
                Map.entry("A férjem meghalt tavaly ősszel.", "bereavement"),
                Map.entry("Mama mea a murit luna trecută și am nevoie de ajutor cu contul ei.", "bereavement"),
                Map.entry("Ο πατέρας μου πέθανε πριν από δύο εβδομάδες.", "bereavement"),
                Map.entry("Babam geçen ay vefat etti, hesabı ne olacak?", "bereavement"),
                Map.entry("babami kaybettim, kartini kapatmak istiyorum", "bereavement"),
                Map.entry("בעלי נפטר לפני חודש ואני צריכה עזרה עם החשבון", "bereavement"),
                Map.entry("زوجي توفي الشهر الماضي وأحتاج إلى إغلاق حسابه", "bereavement"),
                Map.entry("Suami saya meninggal dunia minggu lalu, bagaimana dengan rekeningnya?", "bereavement"),
                Map.entry("Chồng tôi qua đời tháng trước.", "bereavement"),
                Map.entry("Pumanaw na ang nanay ko noong isang linggo.", "bereavement"),
                Map.entry("지난달에 아버지가 돌아가셨어요. 계좌를 어떻게 해야 하나요?", "bereavement"),
                Map.entry("先月、父が亡くなりました。口座の手続きを教えてください。", "bereavement"),
                Map.entry("我丈夫上个月去世了，他的账户怎么办？", "bereavement"),
                Map.entry("मेरे पिता जी गुजर गए, उनके खाते का क्या होगा?", "bereavement")));
    }

    @Test
    void aJobLostOrDebtsThatCannotBePaidAreHardship() {
        assertCategory(Map.ofEntries(
                Map.entry("Меня уволили, и я не могу платить ипотеку.", "financial-hardship"),
                Map.entry("Я втратила роботу і нема чим платити за кредит.", "financial-hardship"),
                Map.entry("Съкратиха ме и не мога да плащам вноските по кредита.", "financial-hardship"),
                Map.entry("Izgubio sam posao i ne mogu otplaćivati kredit.", "financial-hardship"),
                Map.entry("Přišla jsem o práci a nemám na splátky.", "financial-hardship"),
                Map.entry("stracilem prace i nie stac mnie na rate", "financial-hardship"),
                Map.entry("Netekau darbo ir nebegaliu mokėti paskolos.", "financial-hardship"),
                Map.entry("Menetin työpaikkani enkä pysty maksamaan lainaa.", "financial-hardship"),
                Map.entry("Elvesztettem a munkámat, nem tudom fizetni a hitelt.", "financial-hardship"),
                Map.entry("Mi-am pierdut locul de muncă și nu mai pot plăti rata la credit.", "financial-hardship"),
                Map.entry("Έχασα τη δουλειά μου και δεν μπορώ πλέον να πληρώσω το δάνειο.", "financial-hardship"),
                Map.entry("Işimi kaybettim, kredi kartımın borcunu ödeyemiyorum.", "financial-hardship"),
                Map.entry("פיטרו אותי ואני לא יכולה לשלם את המשכנתא", "financial-hardship"),
                Map.entry("فقدت عملي ولا أستطيع سداد القرض", "financial-hardship"),
                Map.entry("Saya kena PHK dan tidak mampu bayar cicilan lagi.", "financial-hardship"),
                Map.entry("Tôi bị mất việc, không có tiền trả nợ.", "financial-hardship"),
                Map.entry("Nawalan ako ng trabaho at hindi ko na kayang bayaran ang utang.", "financial-hardship"),
                Map.entry("회사에서 해고를 당했어요. 대출을 갚을 수가 없어요.", "financial-hardship"),
                Map.entry("会社をクビになり、ローンが払えない状況です。", "financial-hardship"),
                Map.entry("我失业了，房贷还不起了。", "financial-hardship"),
                Map.entry("मेरी नौकरी चली गई है और ईएमआई नहीं भर पा रहा हूँ", "financial-hardship")));
    }

    @Test
    void illnessOrFearAtHomeIsVulnerability() {
        assertCategory(Map.ofEntries(
                Map.entry("У меня рак, я сейчас на химиотерапии.", "vulnerability"),
                Map.entry("Я боюся чоловіка, він забирає мою зарплату.", "vulnerability"),
                Map.entry("Имам рак и съм в болница.", "vulnerability"),
                Map.entry("Bojim se muža, on me tuče.", "vulnerability"),
                Map.entry("Diagnostikovali mi rakovinu.", "vulnerability"),
                Map.entry("Minulla on syöpä ja olen sairaalassa.", "vulnerability"),
                Map.entry("Felek a férjemtől, elveszi a fizetésemet.", "vulnerability"),
                Map.entry("Mi-e frică de soțul meu, mă bate.", "vulnerability"),
                Map.entry("Έχω καρκίνο και κάνω χημειοθεραπεία.", "vulnerability"),
                Map.entry("Kocamdan korkuyorum, beni dövüyor.", "vulnerability"),
                Map.entry("אני מפחדת מבעלי, הוא מאיים עליי", "vulnerability"),
                Map.entry("أخاف من زوجي، يضربني ويأخذ راتبي", "vulnerability"),
                Map.entry("Saya didiagnosis kanker dan sedang kemoterapi.", "vulnerability"),
                Map.entry("Tôi bị ung thư và đang hóa trị.", "vulnerability"),
                Map.entry("Takot ako sa asawa ko, sinasaktan ako ng asawa ko.", "vulnerability"),
                Map.entry("남편이 무서워요. 가정폭력을 당하고 있어요.", "vulnerability"),
                Map.entry("がんと診断されて、今は入院しています。", "vulnerability"),
                Map.entry("我确诊了癌症，正在化疗。", "vulnerability"),
                Map.entry("मुझे कैंसर है और मैं अस्पताल में भर्ती हूँ", "vulnerability")));
    }

    @Test
    void aScamSufferedIsFraud() {
        assertCategory(Map.ofEntries(
                Map.entry("Меня обманули мошенники, они списали все деньги.", "fraud-in-progress"),
                Map.entry("Мене ошукали, шахраї зняли гроші з картки.", "fraud-in-progress"),
                Map.entry("Измамиха ме по телефона.", "fraud-in-progress"),
                Map.entry("Prevarili su me preko interneta.", "fraud-in-progress"),
                Map.entry("Podvedli mě a vybrali mi účet.", "fraud-in-progress"),
                Map.entry("Minua huijattiin, rahat vietiin tililtä.", "fraud-in-progress"),
                Map.entry("Átvertek, és leemelték a pénzemet.", "fraud-in-progress"),
                Map.entry("Am fost înșelată de cineva care s-a dat drept angajat al băncii.", "fraud-in-progress"),
                Map.entry("Με εξαπάτησαν και μου πήραν τα χρήματα.", "fraud-in-progress"),
                Map.entry("Dolandırıldım, hesabımı boşalttılar.", "fraud-in-progress"),
                Map.entry("עקצו אותי וגנבו לי את הכסף", "fraud-in-progress"),
                Map.entry("تعرضت لعملية احتيال وسرقوا فلوسي", "fraud-in-progress"),
                Map.entry("Saya kena tipu, uang saya dikuras.", "fraud-in-progress"),
                Map.entry("Tôi bị lừa mất hết tiền.", "fraud-in-progress"),
                Map.entry("Na-scam ako, ninakaw ang pera ko.", "fraud-in-progress"),
                Map.entry("보이스피싱을 당했어요. 제 돈이 다 빠져나갔어요.", "fraud-in-progress"),
                Map.entry("詐欺に遭いました。お金を振り込んでしまいました。", "fraud-in-progress"),
                Map.entry("我被骗了，钱都转走了。", "fraud-in-progress"),
                Map.entry("मेरे साथ फ्रॉड हो गया, मेरे पैसे निकाल लिए", "fraud-in-progress")));
    }

    @Test
    void courtALawyerOrARegulatorThreatenedIsALegalThreat() {
        assertCategory(Map.ofEntries(
                Map.entry("Если не вернёте деньги, подам на вас в суд.", "legal-threat"),
                Map.entry("Я напишу жалобу в ЦБ.", "legal-threat"),
                Map.entry("Я звернуся до суду, якщо ви не повернете кошти.", "legal-threat"),
                Map.entry("Ще ви съдя, ако не ми върнете парите.", "legal-threat"),
                Map.entry("Tužit ću vas ako ne vratite novac.", "legal-threat"),
                Map.entry("Obrátím se na soud, pokud to nevyřešíte.", "legal-threat"),
                Map.entry("Pozwę was, jeśli nie oddacie pieniędzy.", "legal-threat"),
                Map.entry("Haastan teidät oikeuteen.", "legal-threat"),
                Map.entry("Beperellek, ha nem adják vissza a pénzt.", "legal-threat"),
                Map.entry("Vă dau în judecată dacă nu rezolvați.", "legal-threat"),
                Map.entry("Θα σας μηνύσω αν δεν μου επιστρέψετε τα χρήματα.", "legal-threat"),
                Map.entry("Parami iade etmezseniz sizi mahkemeye vereceğim.", "legal-threat"),
                Map.entry("אני אתבע אתכם אם לא תחזירו את הכסף", "legal-threat"),
                Map.entry("سأرفع عليكم قضية إذا لم تعيدوا المال", "legal-threat"),
                Map.entry("Saya akan lapor ke OJK kalau tidak diselesaikan.", "legal-threat"),
                Map.entry("Tôi sẽ kiện ngân hàng nếu không hoàn tiền.", "legal-threat"),
                Map.entry("Kakasuhan ko kayo kapag hindi ninyo ibinalik ang pera.", "legal-threat"),
                Map.entry("돈을 돌려주지 않으면 소송을 하겠습니다.", "legal-threat"),
                Map.entry("返金されなければ訴えます。", "legal-threat"),
                Map.entry("不退钱我就起诉你们。", "legal-threat"),
                Map.entry("पैसे वापस नहीं मिले तो मैं आप पर केस करूंगा", "legal-threat")));
    }

    @Test
    void theSameWordsInTheAbstractAboutADeviceOrInAnotherSenseStaySilent() {
        assertSilent(List.of(
                "Что происходит со счётом, если владелец умер?",
                "Мой телефон умер, как войти в приложение?",
                "Как сообщить о мошенничестве, о котором я прочитал?",
                "Не могу оплатить коммуналку через приложение, ошибка.",
                "Как подать жалобу в ЦБ? Просто интересно.",
                "Ця ціна мене вбиває, чи є дешевший тариф?",
                "Co se stane s účtem, když majitel zemře?",
                "Nemůžu zaplatit složenku v aplikaci.",
                "Co sie dzieje z kontem, gdy wlasciciel umrze?",
                "Mitä tilille tapahtuu, jos tilinomistaja kuolee?",
                "Hesap sahibi vefat ederse ne olur?",
                "Uygulama çalışmıyor, ölü bir link var.",
                "Ce se întâmplă cu contul dacă titularul decedează?",
                "Τι γίνεται με τον λογαριασμό όταν πεθαίνει ο κάτοχος;",
                "מה קורה לחשבון כשבעל החשבון נפטר?",
                "ماذا يحدث للحساب عند وفاة صاحبه؟",
                "Bagaimana cara melaporkan penipuan yang saya baca di berita?",
                "Saya tidak bisa bayar tagihan listrik lewat aplikasi.",
                "Hp mama saya mati, bagaimana reset kata sandi?",
                "Làm sao khóa thẻ mà tôi đã mất?",
                "Tôi có ý kiến về ngân hàng, phí quá cao.",
                "口座名義人が亡くなった場合はどうなりますか？",
                "大丈夫ですか？ローンを払えますか？",
                "我还不了解这个功能，怎么用？",
                "如何向银保监会投诉？",
                "계좌 주인이 사망하면 어떻게 되나요?",
                "대출을 갚을 수 있나요?",
                "Ang presyo ay nakakamatay, may mas mura ba?",
                "खाताधारक की मृत्यु होने पर क्या होता है?"));
    }

    @Test
    void latvianEstonianSlovakSlovenianSerbianCyrillicLithuanianAndMalayAreReadToo() {
        assertCategory(Map.ofEntries(
                Map.entry("Mans tēvs nomira pagājušajā nedēļā.", "bereavement"),
                Map.entry("Mani apkrāpa, krāpnieki nozaga naudu no konta.", "fraud-in-progress"),
                Map.entry("Mind koondati ja ma ei suuda laenu maksta.", "financial-hardship"),
                Map.entry("Annan teid kohtusse, kui raha ei tagastata.", "legal-threat"),
                Map.entry("Podviedli ma a vybrali mi účet.", "fraud-in-progress"),
                Map.entry("Ak mi peniaze nevrátite, podám na vás žalobu.", "legal-threat"),
                Map.entry("Moj mož je umrl prejšnji teden.", "bereavement"),
                Map.entry("Izgubila sem službo in ne morem odplačevati kredita.", "financial-hardship"),
                Map.entry("Мој отац је преминуо прошле недеље.", "bereavement"),
                Map.entry("Тужићу вас ако не вратите новац.", "legal-threat"),
                Map.entry("Paduosiu jus į teismą.", "legal-threat"),
                Map.entry("Saya kena buang kerja dan tak mampu bayar ansuran rumah.", "financial-hardship"),
                Map.entry("Saya akan buat aduan kepada BNM jika tidak selesai.", "legal-threat")));
        assertSilent(List.of(
                "Kaj se zgodi z računom, ko imetnik umre?",
                "Мој телефон је умро, како да се пријавим?",
                "Kā ziņot par krāpšanu, par ko lasīju avīzē?",
                "Moj odvjetnik će trebati izvod računa za prošlu godinu.",
                "Ako podať sťažnosť, len zo zvedavosti?"));
    }

    @Test
    void theRulesAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("мой муж мой муж телефон умер ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("moj maz moja zona zmarl kart ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("toi toi bi lua se kien se ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("我我老公我被骗丈夫手机", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("saya saya sy kena ke bayar ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("زوجي زوجي الهاتف سأشتكي ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
    }

    @Test
    void foldingDropsLatinAndGreekAccentsOnly() {
        assertEquals("dolandirildim bi lua podvedli me zmarl", SensitiveTopicMoreLanguages.folded("dolandırıldım bị lừa podvedli mě zmarł"));
        assertEquals("εχασα", SensitiveTopicMoreLanguages.folded("έχασα"));
        assertEquals("мой й ї 돌아가셨어요 が", SensitiveTopicMoreLanguages.folded("мой й ї 돌아가셨어요 が"));
    }
}
