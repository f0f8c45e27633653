/* Unit tests of lang.c: language tags, the sample, the decision. */
#include "../../tests/unit/check.h"
#include "lang.h"

#include <ctype.h>

/* sentences written for these tests (not from any evaluation text) */
struct lang_text {
	const char *lang;
	const char *text;
};

/* one of each covered language: stage 1 answers it */
static const struct lang_text covered[] = {
	{ "en",
	    "The city council decided on Tuesday that it would build a "
	    "new cycle path along the main street, but the shopkeepers "
	    "say that there will not be enough room for their customers "
	    "to park and that the whole project is going to cost far "
	    "more than they were told." },
	{ "de",
	    "Der Stadtrat hat am Dienstag beschlossen, entlang der "
	    "Hauptstraße einen neuen Radweg zu bauen, aber die Händler "
	    "sagen, dass es dann nicht mehr genug Parkplätze für ihre "
	    "Kunden gibt und dass das Projekt viel teurer wird, als man "
	    "ihnen gesagt hat." },
	{ "fr",
	    "Le conseil municipal a décidé mardi de construire une "
	    "nouvelle piste cyclable le long de la rue principale, mais "
	    "les commerçants disent qu'il n'y aura plus assez de places "
	    "pour leurs clients et que le projet coûtera beaucoup plus "
	    "cher que ce qu'on leur avait promis." },
	{ "es",
	    "El ayuntamiento decidió el martes construir un nuevo "
	    "carril bici a lo largo de la calle principal, pero los "
	    "comerciantes dicen que ya no habrá suficiente sitio para "
	    "que sus clientes aparquen y que el proyecto costará mucho "
	    "más de lo que les dijeron." },
	{ "pt",
	    "A câmara municipal decidiu na terça-feira construir uma "
	    "nova ciclovia ao longo da rua principal, mas os "
	    "comerciantes dizem que não haverá lugares suficientes para "
	    "os seus clientes estacionarem e que o projeto vai custar "
	    "muito mais do que lhes foi prometido." },
	{ "it",
	    "Il consiglio comunale ha deciso martedì di costruire una "
	    "nuova pista ciclabile lungo la strada principale, ma i "
	    "commercianti dicono che non ci saranno più abbastanza "
	    "parcheggi per i loro clienti e che il progetto costerà "
	    "molto più di quanto era stato promesso." },
	{ "nl",
	    "De gemeenteraad heeft dinsdag besloten om een nieuw "
	    "fietspad langs de hoofdstraat aan te leggen, maar de "
	    "winkeliers zeggen dat er dan niet genoeg parkeerplaatsen "
	    "voor hun klanten zijn en dat het project veel duurder "
	    "wordt dan hun was beloofd." },
	{ "pl",
	    "Rada miasta zdecydowała we wtorek, że wzdłuż głównej ulicy "
	    "powstanie nowa ścieżka rowerowa, ale kupcy mówią, że nie "
	    "będzie wtedy dość miejsc do parkowania dla ich klientów i "
	    "że projekt będzie kosztował znacznie więcej, niż im "
	    "obiecano." },
};

/* languages stage 1 does not cover, many of them close relatives of
 * covered ones: it must leave every one to CLD2 */
