/// Words that tell names apart: titles before a person's name, roles and offices, the heads of
/// organisation names, nouns for people, and given names that tell a person's gender.
///
/// Hand-written lists (reviewed against the news corpus's speakers and PolNeAR's), as hash sets so
/// a lookup builds no string. Places are the `Gazetteer`'s.
enum NameLexicon {
    static func set(_ words: [String]) -> Set<UInt64> { WordHash.set(words) }

    /// Titles before a name; `female` and `male` tell a gender.
    static let titles = set(
        [
            "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "gen", "general", "lt",
            "col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant", "adm", "admiral", "rev", "reverend",
            "president", "senator", "sen", "rep", "representative", "gov", "governor", "mayor", "judge", "justice", "king",
            "queen", "prince", "princess", "chancellor", "pope", "cardinal", "bishop", "sheikh", "emir", "premier",
            "ambassador", "commissioner", "secretary", "minister", "chief", "lieutenant", "officer", "detective",
            "inspector", "superintendent", "coach", "father", "sister", "brother", "rabbi", "imam", "speaker",
            "leader", "deputy", "commander", "marshal", "field", "vice", "prime", "foreign", "defence", "defense",
            "attorney", "congressman", "congresswoman", "councillor", "councilman", "councilwoman", "mp", "mep",
            "chairman", "chairwoman", "chair", "ceo", "director", "spokesman", "spokeswoman", "spokesperson",
        ])

    static let femaleTitles = set([
        "mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister", "congresswoman", "councilwoman", "chairwoman",
        "spokeswoman",
    ])

    static let maleTitles = set([
        "mr", "sir", "lord", "king", "prince", "father", "brother", "congressman", "councilman", "chairman", "spokesman",
    ])

    /// Words of roles and offices (lower case in running text): `Nato secretary general`, `defence minister`.
    static let roleWords = set(
        [
            "president", "vice-president", "prime", "minister", "secretary", "general", "chancellor", "chief", "head",
            "leader", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "envoy", "ambassador", "official",
            "officials", "adviser", "advisor", "director", "commissioner", "governor", "mayor", "senator", "deputy",
            "chairman", "chairwoman", "chair", "ceo", "founder", "executive", "commander", "negotiator", "diplomat",
            "minister's", "foreign", "defence", "defense", "interior", "finance", "justice", "energy", "health",
            "army", "navy", "military", "security", "national", "state", "press", "staff", "chief-of-staff",
            "member", "lawmaker", "mp", "mep", "representative", "congressman", "congresswoman", "judge", "prosecutor",
            "attorney", "lawyer", "analyst", "expert", "economist", "professor", "researcher", "scientist", "doctor",
            "reporter", "correspondent", "editor", "journalist", "columnist", "resident", "witness", "survivor",
            "officer", "detective", "inspector", "sheriff", "police", "superintendent", "commander-in-chief",
            "king", "queen", "prince", "premier", "counterpart", "aide", "ally", "strategist", "candidate", "nominee",
            "campaign", "manager", "organiser", "organizer", "activist", "campaigner", "protester", "voter",
            "secretary-general", "high", "representative", "emissary", "special", "top", "former", "acting", "interim",
            "new", "outgoing", "incoming", "senior", "junior", "assistant", "associate", "vice", "lieutenant",
            "colonel", "major", "captain", "sergeant", "admiral", "marshal", "field", "intelligence", "industry",
            "trade", "economy", "economic", "affairs", "relations", "development", "transport", "education",
            "environment", "culture", "agriculture", "treasury", "home", "cabinet", "chamber",
            "council", "committee", "commission", "party", "union", "office", "ministry", "department", "agency",
            "governmental", "government", "administration", "regime", "court", "tribunal", "bank", "company",
            "firm", "group", "team", "club", "board", "authority", "authorities", "service", "services", "force",
            "forces", "guard", "command", "headquarters", "operator", "provider", "regulator", "watchdog",
        ])

