package com.safesupport.bot.guardrail;

import java.util.List;
import java.util.Optional;

/**
 * Round 85 (bh85, issue 14): a person asked for explicitly in languages beyond the eight the other rules read — Danish,
 * Norwegian, Swedish, Icelandic, Finnish, Estonian, Latvian, Lithuanian, Polish (typed without its diacritics), Czech,
 * Slovak, Slovenian, Croatian and Serbian, Bulgarian, Romanian, Hungarian, Greek, Catalan, Basque, Galician, Ukrainian,
 * Russian and Turkish. Per language the same shapes: talking with a person, an agent, an adviser or a real human (the
 * infinitive or the verb of wanting, never a past form: "I talked to an adviser" is a report); being called (back),
 * in the imperative or asked with "can you"; being put through; a real or living person named as such. Letters with
 * diacritics are also matched without them ("manniska", "clovekem", "ugyintezovel"), as customers often type.
 *
 * <p>Not a request: the same words asked about the service — when or at what hours one can reach a person ("Hvornår
 * kan jeg tale med en rådgiver?", "Milloin voin puhua asiakaspalvelijan kanssa?"), whether one can at all ("kan man",
 * "lze"): {@link #ABOUT_THE_SERVICE} keeps those out. Bounded gaps only, linear in the message; written for this round
 * from general knowledge of the languages, no text of a set or dataset.
 */
final class PersonAskedInMoreLanguages {

    private record Language(String code, Patterns patterns) {
    }