static const struct lang_text uncovered[] = {
	{ "oc",
	    "Lo conselh municipal a decidit diluns de far una carrièra "
	    "novèla per las bicicletas dins lo centre de la vila, mas "
	    "los comerçants dison qu'aquò es pas una bona idèa e que "
	    "caldrà esperar fins a l'an que ven per veire se la causa "
	    "fonciona." },
	{ "oc",
	    "Los escolans de l'escòla occitana an presentat aqueste "
	    "matin lor trabalh sus l'istòria del país, e los parents "
	    "èran fòrça contents de veire que la lenga es totjorn viva "
	    "dins las familhas e dins la carrièra." },
	{ "ast",
	    "El gobiernu asturianu aprobó ayeri un plan pa meyorar les "
	    "carreteres de la rexón, que según los datos ye una de les "
	    "más peligroses, y los alcaldes dixeron que nun ye abondo "
	    "porque dende fai munchos años nun se fai nada." },
	{ "ast",
	    "La biblioteca del conceyu abre tamién los sábados pela "
	    "mañana, y los neños pueden llevar llibros en llingua "
	    "asturiana pa lleer en casa colos sos padres, porque ye "
	    "importante que la llingua siga viva." },
	{ "gl",
	    "O goberno galego aprobou onte unha nova lei sobre a "
	    "protección do litoral, que segundo os ecoloxistas non "
	    "chega para frear a construción de vivendas na costa, e a "
	    "oposición xa anunciou que vai recorrer ao tribunal." },
	{ "gl",
	    "Os veciños da parroquia reuníronse coa alcaldesa para "
	    "pedir que se arranxe a estrada, porque cando chove moito a "
	    "auga entra nas casas e hai familias que levan anos "
	    "agardando unha solución que nunca chega." },
	{ "ca",
	    "El govern ha aprovat aquest dimarts un pla per millorar el "
	    "transport públic a les comarques de l'interior, però els "
	    "alcaldes diuen que és massa tard i que fins ara no s'ha "
	    "fet res per evitar que la gent marxi dels pobles." },
	{ "ca",
	    "Els veïns del barri han demanat a l'ajuntament que es "
	    "tanqui el carrer al trànsit durant els caps de setmana, "
	    "perquè hi ha molts nens que hi juguen i també moltes "
	    "persones grans que hi passegen amb tranquil·litat." },
	{ "af",
	    "Die stadsraad het Dinsdag besluit om 'n nuwe fietspad "
	    "langs die hoofstraat te bou, maar die sakelui sê dat hulle "
	    "nie genoeg parkeerplek sal hê nie en dat die projek baie "
	    "meer gaan kos as wat beplan is." },
	{ "af",
	    "Die skool se leerlinge het vanoggend hul werk oor die "
	    "geskiedenis van die dorp aan die ouers gewys, en almal was "
	    "baie trots omdat hulle so hard gewerk het om die ou foto's "
	    "en stories bymekaar te kry." },
	{ "fy",
	    "De gemeenteried hat tiisdei besletten om in nij fytspaad "
	    "lâns de haadstrjitte oan te lizzen, mar de winkeliers "
	    "sizze dat der dan te min plak is om te parkearjen en dat "
	    "it projekt folle djoerder wurde sil." },
	{ "fy",
	    "De bern fan de skoalle hawwe fan 'e moarn harren wurk oer "
	    "de skiednis fan it doarp sjen litten, en de âlden wiene "
	    "tige grutsk dat se sa hurd wurke hiene om de âlde foto's "
	    "en ferhalen byinoar te sykjen." },
	{ "lb",
	    "De Gemengerot huet en Dënschdeg decidéiert, fir eng nei "
	    "Vëlospist laanscht d'Haaptstrooss ze bauen, mee "
	    "d'Geschäftsleit soen, datt et dann net méi genuch "
	    "Parkplaze gëtt an datt de Projet vill méi deier gëtt." },
	{ "lb",
	    "D'Kanner vun der Schoul hunn haut de Moien hir Aarbecht "
	    "iwwer d'Geschicht vum Duerf gewisen, an d'Elteren ware "
	    "ganz houfreg, well si sou vill geschafft hunn, fir déi al "
	    "Fotoen an Erzielungen zesummenzesichen." },
	{ "sco",
	    "The cooncil haes decidit tae bigg a new cycle path alang "
	    "the main street, but the shopkeepers say there'll no be "
	    "eneuch room tae pairk an that the hale thing will cost "
	    "faur mair than they telt us it wad." },
	{ "sco",
	    "The bairns frae the schuil shawed their wark on the "
	    "history o the toun tae their faimilies the day, an awbody "
	    "wis gey prood that they had githert aw the auld photies an "
	    "stories thegither wi sic care." },
	{ "la",
	    "Gallia est omnis divisa in partes tres, quarum unam "
	    "incolunt Belgae, aliam Aquitani, tertiam qui ipsorum "
	    "lingua Celtae, nostra Galli appellantur. Hi omnes lingua, "
	    "institutis, legibus inter se differunt." },
	{ "la",
	    "Urbs antiqua fuit, Tyrii tenuere coloni, Karthago, Italiam "
	    "contra Tiberinaque longe ostia, dives opum studiisque "
	    "asperrima belli, quam Iuno fertur terris magis omnibus "
	    "unam posthabita coluisse Samo." },
	{ "la",
	    "In principio erat Verbum, et Verbum erat apud Deum, et "
	    "Deus erat Verbum. Hoc erat in principio apud Deum. Omnia "
	    "per ipsum facta sunt, et sine ipso factum est nihil quod "
	    "factum est; in ipso vita erat." },
	{ "eo",
	    "La urba konsilio decidis marde konstrui novan biciklan "
	    "vojon laŭ la ĉefa strato, sed la butikistoj diras ke tiam "
	    "ne estos sufiĉe da loko por parki kaj ke la projekto "
	    "kostos multe pli ol oni planis." },
	{ "eo",
	    "La infanoj de la lernejo montris hodiaŭ matene al siaj "
	    "gepatroj sian laboron pri la historio de la vilaĝo, kaj "
	    "ĉiuj estis tre fieraj, ĉar ili tiel multe laboris por "
	    "kolekti la malnovajn fotojn kaj rakontojn." },
	{ "da",
	    "Byrådet besluttede tirsdag at anlægge en ny cykelsti langs "
	    "hovedgaden, men de handlende siger, at der så ikke vil "
	    "være plads nok til at parkere, og at projektet bliver "
	    "meget dyrere end det, der var planlagt." },
	{ "sv",
	    "Kommunfullmäktige beslutade på tisdagen att bygga en ny "
	    "cykelväg längs huvudgatan, men handlarna säger att det då "
	    "inte blir tillräckligt med parkeringsplatser och att "
	    "projektet blir mycket dyrare än planerat." },
	{ "no",
	    "Bystyret vedtok tirsdag å bygge en ny sykkelvei langs "
	    "hovedgaten, men butikkeierne sier at det da ikke blir nok "
	    "parkeringsplasser, og at prosjektet blir mye dyrere enn "
	    "det som var planlagt fra starten av." },
	{ "cs",
	    "Městská rada v úterý rozhodla, že podél hlavní ulice "
	    "vybuduje novou cyklostezku, ale obchodníci říkají, že pak "
	    "nebude dost místa na parkování a že projekt bude mnohem "
	    "dražší, než se původně plánovalo." },
	{ "sk",
	    "Mestské zastupiteľstvo v utorok rozhodlo, že pozdĺž "
	    "hlavnej ulice postaví nový cyklochodník, ale obchodníci "
	    "hovoria, že potom nebude dosť miesta na parkovanie a že "
	    "projekt bude oveľa drahší, ako sa plánovalo." },
	{ "hr",
	    "Gradsko vijeće u utorak je odlučilo da će uz glavnu ulicu "
	    "izgraditi novu biciklističku stazu, ali trgovci kažu da "
	    "tada neće biti dovoljno mjesta za parkiranje i da će "
	    "projekt biti mnogo skuplji nego što je planirano." },
	{ "sl",
	    "Mestni svet je v torek sklenil, da bo ob glavni ulici "
	    "zgradil novo kolesarsko stezo, vendar trgovci pravijo, da "
	    "potem ne bo dovolj prostora za parkiranje in da bo projekt "
	    "veliko dražji, kot je bilo načrtovano." },
	{ "id",
	    "Dewan kota pada hari Selasa memutuskan untuk membangun "
	    "jalur sepeda baru di sepanjang jalan utama, tetapi para "
	    "pedagang mengatakan bahwa tidak akan ada cukup tempat "
	    "parkir dan proyek itu akan jauh lebih mahal." },
	{ "ro",
	    "Consiliul local a decis marți să construiască o nouă pistă "
	    "de biciclete de-a lungul străzii principale, dar "
	    "comercianții spun că nu vor mai exista suficiente locuri "
	    "de parcare și că proiectul va costa mult mai mult." },
};