    /// Nouns that name an organisation rather than a person: `ministry`, `office`, `police`.
    static let organisationWords = set(
        [
            "ministry", "office", "department", "agency", "council", "committee", "commission", "party", "union",
            "government", "administration", "regime", "court", "tribunal", "bank", "company", "firm", "group",
            "board", "authority", "authorities", "service", "services", "police", "army", "navy", "force", "forces",
            "guard", "command", "headquarters", "kremlin", "pentagon", "parliament", "congress", "senate", "assembly",
            "duma", "rada", "cabinet", "embassy", "consulate", "mission", "organisation", "organization", "association",
            "federation", "institute", "university", "foundation", "fund", "corporation", "corp", "inc", "ltd", "plc",
            "network", "newspaper", "agency's", "channel", "broadcaster", "magazine", "times", "post", "news",
            "press", "reuters", "afp", "ap", "bbc", "cnn", "nato", "un", "eu", "iaea", "who", "imf", "opec", "fbi",
            "cia", "nhs", "cma", "confederation", "alliance", "coalition", "centre", "center", "operator", "provider",
            "regulator", "watchdog", "club", "team", "hospital", "school", "church", "house", "street", "palace",
            "airline", "airlines", "brigade", "battalion", "regiment", "division", "unit", "directorate", "staff",
            "secretariat", "delegation", "campaign", "prosecutors", "prosecutor's", "spokespeople", "media", "bloc",
            "state", "states", "republic", "kingdom", "nations", "world", "energy", "railways", "ukrenergo",
            "independent", "guardian", "telegraph", "journal", "herald", "tribune", "observer", "gazette", "daily",
            "insider", "politico", "axios", "bloomberg", "tass", "ria", "interfax", "ukrinform", "xinhua", "aljazeera",
            "jazeera", "sputnik", "spiegel", "zeit", "monde", "figaro", "express", "mirror", "sun", "standard",
        ])

    /// Places that speak for governments: `the Kremlin`, `Downing Street`, `the White House`.
    static let metonyms = set([
        "kremlin", "downing", "whitehall", "pentagon", "elysee", "élysée", "quai", "foggy", "bankova", "beijing", "moscow",
        "kyiv", "kiev", "washington", "london", "paris", "berlin", "brussels", "tehran", "ankara",
    ])

    /// Nouns for people, so `the clown said` can be the person just named; `the text said` cannot.
    static let personNouns = set(
        [
            "man", "woman", "boy", "girl", "mother", "father", "son", "daughter", "wife", "husband", "child", "sister",
            "brother", "widow", "clown", "resident", "survivor", "witness", "victim", "neighbour", "neighbor", "owner",
            "driver", "farmer", "worker", "teacher", "student", "pensioner", "veteran", "soldier", "officer", "doctor",
            "nurse", "priest", "lawyer", "politician", "president", "minister", "leader", "chancellor", "premier",
            "senator", "governor", "mayor", "general", "commander", "chief", "head", "director", "executive", "founder",
            "chairman", "chairwoman", "secretary", "envoy", "ambassador", "diplomat", "negotiator", "activist",
            "campaigner", "economist", "analyst", "scientist", "researcher", "professor", "author", "writer",
            "journalist", "reporter", "editor", "actor", "actress", "singer", "player", "coach", "manager", "athlete",
            "star", "billionaire", "entrepreneur", "investor", "businessman", "businesswoman", "lawmaker", "mp",
            "congressman", "congresswoman", "defendant", "plaintiff", "suspect", "judge", "prosecutor", "detective",
            "sheriff", "pilot", "captain", "tycoon", "monarch", "king", "queen", "prince", "princess", "pope",
            "year-old", "old", "grandmother", "grandfather", "mum", "dad", "baby", "teenager", "youngster", "stranger",
            "annotator", "narrator", "speaker", "host", "guest", "caller", "voter", "fan", "protester", "demonstrator",
            "organizer", "organiser", "marcher", "participant", "rescuer", "parent", "employee", "striker", "member",
        ])

    /// Nouns for people kept anonymous on purpose: never resolved to someone named nearby.
    static let anonymousNouns = set([
        "source", "sources", "official", "officials", "insider", "interlocutor", "person", "someone", "diplomat", "aide",
        "figure",
    ])