    private static final List<Language> LANGUAGES = List.of(
            new Language("da", Patterns.of(
                    "\\b(tale|snakke|chatte)( gerne| lige| venligst){0,2} med (en (rigtig |levende |[æa]e?gte )?(medarbejder|person|r[åa]a?dgiver|kunder[åa]a?dgiver|konsulent|operat[øo]e?r|menneske)|et (rigtigt |levende |[æa]e?gte )?menneske|nogen( hos jer)?|en af jeres (medarbejdere|r[åa]a?dgivere))\\b",
                    "\\b(ring|ringe) (til )?mig( op| tilbage)?\\b",
                    "\\b(stil|stille) mig (igennem|videre)\\b|\\b(viderestil|viderestille|omstil|omstille) mig\\b",
                    "\\b(et (rigtigt|levende) menneske|en (rigtig|levende) (person|medarbejder|r[åa]a?dgiver))\\b")),
            new Language("no", Patterns.of(
                    "\\b(snakke|prate|chatte|tale)( gjerne| med en gang){0,2} med (en (ekte |virkelig |levende )?(person|saksbehandler|r[åa]a?dgiver|kundebehandler|medarbeider|ansatt|operat[øo]e?r|kundeservicemedarbeider)|et (ekte |virkelig |levende )?menneske|noen( hos dere)?|en av (dere|deres (ansatte|r[åa]a?dgivere|saksbehandlere)))\\b",
                    "\\b(ring|ringe) (til )?meg( opp| tilbake)?\\b",
                    "\\b(sett|sette|koble) meg (over |videre )?(til|med) (en|et|noen|kundeservice|kundesenteret)\\b",
                    "\\b(et (ekte|levende) menneske|en (ekte|levende) (person|saksbehandler|r[åa]a?dgiver))\\b")),
            new Language("sv", Patterns.of(
                    "\\b(prata|tala|snacka|chatta)( g[äa]rna| hellre){0,2} med (en (riktig |verklig |levande |[äa]kta )?(m[äa]nniska|person|handl[äa]ggare|r[åa]dgivare|operat[öo]r|medarbetare|anst[äa]lld)|n[åa]gon( hos er)?|en av era (handl[äa]ggare|r[åa]dgivare|medarbetare)|kundtj[äa]nst)\\b",
                    "\\b(ring|ringa) (upp )?mig( upp| tillbaka)?\\b",
                    "\\bkoppla (vidare |[öo]ver )?mig\\b",
                    "\\b(en (riktig|verklig|levande) (m[äa]nniska|person|handl[äa]ggare|r[åa]dgivare))\\b")),
            new Language("is", Patterns.of(
                    "\\b(tala|spjalla) vi[ðd] (alv[öo]ru |raunverulega )?(manneskju|starfsmann|[þt]h?j[óo]nustufulltr[úu]a|r[áa][ðd]gjafa|einhvern|fulltr[úu]a)\\b",
                    "\\b(hringdu|hringi[ðd]|hringja) (aftur )?[íi] mig\\b|\\bhafa samband vi[ðd] mig\\b",
                    "\\bgef\\p{L}{0,3} m[ée]r samband\\b",
                    "\\b(alv[öo]ru|raunverulega) manneskj\\p{L}{0,2}\\b")),
            new Language("fi", Patterns.of(
                    "\\b(puhua|puhumaan|keskustella|keskustelemaan|jutella|juttelemaan|asioida|asioimaan)\\b[^.?!]{0,30}\\b(ihminen|ihmisen|ihmiselle|ihmist[äa]|asiakaspalvelija(n|lle|a)?|virkailija(n|lle|a)?|henkil[öo](n|lle|[äa])?|(asiakas)?neuvoja(n|lle|a)?|ty[öo]ntekij[äa](n|lle|[äa])?)\\b",
                    "\\b(ihmisen|asiakaspalvelijan|virkailijan|henkil[öo]n|neuvojan|ty[öo]ntekij[äa]n) kanssa\\b[^.?!]{0,20}\\b(puhua|puhumaan|keskustella|jutella|asioida)\\b",
                    "\\b(haluan|haluaisin|tarvitsen|saisinko|voinko saada)\\b[^.?!]{0,15}\\b(oikean |el[äa]v[äa]n )?(ihmisen|asiakaspalvelijan|virkailijan|neuvojan)\\b",
                    "\\bsoit(takaa|a|taisitteko|taisitko|takaa takaisin) (minulle|mulle)\\b|\\bsoittaa (minulle|mulle)( takaisin)?\\b|\\bsoittopyyn(t[öo]|n[öo]n)\\b|\\btakaisinsoit\\p{L}{0,6}",
                    "\\byhdist(\\p{L}{0,2}k\\p{L}{0,2}|\\p{L}{0,2}isitte(k[öo])?|[äa]) minut\\b|\\bohja(tkaa|a) minut\\b",
                    "\\b(oikea|oikean|el[äa]v[äa]|el[äa]v[äa]n) (ihminen|ihmisen|ihmiselle)\\b")),
            new Language("et", Patterns.of(
                    "\\b(r[äa][äa]kida|vestelda|suhelda|asjaajada)\\b[^.?!]{0,25}\\b(inimese|klienditeenindaja|teenindaja|konsultandi|t[öo][öo]taja|operaatori|n[õo]ustaja|kellegi)ga\\b",
                    "\\bhelista(ge|ks|ksite)? mulle( tagasi)?\\b|\\btagasihelist\\p{L}{0,6}",
                    "\\b[üu]henda(ge)? mind\\b|\\bsuuna(ge)? mind\\b",
                    "\\b(p[äa]ris|elava|t[õo]elise) inimese\\p{L}{0,3}\\b")),
            new Language("lv", Patterns.of(
                    "\\b(run[āa]t|sarun[āa]ties|parun[āa]t|sazin[āa]ties)\\b[^.?!]{0,20}\\bar (k[āa]du|(\\p{L}{1,8} )?(cilv[ēe]ku|konsultantu|operatoru|darbinieku|speci[āa]listu))\\b",
                    "\\b(piezvaniet|piezvani|atzvaniet|atzvani) man\\b",
                    "\\b(savienojiet|savieno|p[āa]rsl[ēe]dziet) mani\\b",
                    "\\b([īi]stu|dz[īi]vu|[īi]stam|dz[īi]vam) cilv[ēe]k\\p{L}{0,2}\\b")),
            new Language("lt", Patterns.of(
                    "\\b(kalb[ėe]ti|pasikalb[ėe]ti|pakalb[ėe]ti|susisiekti|bendrauti)\\b[^.?!]{0,20}\\bsu (kuo nors|(\\p{L}{1,8} )?([žz]mogumi|konsultant(u|e)|operatori(umi|e)|darbuotoj(u|a)|specialistu|vadybinink(u|e)))\\b",
                    "\\b(paskambinkite|paskambink|perskambinkite|perskambink) (man|atgal)\\b",
                    "\\b(sujunkite|sujunk|perjunkite|perjunk) mane\\b",
                    "\\b(tikru|gyvu|tikras|gyvas) [žz]mog\\p{L}{0,4}\\b")),
            new Language("pl", Patterns.of(
                    "\\b(porozmawiac|rozmawiac|pogadac|polaczyc|polacz|polaczenie)\\b[^.?!]{0,20}\\bz (konsultantem|konsultantka|czlowiekiem|pracownikiem|pracownica|doradca|operatorem|kims|osoba|zywym czlowiekiem|prawdziwym czlowiekiem)\\b",
                    "\\b(zadzwo[ńn]cie|zadzwo[ńn]|oddzwo[ńn]cie|oddzwo[ńn]|zadzwoni[ćc]|oddzwoni[ćc]) do mnie\\b|\\bprosz[ęe] o (kontakt telefoniczny|telefon|oddzwonienie)\\b",
                    "\\b(prze[łl][ąa]czcie|prze[łl][ąa]cz|po[łl][ąa]czcie) mnie\\b",
                    "\\b(prawdziwy|zywy|prawdziwego|zywego|prawdziwym|zywym) (czlowiek|czlowieka|czlowiekiem|konsultant\\p{L}{0,3})\\b")),
            new Language("cs", Patterns.of(
                    "\\b(mluvit|hovo[řr]it|promluvit|spojit|pohovo[řr]it)( si)?\\b[^.?!]{0,20}\\bse? (n[ěe]k[ýy]m|(\\p{L}{1,10} )?([čc]lov[ěe]kem|oper[áa]torem|oper[áa]torkou|pracovn[íi]kem|poradcem|poradkyn[íi]|konzultantem|bank[ée][řr]em))\\b",
                    "\\bzavolej(te)? mi\\b|\\b(m[ůu][žz]ete|mohli byste|mohl by|mohla by|m[ůu][žz]e) mi (n[ěe]kdo )?zavolat\\b|\\bzp[ěe]tn[ée] zavol[áa]n[íi]\\b",
                    "\\b(p[řr]epojte|p[řr]epojit|spojte) (m[ěe]|mne)\\b",
                    "\\b(skute[čc]n\\p{L}{1,3}|[žz]iv\\p{L}{1,3}) [čc]lov[ěe]k\\p{L}{0,3}\\b")),
            new Language("sk", Patterns.of(
                    "\\b(hovori[ťt]|porozpr[áa]va[ťt]|rozpr[áa]va[ťt]|spoji[ťt]|pohovori[ťt])( sa)?\\b[^.?!]{0,20}\\bso? (niek[ýy]m|(\\p{L}{1,10} )?([čc]lovekom|oper[áa]torom|oper[áa]torkou|pracovn[íi]kom|poradcom|konzultantom))\\b",
                    "\\bzavolaj(te)? mi\\b|\\b(m[ôo][žz]ete|mohli by ste|mohol by|mohla by|m[ôo][žz]e) mi (niekto )?zavola[ťt]\\b",
                    "\\b(prepojte|prepoji[ťt]|spojte) ma\\b",
                    "\\b(skuto[čc]n\\p{L}{1,3}|[žz]iv\\p{L}{1,3}) [čc]lovek\\p{L}{0,3}\\b")),
            new Language("sl", Patterns.of(
                    "\\b(govoriti|govorit|pogovoriti|pogovorit|pogovarjati)\\b[^.?!]{0,20}\\b[sz] (nekom|(\\p{L}{1,10} )?([čc]lovekom|osebo|operaterjem|operaterko|svetovalcem|svetovalko|zaposlenim|uslu[žz]bencem|agentom))\\b",
                    "\\bpokli[čc]i(te)? me( nazaj)?\\b",
                    "\\b(pove[žz]ite|preusmerite|preve[žz]ite) me\\b",
                    "\\b(resni[čc]n\\p{L}{1,3}|prav\\p{L}{1,3}|[žz]iv\\p{L}{1,3}) (osebo|oseba|[čc]lovek\\p{L}{0,3})\\b")),
            new Language("hr-sr", Patterns.of(
                    "\\b(razgovarati|razgovarat|pri[čc]ati|popri[čc]ati|porazgovarati|govoriti|spojiti|da (razgovaram|popri[čc]am|pri[čc]am|porazgovaram))\\b[^.?!]{0,20}\\bs[a]? (nekim|(\\p{L}{1,10} )?(osobom|[čc]ovjekom|[čc]ovekom|operaterom|operatericom|savjetnikom|savetnikom|agentom|djelatnikom|slu[žz]benikom|zaposlenikom))\\b",
                    "\\b(nazovite|nazovi|pozovite|pozovi) me\\b|\\bpovratni poziv\\b",
                    "\\b(spojite|prebacite|pove[žz]ite|preusmjerite|preusmerite) me\\b",
                    "\\b(stvarn\\p{L}{1,3}|prav\\p{L}{1,3}|[žz]iv\\p{L}{1,3}) (osob\\p{L}{1,3}|[čc]ovjek\\p{L}{0,3}|[čc]ovek\\p{L}{0,3})\\b",
                    "\\b(разговарати|причати|попричати|говорити|да разговарам|да попричам)\\b[^.?!]{0,20}\\bса? (неким|(\\p{L}{1,10} )?(особом|човеком|оператером|саветником|службеником|агентом))\\b"
                            + "|\\b(позовите|позови|назовите|назови|спојите|пребаците|повежите) ме\\b")),
            new Language("bg", Patterns.of(
                    "\\bда (говоря|разговарям|поговоря|се свържа|чатя)\\b[^.?!]{0,20}\\b(с|със) (някого|(\\p{L}{1,10} )?(човек|оператор|консултант|служител|служителка|представител|агент))\\b",
                    "\\b(обадете ми се|обади ми се|позвънете ми|звъннете ми|върнете ми обаждане)\\b",
                    "\\b(свържете ме|прехвърлете ме|свържи ме|прехвърли ме)\\b",
                    "\\b(истински|жив) човек\\b")),
            new Language("ro", Patterns.of(
                    "\\b(vorbesc|vorbi|vorbeasc[ăa]|discut|discuta|comunic)\\b[^.?!]{0,20}\\bcu (cineva|un om|o persoan[ăa]|un operator|un consultant|un angajat|un reprezentant|un agent|un consilier)\\b",
                    "\\b(cineva|cuiva|o persoan[ăa]|un om)\\b[^.?!]{0,30}\\bcu care (s[ăa] )?(vorbesc|pot vorbi|discut|pot discuta)\\b",
                    "\\b(suna[țt]i-m[ăa]|sun[ăa]-m[ăa])\\b|\\bs[ăa] m[ăa] (suna[țt]i|sune)\\b|\\bm[ăa] (pute[țt]i|poate) (suna|contacta)\\b",
                    "\\b(face[țt]i-mi leg[ăa]tura|transfera[țt]i-m[ăa]|conecta[țt]i-m[ăa])\\b",
                    "\\b(om|persoan[ăa]|operator) (real|real[ăa]|adev[ăa]rat|adev[ăa]rat[ăa]|uman|uman[ăa])\\b")),
            new Language("hu", Patterns.of(
                    "\\b(besz[ée]lni|besz[ée]lhetn[ée]k|besz[ée]lhetek|besz[ée]ljek|besz[ée]lhetn[ée]nk)\\b[^.?!]{0,30}\\b(emberrel|[üu]gyint[ée]z[őo]vel|munkat[áa]rssal|koll[ée]g[áa]val|oper[áa]torral|tan[áa]csad[óo]val|[üu]gyf[ée]lszolg[áa]latossal|valakivel)\\b",
                    "\\b(emberrel|[üu]gyint[ée]z[őo]vel|munkat[áa]rssal|koll[ée]g[áa]val|oper[áa]torral|tan[áa]csad[óo]val|[üu]gyf[ée]lszolg[áa]latossal|valakivel)\\b[^.?!]{0,30}\\b(besz[ée]lni|besz[ée]lhetn[ée]k|besz[ée]lhetek|besz[ée]ljek|szeretn[ée]k besz[ée]lni)\\b",
                    "\\bh[íi]vjon (fel|vissza)\\b|\\bh[íi]vjanak (fel|vissza)\\b|\\bh[íi]vjatok (fel|vissza)\\b|\\bvisszah[íi]v[áa]st k[ée]rek\\b",
                    "\\b(kapcsoljon|kapcsoljanak|kapcsoljatok) [áa]t\\b",
                    "\\b([ée]l[őo]|val[óo]di|igazi) (emberrel|ember|[üu]gyint[ée]z[őo]\\p{L}{0,4})\\b")),
            new Language("el", Patterns.of(
                    "\\bνα (μιλ[ήη]σω|επικοινων[ήη]σω|συνομιλ[ήη]σω)\\b[^.?!;]{0,25}\\bμε (κ[άα]ποιον|(\\p{L}{1,12} ){0,2}([άα]νθρωπο|εκπρ[όο]σωπο|υπ[άα]λληλο|συνεργ[άα]τη|τηλεφωνητ[ήη]|χειριστ[ήη]|σ[ύυ]μβουλο|πρ[όο]σωπο|[άα]τομο))",
                    "\\b(καλ[έε]στε με|π[άα]ρτε με|να με καλ[έε]σετε|να με π[άα]ρετε)\\b",
                    "\\b(συνδ[έε]στε με|μεταφ[έε]ρετ[έε] με|να με συνδ[έε]σετε)\\b",
                    "\\b(πραγματικ[όο]|αληθιν[όο]|ζωνταν[όο]) ([άα]νθρωπο|πρ[όο]σωπο|[άα]τομο)",
                    "\\bna milis[ow]\\b[^.?!]{0,25}\\bme (enan |ena )?(anthr[ow]po|ekpros[ow]po|ypallilo)\\b")),
            new Language("ca", Patterns.of(
                    "\\b(parlar|xerrar|contactar)\\b[^.?!]{0,15}\\bamb (una persona|un hum[àa]|un agent|un gestor|una gestora|un assessor|una assessora|alg[úu]|un operador|una operadora|un empleat|una empleada|un treballador|una treballadora)\\b",
                    "\\b(una persona|un hum[àa]) (de veritat|real)\\b",
                    "\\b(truqueu-me|truca'm|truqui'm|trucar-me)\\b|\\bque em (truquin|truqueu|truqui)\\b|\\bem (podeu|pot|poden|podries|podria) trucar\\b",
                    "\\b(passeu-me|passi'm|passar-me|poseu-me|posar-me) (amb|en contacte amb)\\b")),
            new Language("eu", Patterns.of(
                    "\\b(pertsona|gizaki|langile|agente|aholkulari|operadore|arduradun)(arekin| batekin)\\b[^.?!]{0,25}\\b(hitz egin|mintzatu|berba egin)\\b",
                    "\\b(hitz egin|mintzatu|berba egin)\\b[^.?!]{0,25}\\b(pertsona|gizaki|langile|agente|aholkulari|operadore|arduradun)(arekin| batekin)\\b|\\bnorbaitekin hitz egin\\b",
                    "\\b(deitu|dei) (iezadazue|iezadazu|nazazue|nazazu)\\b",
                    "\\b(benetako|egiazko) (pertsona|gizaki)\\p{L}{0,6}\\b")),
            new Language("gl", Patterns.of(
                    "\\b(falar|conversar|contactar)\\b[^.?!]{0,15}\\b(cunha (persoa|xestora|asesora|operadora|empregada)|cun (humano|axente|xestor|asesor|operador|empregado|traballador)|con (algu[ée]n|unha persoa|un axente))\\b",
                    "\\b(unha persoa|un humano) (real|de verdade)\\b",
                    "\\b(ch[áa]menme|cham[áa]deme|que me chamen|me poden chamar|poden chamarme)\\b",
                    "\\b(p[áa]senme|pas[áa]deme) (con|cun|cunha)\\b")),
            new Language("uk", Patterns.of(
                    "\\b(поговорити|говорити|розмовляти|зв[ʼ']?язатися|поспілкуватися|спілкуватися)\\b[^.?!]{0,20}\\b(з|зі|із) (кимось|(\\p{L}{1,12} )?(людиною|оператором|консультантом|співробітником|працівником|менеджером|фахівцем|представником))\\b",
                    "\\b(зателефонуйте|передзвоніть|подзвоніть|зателефонуй|передзвони) мені\\b",
                    "\\b(з[ʼ']?єднайте|переключіть|переведіть) мене\\b",
                    "\\b(живою|справжньою|живу|справжню) людин\\p{L}{1,3}\\b")),
            new Language("ru", Patterns.of(
                    "\\b(поговорить|говорить|связаться|пообщаться|общаться|разговаривать)\\b[^.?!]{0,20}\\b(с|со) (кем-нибудь|кем-то|(\\p{L}{1,12} )?(человеком|оператором|консультантом|сотрудником|менеджером|специалистом|представителем))\\b",
                    "\\b(перезвоните|позвоните|перезвони|позвони|наберите) мне\\b",
                    "\\b(соедините|переключите) меня\\b|\\bпереведите меня на\\b",
                    "\\b(живым|живой|живого|реальным|реальный|настоящим|настоящий) человек\\p{L}{0,2}\\b|^\\W*(оператор|оператора|живой человек)(,? пожалуйста)?\\W*$",
                    "\\b(pogovorit|svyazatsya)\\b[^.?!]{0,20}\\bs (chelovekom|operatorom|konsultantom|sotrudnikom)\\b|\\bperezvonite mne\\b")),
            new Language("tr", Patterns.of(
                    "\\b(m[üu][şs]teri temsilcisi\\p{L}{0,6}|canl[ıi] destek|ger[çc]ek bir (ki[şs]i|insan)\\p{L}{0,6}|temsilciyle|bir yetkiliyle|yetkili biriyle|operat[öo]rle|bir [çc]al[ıi][şs]anla)\\b",
                    "\\b(biriyle|birisiyle|insanla|ki[şs]iyle) (g[öo]r[üu][şs]mek|konu[şs]mak)\\b",
                    "\\bbeni (geri )?(aray[ıi]n|arar m[ıi]s[ıi]n[ıi]z|arayabilir misiniz|aras[ıi]n)\\b",
                    "\\bbeni\\b[^.?!]{0,30}\\b(ba[ğg]lay[ıi]n|ba[ğg]lar m[ıi]s[ıi]n[ıi]z|ba[ğg]layabilir misiniz|aktar[ıi]n|aktarabilir misiniz)\\b")));