static const char *
primary(const char *tag)
{
	static char out[LANG_MAX];

	if (!lang_primary(out, tag, strlen(tag)))
		return "(none)";
	return out;
}

static void
test_primary(void)
{
	CHECK_STR(primary("de"), "de");
	CHECK_STR(primary("de-DE"), "de");
	CHECK_STR(primary("pt_BR"), "pt");
	CHECK_STR(primary("EN-gb"), "en");
	CHECK_STR(primary("fil-PH"), "fil");
	CHECK_STR(primary("zh-Hant-TW"), "zh");
	CHECK_STR(primary("de, en"), "de");
	CHECK_STR(primary(" \"fr\""), "fr");
	CHECK_STR(primary("iw"), "he");
	CHECK_STR(primary("in"), "id");
	CHECK_STR(primary("jw"), "jv");
	CHECK_STR(primary(""), "(none)");
	CHECK_STR(primary("x-default"), "(none)");
	CHECK_STR(primary("und"), "(none)");
	CHECK_STR(primary("zxx"), "(none)");
	CHECK_STR(primary("*"), "(none)");
	CHECK_STR(primary("english"), "(none)");
	CHECK_STR(primary("e1"), "(none)");
	CHECK_STR(primary("deu"), "deu");
	/* only ISO 639 codes: a charset put in Content-Language is none */
	CHECK_STR(primary("UTF-8"), "(none)");
	CHECK_STR(primary("xx"), "(none)");
	CHECK_STR(primary("qaa"), "(none)");
	CHECK_STR(primary("ger"), "ger");
	CHECK_STR(primary("yue-HK"), "yue");
	CHECK_STR(primary("sla"), "sla");
	CHECK(lang_same("nb", "no") && lang_same("nn", "nb"));
	CHECK(lang_same("sr", "hr") && !lang_same("de", "nl"));
}