    /// The last words of news outlets' names (`The Evening Standard`, `Foreign Policy`, `Reuters`):
    /// an outlet citing its sources is not their speaker (`OutletReport`).
    static let newsOutletWords = set([
        "times", "post", "news", "newspaper", "magazine", "press", "reuters", "afp", "ap", "bbc", "cnn", "npr", "bloomberg",
        "axios", "politico", "guardian", "telegraph", "standard", "herald", "tribune", "journal", "gazette", "chronicle",
        "observer", "mirror", "express", "economist", "independent", "policy", "interfax", "tass", "ria", "ukrinform",
        "xinhua", "kyodo", "yonhap", "jazeera", "abc", "nbc", "cbs", "pbs", "itv", "dw", "euronews", "meduza", "wire",
        "dispatch", "courier", "sun", "mail", "record", "review", "monitor", "insider", "daily", "weekly", "today",
    ])

    static let spokespersonWords = set([
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen", "mouthpiece",
    ])

    /// Words that modify a title without being one (`Foreign` of `Foreign Minister`, `Prime`):
    /// a run does not split into a role and a name after them (`Foreign Policy` is one name).
    static let roleModifiers = set([
        "prime", "foreign", "defence", "defense", "vice", "deputy", "field", "acting", "former", "interim", "senior",
        "junior", "assistant", "associate", "special", "top", "high", "national", "state", "home", "interior", "finance",
        "justice", "energy", "health", "trade", "economy", "economic", "intelligence", "security", "press", "chief",
        "executive", "general", "first", "second", "new", "outgoing", "incoming",
    ])

    /// Common nouns for organisations, which class a name written right before or after them
    /// (`state railway operator Ukrzaliznytsia`, `Ukrzaliznytsia, the state railway,`).
    static let organisationNouns = set([
        "company", "operator", "railway", "railways", "agency", "ministry", "broadcaster", "firm", "group", "utility",
        "carrier", "airline", "bank", "newspaper", "magazine", "outlet", "watchdog", "regulator", "union", "party",
        "organisation", "organization", "charity", "network", "channel", "publisher", "startup", "manufacturer", "maker",
        "producer", "provider", "insurer", "lender", "retailer", "developer", "conglomerate", "corporation", "institute",
        "university", "council", "committee", "commission", "court", "service", "daily", "tabloid", "website", "platform",
        "association", "federation", "foundation", "thinktank", "think-tank", "club", "team", "brand", "giant", "monopoly",
    ])

    /// Lower-case words inside names: `Rio de Janeiro`, `Bank of England`, `Ludwig van Beethoven`.
    static let particles = set([
        "of", "van", "von", "der", "den", "de", "la", "le", "di", "da", "du", "del", "bin", "al", "el", "ter", "ten", "dos",
        "das", "do", "for",
    ])

    /// Months and weekdays: capitalised, never names (`May` is left out: a surname as often as a month).
    /// Prepositions before a place: `in Nikopol`, `at Mykolaiv`, `near Pokrovsk`.
    static let placePrepositions = set(["in", "at", "near", "outside", "over", "across", "around", "towards", "toward"])
    /// Nouns of places a place name can own: `Kherson's port`, `Kharkiv's northern district`.
    static let placeNouns = set([
        "district", "districts", "region", "regions", "province", "oblast", "city", "port", "outskirts", "suburbs", "centre",
        "center", "area", "airport", "station", "county", "state",
    ])

    static let calendarWords = set([
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ])

    // MARK: - Given names