    /**
     * When or at what hours a person can be reached, or whether one can at all: a question about the service, in the same
     * languages. The whole message is read: a when-question beside the request is rare and costs one hand-over.
     */
    private static final Patterns ABOUT_THE_SERVICE = Patterns.of(
            "\\b(hvorn[åa]a?r|n[åa]r|n[äa]r|hven[æa]e?r|milloin|millal|kdy|kedy|kdaj|kiedy|mikor|π[όο]τε|quan|noiz|cando|коли|когда|кога|када|кад|c[âa]nd|ne zaman|kada)\\b",
            "\\b([åa]bningstid\\p{L}*|[öo]ppettid\\p{L}*|[åa]pningstid\\p{L}*|aukioloaj\\p{L}*|lahtiolekuaeg\\p{L}*|otev[íi]rac[íi] dob\\p{L}*|otv[áa]racie hodiny|radno vrijeme|radno vreme|nyitvatart[áa]s\\p{L}*|ωρ[άα]ριο|horari|ordutegi\\p{L}*|hor[áa]rio|графік|график|работно време|[çc]al[ıi][şs]ma saat\\p{L}*|kan man|lze|se d[áa]|da li je moguće|[ée]s possible|[ée] posible)\\b");

    private PersonAskedInMoreLanguages() {
    }

    /** The rule ("person-asked-" and the language's code) that reads the normalised message as asking for a person, if any. */
    static Optional<String> rule(String normalized) {
        for (Language language : LANGUAGES) {
            if (language.patterns().foundIn(normalized)) {
                return ABOUT_THE_SERVICE.foundIn(normalized) ? Optional.empty() : Optional.of("person-asked-" + language.code());
            }
        }
        return Optional.empty();
    }
}