static void
test_sample(void)
{
	struct lang_sample s;
	char para[LANG_SAMPLE * 2];
	size_t i;

	lang_sample_init(&s);
	lang_sample_add(&s, "Home", 4);
	CHECK(s.prose.len == 0 && s.bits.len == 4);
	/* a long paragraph of "é" (2 bytes): cut on a character boundary */
	for (i = 0; i + 1 < sizeof para; i += 2) {
		para[i] = (char)0xC3;
		para[i + 1] = (char)0xA9;
	}
	lang_sample_add(&s, "x", 0);
	lang_sample_add(&s, para, 100);
	CHECK(s.prose.len == 100);
	/* 411 bytes of room after the newline: 205 characters */
	lang_sample_add(&s, para, sizeof para);
	CHECK(s.prose.len == LANG_SAMPLE - 1);
	for (i = 0; i < s.prose.len; i++)
		if ((unsigned char)s.prose.data[i] == 0xC3)
			CHECK(i + 1 < s.prose.len &&
			    (unsigned char)s.prose.data[i + 1] == 0xA9);
	/* full: nothing more */
	i = s.prose.len;
	lang_sample_add(&s, para, 200);
	CHECK(s.prose.len == i);
	lang_sample_reset(&s);
	CHECK(s.prose.len == 0 && s.bits.len == 0);
	lang_sample_free(&s);
}

static void
test_decide(void)
{
	static const char de[] = "Nach monatelangen Diskussionen hat der "
	    "Stadtrat am Dienstagabend mit knapper Mehrheit beschlossen, "
	    "entlang der Hauptstraße einen durchgehenden Radweg anzulegen.";
	struct lang_sample s;
	char out[LANG_MAX];

	lang_sample_init(&s);
	CHECK(!lang_decide(out, NULL, &s));	/* nothing at all */
	CHECK(lang_decide(out, "pt", &s) && !strcmp(out, "pt"));
	lang_sample_add(&s, de, strlen(de));
	CHECK(lang_decide(out, NULL, &s) && !strcmp(out, "de"));
	CHECK(lang_decide(out, "en", &s) && !strcmp(out, "de"));
	CHECK(lang_decide(out, "de", &s) && !strcmp(out, "de"));
	lang_sample_reset(&s);
	lang_sample_add(&s, "12 345", 6);
	CHECK(!lang_decide(out, NULL, &s));
	CHECK(lang_decide(out, "fr", &s) && !strcmp(out, "fr"));
	lang_sample_free(&s);
}