    /// Given names that tell a speaker's gender, for resolving `he` and `she`.
    static let female = set(
        """
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
        kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
        amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
        janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan
        cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail
        julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte
        rose alexis kayla yvette karoline kamala hillary nikki ursula giorgia kaja annalena liz theresa angela marine
        jacinda sanna mette kristalina christine roberta yulia iryna olena liubov lyubov tetiana tetyana oksana natalia
        nataliya svetlana tatiana tatyana olga irina elena ekaterina yekaterina anastasia maria mariya kateryna khrystyna
        viktoria valentina lyudmila galina larisa marina ludmila inna alla vera nadia nadezhda daria darya sofia sofiya
        ulyana yuliia yuliya halyna hanna ganna ivanka melania michelle jill laura nancy alexandria ilhan rashida
        pramila tulsi susie kristi kirsten elise marsha lindsey lisa tammy jeanne sheila suella priti
        rachel yvette bridget angela lucy emily thérèse therese ségolène segolene anne sylvie christiane brigitte valérie
        valerie nathalie isabelle sophie camille chloé chloe léa lea manon inès ines sarah clara alice louise ursula
        annegret julia katarina kristin ingrid helle mette magdalena ewa agnieszka katarzyna malgorzata joanna beata
        dorota zuzana jana eva petra lucie alena giulia francesca chiara giorgia elly mara laura carmen pilar ana isabel
        lucia marta beatriz ines leonor raquel teresa kaja kersti aino sanna tarja mari jacinda kiri
        ayesha fatima aisha maryam zainab leila layla noor amira yasmin sana hina malala benazir indira sonia priyanka
        nirmala smriti mamata aung suu chen mei li hua ling yuki akiko yoko keiko haruka sakura min-jung ji-yeon
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    static let male = set(
        """
        james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark
        donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
        nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
        jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian
        keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe
        logan alan juan albert willie elijah wayne randy vincent mason roy ralph bobby russell bradley philip eugene dan
        keir rishi boris tony gordon david nigel jeremy john ed mike joe barack bill jd marco pete pete
        steve jared kash lloyd antony jake kurt dick newt mitch chuck ted rand mitt jeb
        vladimir volodymyr dmitry dmitri dmitriy sergei sergey sergiy serhiy yuri yuriy oleksandr oleksiy olexiy andriy
        andrii andrei andrey mykola mykhailo mikhail ivan petro petr pavlo pavel vitali vitalii vitaliy vitaly viktor
        victor oleg oleh igor ihor ruslan rustem denys denis maksym maxim kyrylo kirill tymur timur taras bohdan anatoliy
        anatoly valeriy valery vasyl vasily yevgeny yevhen evgeny roman alexei alexey aleksei aleksandr nikolai nikolay
        leonid gennady ramzan arkady boris konstantin stanislav vyacheslav vadim artem artyom gabrielius vytautas
        gitanas margus emmanuel francois françois jean jacques nicolas michel pierre philippe bruno gerald
        gérald sebastien sébastien fabien jordan edouard édouard gabriel laurent olivier thierry dominique stéphane
        stephane benoit benoît frank frank-walter olaf friedrich johann boris norbert markus christian robert karl
        wolfgang gerhard helmut horst thomas lars jens jurgen jürgen joachim hans heinz dieter uwe alexander sigmar
        pedro mariano jose josé luis carlos manuel antonio francisco javier alberto santiago alvaro giorgio matteo
        sergio mario giuseppe paolo luigi silvio enrico antonio roberto recep tayyip hakan mevlut ahmet mehmet mustafa
        xi li wang zhang liu chen yang zhao huang zhou wu jiang hu wen qin narendra rahul amit rajnath subrahmanyam
        shehbaz imran nawaz benjamin naftali yair isaac yoav bezalel itamar mahmoud ismail yahya hassan hasan ali
        mohammed muhammad mohammad ahmed abdul abdullah khalid faisal salman omar umar osama bashar ebrahim masoud
        abbas ayatollah hossein javad kim jong yoon moon fumio shinzo yoshihide shigeru ishiba lula jair javier
        cyril jacob thabo muhammadu bola pål pal jonas jens ulf magnus erik
        anders bjorn björn stefan mateusz andrzej donald radoslaw radosław wladyslaw władysław jaroslaw jarosław viktor
        peter aleksandar aleksandar milos miloš edi ilir kyriakos rumen
        klaus mark dick hendrik wopke geert josep valdis
        rafael tedros antonio dan daniel jeff jeffrey tim tom tommy ben sam matt nick chris
        jim jimmy bob rob will bill greg doug ron ken rick ray walt fred larry tony ted vance jd
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