/* stage 1 on the sample lang_decide would see of text */
static int
words_detect(const char *text, struct lang_guess *g)
{
	struct lang_sample s;
	int r;

	lang_sample_init(&s);
	lang_sample_add(&s, text, strlen(text));
	r = lang_words_detect(s.prose.data, s.prose.len, g);
	lang_sample_free(&s);
	return r;
}

static void
test_words(void)
{
	struct lang_guess g;
	char upper[512];
	size_t i, k;

	for (i = 0; i < sizeof covered / sizeof covered[0]; i++) {
		CHECK(words_detect(covered[i].text, &g));
		CHECK_STR(g.code, covered[i].lang);
		CHECK(lang_confident(&g) && g.percent >= 80 && g.letters > 100);
	}
	for (i = 0; i < sizeof uncovered / sizeof uncovered[0]; i++) {
		if (words_detect(uncovered[i].text, &g))
			printf("stage 1 takes %s text for %s\n",
			    uncovered[i].lang, g.code);
		CHECK(!words_detect(uncovered[i].text, &g));
	}
	/* capitals are read as small letters, Latin Extended-A too: Polish
	 * "ŻE" (U+017B, odd capital) and "SIĘ" (U+0118, even) */
	CHECK(words_detect("W PONIEDZIAŁEK RADA MIASTA POSTANOWIŁA, ŻE "
	    "NOWY MOST BĘDZIE GOTOWY JUŻ W MAJU, ALE NIE WSZYSCY SIĘ Z TYM "
	    "ZGADZAJĄ, BO TAKŻE TEGO ROKU MIAŁ BYĆ GOTOWY STARY PLAN, "
	    "KTÓRY NIE JEST JESZCZE SKOŃCZONY.", &g));
	CHECK_STR(g.code, "pl");
	/* every word here needs Latin Extended-A lowered to be found */
	CHECK(words_detect("ŻE SIĘ JUŻ ZACZĘŁO, TAKŻE BYŁO WIDAĆ, WIĘC ŻE "
	    "SIĘ UDAŁO.", &g) && !strcmp(g.code, "pl"));
	for (i = k = 0; covered[0].text[i] && k + 1 < sizeof upper; i++)
		upper[k++] = (char)toupper((unsigned char)covered[0].text[i]);
	upper[k] = '\0';
	CHECK(words_detect(upper, &g) && !strcmp(g.code, "en"));
	/* other scripts go to CLD2, even with Latin words in them */
	CHECK(!words_detect("В четверг городской совет решил построить "
	    "новую велосипедную дорожку (the city council decided on "
	    "Tuesday that it would build a new path) вдоль главной улицы, "
	    "но торговцы недовольны.", &g));
	CHECK(!words_detect("市议会周二决定沿主街修建一条新的自行车道。 The council "
	    "said that it was the best way to do it and that the work "
	    "would be done by the end of the year, but they did not say "
	    "how much it would cost.", &g));
	/* two covered languages half and half: nobody wins */
	CHECK(!words_detect("The city council decided on Tuesday that it "
	    "would build a new cycle path. Der Stadtrat hat am Dienstag "
	    "beschlossen, dass er einen neuen Radweg bauen wird, aber "
	    "nicht vor dem Sommer.", &g));
	/* too little to go on */
	CHECK(!words_detect("Home | News | Sport | Contact", &g));
	CHECK(!words_detect("", &g));
	/* stage 1 is what lang_decide asks first, with the same rules */
	{
		struct lang_sample s;
		char out[LANG_MAX];

		lang_sample_init(&s);
		lang_sample_add(&s, covered[6].text, strlen(covered[6].text));
		CHECK(lang_decide(out, "en", &s) && !strcmp(out, "nl"));
		lang_sample_reset(&s);
		lang_sample_add(&s, uncovered[4].text,
		    strlen(uncovered[4].text));
		CHECK(lang_decide(out, NULL, &s) && !strcmp(out, "gl"));
		lang_sample_free(&s);
	}
}

int
main(void)
{
	lang_detector_init();
	test_primary();
	test_sample();
	test_decide();
	test_words();
	return check_report("test-lang");
}
